import { BundleError } from '../../shared/bundle/bundleError.js';
import type { BundleTaskProgress } from './bundleTasks';
import { BundleTaskRunner } from './bundleTasks';
import type { WorkerReply, WorkerRequest } from './bundleWorkerProtocol';

/**
 * The bundle worker: runs the tasks it is sent one after the other (an import is 'prepare',
 * then 'apply' once the person has seen the preview, on the same runner, which keeps the
 * bundle in between) and answers each with progress, then the result or the failure. The
 * renderer's TypeScript project has no WebWorker lib, so the little of the worker scope used
 * here is spelled out.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const runner = new BundleTaskRunner();

/** Progress at most this often: posting on every line would flood the window. */
const PROGRESS_EVERY_MS = 80;

function phaseOf(progress: BundleTaskProgress): string {
  if (!('step' in progress)) return progress.phase;
  return progress.step === 'applying' ? `applying ${progress.apply.phase}` : progress.step;
}

scope.onmessage = (event) => {
  let last = 0;
  let lastPhase = '';
  runner
    .run(event.data, (progress) => {
      const now = Date.now();
      const phase = phaseOf(progress);
      // The end of an apply phase always goes through: the dialog shows it as complete.
      const end =
        'step' in progress &&
        progress.step === 'applying' &&
        progress.apply.done === progress.apply.total;
      if (phase === lastPhase && !end && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      lastPhase = phase;
      scope.postMessage({ type: 'progress', progress });
    })
    .then(
      (result) => {
        // Bytes made here are handed over, not copied: a bundle of a large archive is big.
        const bytes =
          result instanceof Uint8Array
            ? result
            : 'bytes' in result && result.bytes instanceof Uint8Array
              ? result.bytes
              : undefined;
        const transfer = bytes ? [bytes.buffer as ArrayBuffer] : [];
        scope.postMessage({ type: 'done', result }, transfer);
      },
      (error: unknown) => {
        scope.postMessage({
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
          problems: error instanceof BundleError ? [...error.problems] : null,
        });
      },
    );
};
