import { readBundle } from '../../shared/bundle/readBundle.js';
import type { ReadBundleResult, ReadProgress } from '../../shared/bundle/readBundleOptions.js';
import { encryptWithPassphrase } from '../../shared/bundle/ageEncryption.js';
import type { ApplyProgress, ApplyRevisionsResult, Archive } from '../db';
import { openArchive, WORKER_OPEN } from '../db/openArchive';
import type { ExportedBundle, ExportProgress, ExportRequest } from './exportBundle';
import { exportBundle } from './exportBundle';
import type { PreparedImport } from './importBundle';
import { applyImport, prepareImport } from './importBundle';
import { webCryptoSha256Many } from './webCryptoSha256';

/**
 * The heavy, self-contained steps of bundles: opening (decrypting, unzipping, hashing and
 * validating every line) and comparing with the archive (the import's preview), applying
 * the import, encrypting, and making a bundle of the archive. The archive's database is
 * opened by name where needed: IndexedDB is reachable from a worker, so neither the reads,
 * the writes nor the merging and compressing hold the window. They run in a worker and keep
 * the window responsive (scrypt alone takes seconds); the same code runs in the window when
 * no worker can start.
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
  /** Applies the bundle the last 'prepare' read, into the archive it compared it with. */
  | { kind: 'apply' }
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

/** Applying: ApplyProgress wrapped, since its phases share names with reading's. */
export interface ApplyingProgress {
  step: 'applying';
  apply: ApplyProgress;
}

export type BundleTaskProgress =
  ReadProgress | ComparingProgress | ApplyingProgress | ExportProgress;

export type BundleTaskResult<T extends BundleTask> = T extends { kind: 'read' }
  ? ReadBundleResult
  : T extends { kind: 'prepare' }
    ? PreparedImport
    : T extends { kind: 'apply' }
      ? ApplyRevisionsResult
      : T extends { kind: 'export' }
        ? ExportedBundle
        : Uint8Array;

/** What 'prepare' read, kept for 'apply': the records stay on the thread that read them. */
interface HeldImport {
  archiveName: string;
  fileName: string;
  bundle: ReadBundleResult;
}

/**
 * Runs bundle tasks one after the other on one thread (the bundle worker, or the window as
 * the fallback), keeping the bundle a 'prepare' read until it is applied or the runner is
 * dropped with its thread.
 */
export class BundleTaskRunner {
  private held: HeldImport | null = null;

  async run<T extends BundleTask>(
    task: T,
    onProgress: (progress: BundleTaskProgress) => void,
  ): Promise<BundleTaskResult<T>> {
    switch (task.kind) {
      case 'read':
        return (await read(task.bytes, task.passphrase, onProgress)) as BundleTaskResult<T>;
      case 'prepare':
        return (await this.prepare(task, onProgress)) as BundleTaskResult<T>;
      case 'apply':
        return (await this.apply(onProgress)) as BundleTaskResult<T>;
      case 'export':
        return (await exportArchive(task, onProgress)) as BundleTaskResult<T>;
      default: {
        const { bytes, passphrase } = task as BundleTask & { kind: 'encrypt' };
        return (await encryptWithPassphrase(bytes, passphrase)) as BundleTaskResult<T>;
      }
    }
  }

  private async prepare(
    task: BundleTask & { kind: 'prepare' },
    onProgress: (progress: ReadProgress | ComparingProgress) => void,
  ): Promise<PreparedImport> {
    this.held = null;
    // The revisions and texts are checked now but read again, a chunk at a time, for the
    // preview and when applied: only their ids and records are held in between.
    const bundle = await read(task.bytes, task.passphrase, onProgress, true);
    onProgress({ step: 'comparing' });
    const prepared = await withArchive(task.archiveName, (archive) =>
      prepareImport(archive, bundle, task.fileName),
    );
    this.held = { archiveName: task.archiveName, fileName: task.fileName, bundle };
    return prepared;
  }

  private async apply(
    onProgress: (progress: ApplyingProgress) => void,
  ): Promise<ApplyRevisionsResult> {
    const held = this.held;
    if (!held) throw new Error('no bundle was prepared for import');
    const result = await withArchive(held.archiveName, (archive) =>
      applyImport(archive, held.bundle, held.fileName, undefined, (apply) =>
        onProgress({ step: 'applying', apply }),
      ),
    );
    // Applied: its records are in the archive now, and applying again would add nothing.
    this.held = null;
    return result;
  }
}

function read(
  bytes: Uint8Array,
  passphrase: string | undefined,
  onProgress: (progress: ReadProgress) => void,
  later = false,
): Promise<ReadBundleResult> {
  const options = passphrase === undefined ? {} : { passphrase };
  const hashing = webCryptoSha256Many ? { sha256Many: webCryptoSha256Many } : {};
  return readBundle(bytes, {
    ...options,
    ...hashing,
    onProgress,
    textsLater: later,
    revisionsLater: later,
  });
}

async function withArchive<T>(name: string, work: (archive: Archive) => Promise<T>): Promise<T> {
  const archive = await openArchive(name, WORKER_OPEN);
  try {
    return await work(archive);
  } finally {
    archive.close();
  }
}

function exportArchive(
  task: BundleTask & { kind: 'export' },
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportedBundle> {
  return withArchive(task.archiveName, (archive) =>
    exportBundle(archive, task.request, {
      producer: task.producer,
      encrypt: encryptWithPassphrase,
      onProgress,
    }),
  );
}
