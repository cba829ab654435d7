import { BundleError } from '../../shared/bundle/bundleError.js';
import type { ReadBundleResult, ReadProgress } from '../../shared/bundle/readBundleOptions.js';
import type { ApplyProgress, ApplyRevisionsResult } from '../db';
import type { BundleTask, BundleTaskProgress, BundleTaskResult } from './bundleTasks';
import { BundleTaskRunner } from './bundleTasks';
import type { WorkerReply } from './bundleWorkerProtocol';
import type { ExportedBundle, ExportProgress, ExportRequest } from './exportBundle';
import type { PreparedImport } from './importBundle';

/** A thread that runs bundle tasks one at a time: the bundle worker, or the window. */
interface BundleThread {
  run<T extends BundleTask>(
    task: T,
    onProgress: (progress: BundleTaskProgress) => void,
  ): Promise<BundleTaskResult<T>>;
  /** Ends the thread and what it holds; a task still running is rejected as abandoned. */
  close(): void;
}

function abandoned(): DOMException {
  return new DOMException('the bundle task was abandoned', 'AbortError');
}

/** The window as the thread: when no worker can start. Slower to paint, same result. */
function windowThread(): BundleThread {
  let runner: BundleTaskRunner | null = new BundleTaskRunner();
  return {
    run: (task, onProgress) =>
      runner ? runner.run(task, onProgress) : Promise.reject(abandoned()),
    close: () => {
      // The work cannot be stopped here, but what the runner holds can be let go.
      runner = null;
    },
  };
}

/**
 * A fresh bundle worker, ended with close(). When it cannot start (a host without workers, a
 * blocked script) its first task runs in the window instead, and so does every later one.
 */
function openBundleThread(): BundleThread {
  if (typeof Worker === 'undefined') return windowThread();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./bundleWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return windowThread();
  }
  let fallback: BundleThread | null = null;
  let answered = false;
  let closed = false;
  let pending: { reject: (error: unknown) => void } | null = null;
  return {
    run<T extends BundleTask>(
      task: T,
      onProgress: (progress: BundleTaskProgress) => void,
    ): Promise<BundleTaskResult<T>> {
      if (fallback) return fallback.run(task, onProgress);
      if (closed) return Promise.reject(abandoned());
      if (pending) return Promise.reject(new Error('the bundle worker is busy'));
      return new Promise<BundleTaskResult<T>>((resolve, reject) => {
        pending = { reject };
        const settle = () => {
          pending = null;
          worker.onmessage = null;
          worker.onerror = null;
        };
        worker.onmessage = (event: MessageEvent<WorkerReply>) => {
          answered = true;
          const reply = event.data;
          if (reply.type === 'progress') {
            onProgress(reply.progress);
            return;
          }
          settle();
          if (reply.type === 'done') resolve(reply.result as BundleTaskResult<T>);
          else reject(reply.problems ? new BundleError(reply.problems) : new Error(reply.message));
        };
        worker.onerror = (event) => {
          event.preventDefault();
          settle();
          worker.terminate();
          // The worker could not even start: do the work here. After it started, an uncaught
          // error is a real failure of the task (and the worker, with what it held, is gone).
          if (answered) {
            closed = true;
            reject(new Error(event.message || 'the bundle worker stopped'));
          } else {
            fallback = windowThread();
            fallback.run(task, onProgress).then(resolve, reject);
          }
        };
        worker.postMessage(task);
      });
    },
    close() {
      fallback?.close();
      if (closed) return;
      closed = true;
      worker.terminate();
      pending?.reject(abandoned());
      pending = null;
    },
  };
}

/** One task on a fresh thread, ended with it; an abort ends the work, not just its answer. */
async function runTask<T extends BundleTask>(
  task: T,
  onProgress: (progress: BundleTaskProgress) => void,
  signal?: AbortSignal,
): Promise<BundleTaskResult<T>> {
  const thread = openBundleThread();
  const stop = () => thread.close();
  signal?.addEventListener('abort', stop);
  try {
    return await thread.run(task, onProgress);
  } finally {
    signal?.removeEventListener('abort', stop);
    thread.close();
  }
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
 * An import read and compared with the archive, waiting for Apply. Its records are held by
 * the bundle worker, not the window, until it is applied or closed.
 */
export interface ImportSession {
  prepared: PreparedImport;
  /**
   * Applies the bundle in the worker, all or nothing; the session ends when it succeeds. A
   * failed apply can be tried again.
   */
  apply(onProgress?: (progress: ApplyProgress) => void): Promise<ApplyRevisionsResult>;
  /** Lets the bundle go (the dialog closed, another file chosen); not during an apply. */
  close(): void;
}

/**
 * Reads a bundle and prepares its import (the preview, against the archive opened by name)
 * in a bundle worker that keeps the bundle for Apply; `onProgress` gets the reading's
 * progress, then 'comparing'. The bytes are copied: a retry may need them again. Aborting
 * the signal before the preview is ready ends the worker.
 */
export async function openImportOffThread(
  archiveName: string,
  file: { bytes: Uint8Array; name: string },
  passphrase: string | undefined,
  onProgress: (progress: ReadProgress | 'comparing') => void,
  signal?: AbortSignal,
): Promise<ImportSession> {
  const thread = openBundleThread();
  const stop = () => thread.close();
  signal?.addEventListener('abort', stop);
  const task = { kind: 'prepare', bytes: file.bytes, archiveName, fileName: file.name } as const;
  let prepared: PreparedImport;
  try {
    prepared = await thread.run(passphrase === undefined ? task : { ...task, passphrase }, (p) => {
      if (!('step' in p)) onProgress(p);
      else if (p.step === 'comparing') onProgress('comparing');
    });
  } catch (error) {
    thread.close();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  let applying = false;
  let ended = false;
  return {
    prepared,
    async apply(report) {
      if (ended) throw new Error('this import was closed');
      applying = true;
      try {
        const result = await thread.run({ kind: 'apply' }, (p) => {
          if ('step' in p && p.step === 'applying') report?.(p.apply);
        });
        ended = true;
        thread.close();
        return result;
      } finally {
        applying = false;
      }
    },
    close() {
      // An apply under way finishes (all or nothing) and ends the thread itself.
      if (applying || ended) return;
      ended = true;
      thread.close();
    },
  };
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
    if ('step' in p && p.step !== 'comparing' && p.step !== 'applying') onProgress(p);
  });
}

/**
 * age-encrypts a finished bundle off the window's thread. The bytes are copied, not handed
 * over: if the worker cannot start, the window still has them to encrypt itself.
 */
export function encryptOffThread(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
  return runTask({ kind: 'encrypt', bytes, passphrase }, () => undefined);
}
