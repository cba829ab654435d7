import { MAX_SOURCE_TEXT_BYTES } from '../model/source.js';
import { codePointLength } from '../anchoring/codePoints.js';
import type { SourceFormat, SourceImportResult, SourceMetadata } from './sourceImportResult.js';
import { htmlToText } from './htmlToText.js';
import { importFailure, megabytes } from './importFailure.js';
import { markdownMetadata } from './markdownMetadata.js';
import { plainTextMetadata } from './plainTextMetadata.js';
import { sha256Hex } from './sha256Hex.js';

/** The file name without its extension (and without folders), as a last resort for a title. */
function bareName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Fields of `primary` that are empty, taken from `fallback`. */
function fillGaps(primary: SourceMetadata, fallback: SourceMetadata): SourceMetadata {
  return {
    title: primary.title || fallback.title,
    publisher: primary.publisher || fallback.publisher,
    author: primary.author || fallback.author,
    date: primary.date ?? fallback.date,
    url: primary.url || fallback.url,
  };
}

/**
 * The common end of every import: the decoded text becomes the stored text (HTML reduced to
 * plain text first), its metadata is read, and its hash and length are taken.
 */
export async function finishImport(
  fileName: string,
  format: SourceFormat,
  decoded: string,
): Promise<SourceImportResult> {
  if (decoded.trim() === '') return importFailure(fileName, 'empty');
  const fallbackTitle = fileName === '' ? 'Pasted text' : bareName(fileName);
  const page = format === 'html' ? htmlToText(decoded) : null;
  const text = page ? page.text : decoded;
  if (text.trim() === '') return importFailure(fileName, 'empty', 'html');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SOURCE_TEXT_BYTES)
    return importFailure(fileName, 'too_large', `${megabytes(bytes)} of text`);
  const metadata = page
    ? fillGaps(page.metadata, plainTextMetadata(text, fallbackTitle))
    : format === 'md'
      ? markdownMetadata(text, fallbackTitle)
      : plainTextMetadata(text, fallbackTitle);
  return {
    ok: true,
    fileName,
    format,
    text,
    sha256: await sha256Hex(text),
    length: codePointLength(text),
    metadata,
  };
}
