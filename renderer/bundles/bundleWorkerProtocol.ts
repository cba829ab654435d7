import type { BundleProblem } from '../../shared/bundle/bundleError.js';
import type { BundleTask, BundleTaskProgress } from './bundleTasks';

/** Messages between the window and the bundle worker (bundleWorker.ts). */
export type WorkerRequest = BundleTask;

export type WorkerReply =
  | { type: 'progress'; progress: BundleTaskProgress }
  | { type: 'done'; result: unknown }
  /** problems: a BundleError's, to rebuild it in the window; otherwise just a message. */
  | { type: 'failed'; message: string; problems: BundleProblem[] | null };
