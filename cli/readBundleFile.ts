import { readFile, stat } from 'node:fs/promises';
import { readBundle } from '../shared/bundle/readBundle.js';
import type { ReadBundleOptions, ReadBundleResult } from '../shared/bundle/readBundleOptions.js';
import { BUNDLE_LIMITS } from '../shared/bundle/bundleLimits.js';
import { BundleError } from '../shared/bundle/bundleError.js';
import { CliError } from './cliIo.js';
import { reason } from './passphrase.js';
import { nodeSha256 } from './nodeSha256.js';

/**
 * Reads and checks a bundle file (see readBundle), with Node's fast SHA-256. A file that
 * cannot be read is a CliError; a bad bundle is a BundleError, whose message says what is
 * wrong with it. `passphrase: null` is accepted for callers that keep "none" as null.
 */
export async function readBundleFile(
  path: string,
  options: Omit<ReadBundleOptions, 'passphrase'> & { passphrase?: string | null } = {},
): Promise<ReadBundleResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${path} is a folder, not a bundle file`);
    if (info.size > BUNDLE_LIMITS.maxBundleBytes) {
      throw new BundleError({
        code: 'too-large',
        message: `the file is ${info.size} bytes; a bundle may be at most ${BUNDLE_LIMITS.maxBundleBytes}`,
      });
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof CliError || error instanceof BundleError) throw error;
    throw new CliError(`cannot read ${path}: ${reason(error)}`);
  }
  const { passphrase, ...rest } = options;
  return readBundle(bytes, { sha256: nodeSha256, ...rest, passphrase: passphrase ?? undefined });
}
