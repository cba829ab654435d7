import type { BundleManifest } from './bundleManifest.js';
import { bundleChunks } from './bundleChunks.js';
import { encryptChunks } from './ageEncryption.js';
import type { BundleContent, WriteBundleOptions } from './writeBundleOptions.js';

/**
 * Writes a bundle chunk by chunk to `sink` (a file, a download stream), encrypting on the
 * way when a passphrase is given, and resolves to its manifest. The sink is awaited before
 * the next chunk is made, so a slow disk holds the writer back instead of filling memory.
 */
export async function writeBundleStream(
  content: BundleContent,
  options: WriteBundleOptions,
  sink: (chunk: Uint8Array) => void | Promise<void>,
): Promise<BundleManifest> {
  let manifest: BundleManifest | null = null;
  const zip = bundleChunks(content, options, (m) => (manifest = m));
  const chunks =
    options.passphrase !== undefined
      ? encryptChunks(zip, options.passphrase, options.scryptWorkFactor)
      : zip;
  for await (const chunk of chunks) await sink(chunk);
  if (!manifest) throw new Error('the bundle writer ended without a manifest');
  return manifest;
}
