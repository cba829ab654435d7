import { openSearchSource } from '../db/searchSource';
import type { FromWorker } from './searchProtocol';
import { createSearchWorkerHost } from './searchWorkerHost';

/**
 * The search worker: the archive's search index off the window's thread. The renderer's
 * TypeScript project has no WebWorker lib, so the little of the worker scope used here is
 * spelled out.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;
// Start-up marks, read by the benchmark over the DevTools protocol (scripts/bench/measureStartup.ts).
performance.mark('search-worker: modules loaded');

const host = createSearchWorkerHost((message) => scope.postMessage(message), openSearchSource);
scope.onmessage = (event) => host.receive(event.data);
