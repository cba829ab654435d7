import { MAX_SOURCE_TEXT_BYTES } from '../model/source.js';
import type { SourceImportResult } from './sourceImportResult.js';
import { finishImport } from './finishImport.js';
import { importFailure } from './importFailure.js';
import { isMostlyControl } from './isMostlyControl.js';

// Half of a surrogate pair without the other half. A JavaScript string can hold one; UTF-8
// cannot, so it would hash as U+FFFD while the stored text kept the half.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Imports pasted text as a source (fileName ''). The text is kept as pasted, except that a
 * leading byte order mark is dropped and a lone surrogate becomes U+FFFD, so that the
 * stored text and its UTF-8 hash agree.
 */
export async function importPastedText(text: string): Promise<SourceImportResult> {
  const clean = text.replace(/^\uFEFF/, '').replace(LONE_SURROGATE, '\uFFFD');
  // UTF-8 takes at least one byte per UTF-16 unit: a cheap first check before encoding.
  if (clean.length > MAX_SOURCE_TEXT_BYTES) return importFailure('', 'too_large');
  if (clean.includes('\u0000') || isMostlyControl(clean)) return importFailure('', 'binary');
  return finishImport('', 'paste', clean);
}
