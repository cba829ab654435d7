import { binarySignature } from './binarySignature.js';
import { findInvalidUtf8, lineOfByte } from './findInvalidUtf8.js';
import { isMostlyControl } from './isMostlyControl.js';

export type DecodeOutcome =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' | 'binary' | 'not_utf8'; detail: string };

/**
 * The text of an article file, decoded exactly: UTF-8 (a leading byte order mark is dropped,
 * nothing else is touched, line endings included) or UTF-16 when a byte order mark says so.
 * Anything else is refused rather than guessed at, because a wrongly decoded text would be
 * quoted and hashed as if it were the source.
 */
export function decodeSourceBytes(bytes: Uint8Array): DecodeOutcome {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: '' };
  const utf16 = utf16Encoding(bytes);
  if (utf16 === null) {
    const kind = binarySignature(bytes);
    if (kind !== null) return { ok: false, reason: 'binary', detail: kind };
    // A NUL byte never occurs in UTF-8 text; it is the plainest mark of a binary file.
    if (bytes.includes(0)) return { ok: false, reason: 'binary', detail: '' };
  }
  const text = utf16 === null ? decodeUtf8(bytes) : decodeUtf16(bytes, utf16);
  if (text === null) {
    if (utf16 !== null) return { ok: false, reason: 'not_utf8', detail: 'damaged UTF-16' };
    const at = findInvalidUtf8(bytes);
    return { ok: false, reason: 'not_utf8', detail: at < 0 ? '' : `line ${lineOfByte(bytes, at)}` };
  }
  if (text.includes('\u0000') || isMostlyControl(text))
    return { ok: false, reason: 'binary', detail: '' };
  return { ok: true, text };
}

function utf16Encoding(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // ignoreBOM: the one BOM is cut off here, so a second one would stay part of the text.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      hasBom ? bytes.subarray(3) : bytes,
    );
  } catch {
    return null;
  }
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string | null {
  const body = bytes.slice(2);
  if (body.length % 2 !== 0) return null;
  // Only the little-endian decoder is certain in every host; big-endian bytes are swapped to it.
  if (order === 'be') {
    for (let i = 0; i < body.length; i += 2) {
      const hi = body[i] as number;
      body[i] = body[i + 1] as number;
      body[i + 1] = hi;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null;
  }
}
