import type { SourceText, Utf8SourceText } from '../../shared/model/index.js';

/**
 * A row of `sourceTexts` as IndexedDB holds it. Texts are stored as their UTF-8 bytes:
 * Chromium serialises a string with one character outside Latin-1 (ŭ, ć, any Cyrillic) as
 * UTF-16, and charges a write by its bytes as well as by its row, so the benchmark's 4 KB
 * articles cost 8 KB each as strings. Deflating them too would store less still, but
 * inflating (fflate, in Chromium) costs about 0.1 ms an article on every read, which the
 * search pays for each snippet and phrase it checks; decoding UTF-8 costs a few µs. Rows
 * written before this (`{ sha256, text }`) stay as they are and are read as before.
 */
export type StoredSourceText = SourceText | Utf8SourceText;

const encoder = new TextEncoder();
// Fatal: bytes that are not UTF-8 are damage, not text to be patched with U+FFFD. A leading
// byte-order mark is part of a text (its hash covers it), so it is kept.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function isUtf8Text(row: StoredSourceText): row is Utf8SourceText {
  return 'utf8' in row && row.utf8 instanceof Uint8Array;
}

/** A text as it is stored. */
export function encodeSourceText({ sha256, text }: SourceText): Utf8SourceText {
  return { sha256, utf8: encoder.encode(text) };
}

/** The text of a stored row, whichever form it was written in. */
export function decodeSourceText(row: StoredSourceText): SourceText {
  return isUtf8Text(row) ? { sha256: row.sha256, text: decoder.decode(row.utf8) } : row;
}
