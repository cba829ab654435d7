import { Inflate, inflateSync } from 'fflate';
import type { ZipEntry } from './zipDirectory.js';
import { bundleError } from './bundleError.js';
import { printable } from './bundleEntryName.js';

/**
 * Compressed slices bound what one streaming step can produce: deflate expands at most about
 * 1032:1, so a 64 KiB slice yields at most ~66 MiB before the size check runs again.
 */
const SLICE = 64 * 1024;
const STORED_CHUNK = 1024 * 1024;
/**
 * Entries this small (compressed) are inflated in one call into a buffer one byte larger than
 * declared: far faster than a stream for the many small texts of a large bundle, and still
 * safe, since a lying entry fills that last byte (and its decoding is bounded by 1032 times
 * 64 KiB) before it is refused.
 */
const ONE_SHOT_MAX = 64 * 1024;

/**
 * Streams an entry's uncompressed bytes to `onChunk`, stopping the moment they exceed the
 * size the zip directory declared (already checked against the limits): a zip bomb that
 * lies about its size is cut off, not inflated. Ends with a check that the size was exact.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const data = bytes.subarray(entry.dataStart, entry.dataEnd);
  let produced = 0;
  const accept = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.size) {
      throw bundleError(
        'too-large',
        `entry "${printable(entry.name)}" inflates beyond the size the zip declares (a zip bomb, or damage)`,
      );
    }
    if (chunk.length > 0) onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STORED_CHUNK)
      accept(data.subarray(at, at + STORED_CHUNK));
  } else if (data.length === 0) {
    // No deflate data at all: nothing comes out (the size check below decides).
  } else if (data.length <= ONE_SHOT_MAX) {
    let out: Uint8Array;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch {
      throw bundleError(
        'damaged',
        `the bundle is damaged (entry "${printable(entry.name)}" cannot be decompressed)`,
      );
    }
    accept(out);
  } else {
    const inflater = new Inflate((chunk) => accept(chunk));
    try {
      for (let at = 0; at < data.length; at += SLICE) {
        inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
      }
    } catch (error) {
      if (error instanceof Error && error.name === 'BundleError') throw error;
      throw bundleError(
        'damaged',
        `the bundle is damaged (entry "${printable(entry.name)}" cannot be decompressed)`,
      );
    }
  }
  if (produced !== entry.size) {
    throw bundleError(
      'damaged',
      `the bundle is damaged (entry "${printable(entry.name)}" is shorter than the zip declares)`,
    );
  }
}
