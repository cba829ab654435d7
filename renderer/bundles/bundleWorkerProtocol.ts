import type { BundleProblem } from '../../shared/bundle/bundleError.js';
import type { ReadProgress } from '../../shared/bundle/readBundleOptions.js';
import type { BundleTask } from './bundleTasks';

/** Messages between the window and the bundle worker (bundleWorker.ts). */
export type WorkerRequest = BundleTask;

export type WorkerReply =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'done'; result: unknown }
  /** problems: a BundleError's, to rebuild it in the window; otherwise just a message. */
  | { type: 'failed'; message: string; problems: BundleProblem[] | null };
