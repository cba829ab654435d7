import type { PartialDate } from '../model/partialDate.js';
import type { SOURCE_FORMATS } from '../model/source.js';

/** How a source came in: an article file of one of three kinds, or pasted text. */
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * What an import could read about a source. Every field is a suggestion the researcher can
 * edit; an empty string (or null date) means "not found", because a wrong publisher or date
 * on a source is worse than none.
 */
export interface SourceMetadata {
  title: string;
  publisher: string;
  author: string;
  date: PartialDate | null;
  /** An http(s) URL or ''. */
  url: string;
}

export interface SourceImportSuccess {
  ok: true;
  /** The file name as given ('' for pasted text). */
  fileName: string;
  format: SourceFormat;
  /** The exact text to store: what every quote, position and hash refers to. */
  text: string;
  /** SHA-256 of the UTF-8 bytes of `text`, lowercase hex. */
  sha256: string;
  /** Length of `text` in Unicode code points. */
  length: number;
  metadata: SourceMetadata;
}

export type SourceImportFailureReason =
  | 'empty'
  | 'binary'
  | 'not_utf8'
  | 'too_large'
  | 'unsupported_type'
  /** Something went wrong that no check foresaw; the message carries the error. */
  | 'unreadable';

export interface SourceImportFailure {
  ok: false;
  fileName: string;
  reason: SourceImportFailureReason;
  /** Plain English for the researcher: which file, what is wrong, what to do. */
  message: string;
}

export type SourceImportResult = SourceImportSuccess | SourceImportFailure;

/** One file handed to `importSourceFiles`. */
export interface SourceFileInput {
  name: string;
  bytes: Uint8Array;
}
