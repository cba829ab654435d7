import { BundleError } from '../../shared/bundle/bundleError.js';
import { runBundleTask } from './bundleTasks';
import type { WorkerReply, WorkerRequest } from './bundleWorkerProtocol';

/**
 * The bundle worker: runs one task per message and answers with progress, then the result
 * or the failure. The renderer's TypeScript project has no WebWorker lib, so the little of
 * the worker scope used here is spelled out.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Progress at most this often: posting on every line would flood the window. */
const PROGRESS_EVERY_MS = 80;

scope.onmessage = (event) => {
  let last = 0;
  let lastPhase = '';
  runBundleTask(event.data, (progress) => {
    const now = Date.now();
    const phase = 'step' in progress ? progress.step : progress.phase;
    if (phase === lastPhase && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    lastPhase = phase;
    scope.postMessage({ type: 'progress', progress });
  }).then(
    (result) => {
      // Bytes made here are handed over, not copied: a bundle of a large archive is big.
      const bytes =
        result instanceof Uint8Array ? result : 'bytes' in result ? result.bytes : undefined;
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
