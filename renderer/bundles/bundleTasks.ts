import { readBundle } from '../../shared/bundle/readBundle.js';
import type { ReadBundleResult, ReadProgress } from '../../shared/bundle/readBundleOptions.js';
import { encryptWithPassphrase } from '../../shared/bundle/ageEncryption.js';

/**
 * The heavy, self-contained steps of bundles: opening (decrypting, unzipping, hashing and
 * validating every line) and encrypting. They need nothing but bytes, so they can run in a
 * worker and keep the window responsive (scrypt alone takes seconds); the same functions run
 * in the window when no worker can start.
 */
export type BundleTask =
  | { kind: 'read'; bytes: Uint8Array; passphrase?: string }
  | { kind: 'encrypt'; bytes: Uint8Array; passphrase: string };

export type BundleTaskResult<T extends BundleTask> = T extends { kind: 'read' }
  ? ReadBundleResult
  : Uint8Array;

export async function runBundleTask<T extends BundleTask>(
  task: T,
  onProgress: (progress: ReadProgress) => void,
): Promise<BundleTaskResult<T>> {
  if (task.kind === 'read') {
    const options = task.passphrase === undefined ? {} : { passphrase: task.passphrase };
    return (await readBundle(task.bytes, { ...options, onProgress })) as BundleTaskResult<T>;
  }
  return (await encryptWithPassphrase(task.bytes, task.passphrase)) as BundleTaskResult<T>;
}
