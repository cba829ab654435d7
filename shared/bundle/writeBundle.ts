import { writeBundleStream } from './writeBundleStream.js';
import type { BundleContent, WriteBundleOptions } from './writeBundleOptions.js';

/**
 * A bundle as one byte array: for small exports, tests and the browser download. Large
 * archives should use writeBundleStream with a file sink.
 */
export async function writeBundle(
  content: BundleContent,
  options: WriteBundleOptions,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  await writeBundleStream(content, options, (chunk) => {
    chunks.push(chunk);
    length += chunk.length;
  });
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
