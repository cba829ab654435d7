import { open, rename, rm } from 'node:fs/promises';
import { writeBundleStream } from '../shared/bundle/writeBundleStream.js';
import type { BundleContent, WriteBundleOptions } from '../shared/bundle/writeBundleOptions.js';
import type { BundleManifest } from '../shared/bundle/bundleManifest.js';
import { CliError } from './cliIo.js';
import { reason } from './passphrase.js';
import { nodeSha256 } from './nodeSha256.js';

/**
 * Writes a bundle to `path` as it is made, into a temporary file renamed into place at the
 * end: a failed or interrupted export never leaves a half-written bundle under the real name.
 */
export async function writeBundleFile(
  path: string,
  content: BundleContent,
  options: WriteBundleOptions,
): Promise<BundleManifest> {
  const partial = `${path}.partial-${process.pid}`;
  let file;
  try {
    file = await open(partial, 'w');
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${reason(error)}`);
  }
  try {
    const manifest = await writeBundleStream(
      content,
      { sha256: nodeSha256, ...options },
      async (chunk) => {
        await file.write(chunk);
      },
    );
    await file.close();
    await rename(partial, path);
    return manifest;
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(partial, { force: true });
    if (error instanceof Error && 'code' in error)
      throw new CliError(`cannot write ${path}: ${reason(error)}`);
    throw error;
  }
}
