import { MAX_SOURCE_TEXT_BYTES } from '../model/source.js';
import type { SourceImportResult } from './sourceImportResult.js';
import { decodeSourceBytes } from './decodeSourceBytes.js';
import { finishImport } from './finishImport.js';
import { formatOfFileName } from './formatOfFileName.js';
import { importFailure, megabytes } from './importFailure.js';

/**
 * A saved web page may carry several times its text in markup and scripts; its limit is on
 * the file, and the text taken from it must still fit MAX_SOURCE_TEXT_BYTES.
 */
const HTML_FILE_FACTOR = 4;

/**
 * Imports one article file (.txt, .md, .html). Never throws for bad input: a file that is
 * empty, binary, not UTF-8, too large or of another type comes back as a failure with a
 * message for the researcher. Text files are stored exactly as decoded (only a UTF-8 byte
 * order mark is dropped), so quotes, positions and the hash stay stable.
 */
export async function importSourceFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<SourceImportResult> {
  const format = formatOfFileName(fileName);
  if (format === null) return importFailure(fileName, 'unsupported_type');
  const limit =
    format === 'html' ? MAX_SOURCE_TEXT_BYTES * HTML_FILE_FACTOR : MAX_SOURCE_TEXT_BYTES;
  if (bytes.length > limit)
    return importFailure(fileName, 'too_large', `${megabytes(bytes.length)}`);
  const decoded = decodeSourceBytes(bytes);
  if (!decoded.ok) return importFailure(fileName, decoded.reason, decoded.detail);
  return finishImport(fileName, format, decoded.text);
}
