import { BundleError } from '../../shared/bundle/bundleError.js';
import type { ReadBundleResult, ReadProgress } from '../../shared/bundle/readBundleOptions.js';
import type { BundleTask, BundleTaskProgress, BundleTaskResult } from './bundleTasks';
import { runBundleTask } from './bundleTasks';
import type { WorkerReply } from './bundleWorkerProtocol';
import type { ExportedBundle, ExportProgress, ExportRequest } from './exportBundle';
import type { PreparedImport } from './importBundle';

/**
 * Runs a bundle task in a fresh worker, ended when the task is. When no worker can start
 * (a host without workers, a blocked script) the task runs in the window instead: slower to
 * paint, same result.
 */
function runTask<T extends BundleTask>(
  task: T,
  onProgress: (progress: BundleTaskProgress) => void,
  signal?: AbortSignal,
): Promise<BundleTaskResult<T>> {
  if (typeof Worker === 'undefined') return runBundleTask(task, onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return runBundleTask(task, onProgress);
  }
  return new Promise((resolve, reject) => {
    let answered = false;
    // Abandoned (another file chosen, the dialog closed): stop the work, not just its answer.
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(new DOMException('the bundle task was abandoned', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      answered = true;
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.progress);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') resolve(reply.result as BundleTaskResult<T>);
      else reject(reply.problems ? new BundleError(reply.problems) : new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // The worker could not even start: do the work here. After it started, an uncaught
      // error is a real failure of the task.
      if (answered) reject(new Error(event.message || 'the bundle worker stopped'));
      else runBundleTask(task, onProgress).then(resolve, reject);
    };
    worker.postMessage(task);
  });
}

/** readBundle off the window's thread. The bytes are copied: a retry may need them again. */
export function readBundleOffThread(
  bytes: Uint8Array,
  passphrase: string | undefined,
  onProgress: (progress: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<ReadBundleResult> {
  const task: BundleTask =
    passphrase === undefined ? { kind: 'read', bytes } : { kind: 'read', bytes, passphrase };
  return runTask(
    task as BundleTask & { kind: 'read' },
    (p) => {
      if (!('step' in p)) onProgress(p);
    },
    signal,
  );
}

/**
 * Reads a bundle and prepares its import (the preview, against the archive opened by name)
 * off the window's thread; `onProgress` gets the reading's progress, then 'comparing'. The
 * bytes are copied: a retry may need them again.
 */
export function prepareImportOffThread(
  archiveName: string,
  file: { bytes: Uint8Array; name: string },
  passphrase: string | undefined,
  onProgress: (progress: ReadProgress | 'comparing') => void,
  signal?: AbortSignal,
): Promise<PreparedImport> {
  const task = { kind: 'prepare', bytes: file.bytes, archiveName, fileName: file.name } as const;
  return runTask(
    passphrase === undefined ? task : { ...task, passphrase },
    (p) => {
      if (!('step' in p)) onProgress(p);
      else if (p.step === 'comparing') onProgress('comparing');
    },
    signal,
  );
}

/**
 * Makes a bundle of the archive (exportBundle) in the bundle worker, which opens the
 * archive's database by name: reading, serializing, compressing and hashing never hold the
 * window. The bytes are handed back, not copied.
 */
export function exportOffThread(
  archiveName: string,
  request: ExportRequest,
  producer: { app: string; version: string },
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportedBundle> {
  return runTask({ kind: 'export', archiveName, request, producer }, (p) => {
    if ('step' in p && p.step !== 'comparing') onProgress(p);
  });
}

/**
 * age-encrypts a finished bundle off the window's thread. The bytes are copied, not handed
 * over: if the worker cannot start, the window still has them to encrypt itself.
 */
export function encryptOffThread(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
  return runTask({ kind: 'encrypt', bytes, passphrase }, () => undefined);
}
