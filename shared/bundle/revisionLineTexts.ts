import { Inflate, inflateSync } from 'fflate';
import type { ZipEntry } from './zipDirectory.js';
import { NdjsonLines } from './ndjsonLines.js';

/** Compressed bytes pushed per step: bounds the inflated bytes (and lines) held at once. */
const SLICE = 64 * 1024;
const ONE_SHOT_MAX = 64 * 1024;

/**
 * The non-blank lines of revisions parts already read and checked (readRevisionParts), in
 * order, inflated again a slice at a time: a pull-based reader, so that a caller can stop
 * between lines (an import writes a chunk of records, then asks for more) and never holds
 * more than one slice's lines. The parts' sizes and hashes were checked on the first read of
 * the same bytes, so only what cannot happen on checked bytes is left unchecked here.
 */
export function* revisionLineTexts(
  bytes: Uint8Array,
  parts: readonly ZipEntry[],
  maxLineChars: number,
): Generator<string> {
  for (const entry of parts) {
    const lines: string[] = [];
    const splitter = new NdjsonLines(entry.name, maxLineChars, (text) => lines.push(text));
    for (const chunk of inflatedSlices(bytes, entry)) {
      splitter.push(chunk);
      yield* lines;
      lines.length = 0;
    }
    splitter.end();
    yield* lines;
  }
}

/** An entry's uncompressed bytes, a compressed slice's worth at a time. */
function* inflatedSlices(bytes: Uint8Array, entry: ZipEntry): Generator<Uint8Array> {
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += SLICE) yield data.subarray(at, at + SLICE);
    return;
  }
  if (data.length === 0) return;
  if (data.length <= ONE_SHOT_MAX) {
    yield inflateSync(data, { out: new Uint8Array(entry.size) });
    return;
  }
  const out: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    if (chunk.length > 0) out.push(chunk);
  });
  for (let at = 0; at < data.length; at += SLICE) {
    inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    yield* out;
    out.length = 0;
  }
}
