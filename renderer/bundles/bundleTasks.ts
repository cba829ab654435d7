import { readBundle } from '../../shared/bundle/readBundle.js';
import type { ReadBundleResult, ReadProgress } from '../../shared/bundle/readBundleOptions.js';
import { encryptWithPassphrase } from '../../shared/bundle/ageEncryption.js';
import { openArchive } from '../db/openArchive';
import type { ExportedBundle, ExportProgress, ExportRequest } from './exportBundle';
import { exportBundle } from './exportBundle';
import type { PreparedImport } from './importBundle';
import { prepareImport } from './importBundle';

/**
 * The heavy, self-contained steps of bundles: opening (decrypting, unzipping, hashing and
 * validating every line) and comparing with the archive (the import's preview), encrypting,
 * and making a bundle of the archive. The archive's database is opened by name where needed:
 * IndexedDB is reachable from a worker, so neither the reads nor the merging and compressing
 * hold the window. They can run in a worker and keep the window
 * responsive (scrypt alone takes seconds); the same functions run in the window when no
 * worker can start.
 */
export type BundleTask =
  | { kind: 'read'; bytes: Uint8Array; passphrase?: string }
  | {
      kind: 'prepare';
      bytes: Uint8Array;
      passphrase?: string;
      archiveName: string;
      fileName: string;
    }
  | { kind: 'encrypt'; bytes: Uint8Array; passphrase: string }
  | {
      kind: 'export';
      archiveName: string;
      request: ExportRequest;
      producer: { app: string; version: string };
    };

/** The bundle is read; what it would change in the archive is being worked out. */
export interface ComparingProgress {
  step: 'comparing';
}

export type BundleTaskProgress = ReadProgress | ComparingProgress | ExportProgress;

export type BundleTaskResult<T extends BundleTask> = T extends { kind: 'read' }
  ? ReadBundleResult
  : T extends { kind: 'prepare' }
    ? PreparedImport
    : T extends { kind: 'export' }
      ? ExportedBundle
      : Uint8Array;

export async function runBundleTask<T extends BundleTask>(
  task: T,
  onProgress: (progress: BundleTaskProgress) => void,
): Promise<BundleTaskResult<T>> {
  if (task.kind === 'read') {
    const options = task.passphrase === undefined ? {} : { passphrase: task.passphrase };
    return (await readBundle(task.bytes, { ...options, onProgress })) as BundleTaskResult<T>;
  }
  if (task.kind === 'prepare') return (await prepare(task, onProgress)) as BundleTaskResult<T>;
  if (task.kind === 'export') return (await exportArchive(task, onProgress)) as BundleTaskResult<T>;
  return (await encryptWithPassphrase(task.bytes, task.passphrase)) as BundleTaskResult<T>;
}

async function exportArchive(
  task: BundleTask & { kind: 'export' },
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportedBundle> {
  const archive = await openArchive(task.archiveName);
  try {
    return await exportBundle(archive, task.request, {
      producer: task.producer,
      encrypt: encryptWithPassphrase,
      onProgress,
    });
  } finally {
    archive.close();
  }
}

async function prepare(
  task: BundleTask & { kind: 'prepare' },
  onProgress: (progress: ReadProgress | ComparingProgress) => void,
): Promise<PreparedImport> {
  const options = task.passphrase === undefined ? {} : { passphrase: task.passphrase };
  const bundle = await readBundle(task.bytes, { ...options, onProgress });
  onProgress({ step: 'comparing' });
  const archive = await openArchive(task.archiveName);
  try {
    return await prepareImport(archive, bundle, task.fileName);
  } finally {
    archive.close();
  }
}
