import { openSearchSource } from '../db/searchSource';
import type { ToWorker } from './searchProtocol';
import { createSearchWorkerHost } from './searchWorkerHost';

/** The window's end of the channel to the search worker (or to its logic run in the window). */
export interface SearchPort {
  post(message: ToWorker): void;
  listen(listener: (data: unknown) => void): void;
  close(): void;
}

/**
 * The worker's logic in this thread, answering asynchronously with cloned messages as a
 * worker would: for hosts without workers, and for tests.
 */
export function localSearchPort(open = openSearchSource): SearchPort {
  let listener: (data: unknown) => void = () => undefined;
  const host = createSearchWorkerHost(
    (message) => setTimeout(() => listener(structuredClone(message)), 0),
    open,
  );
  return {
    post: (message) => host.receive(structuredClone(message)),
    listen: (l) => (listener = l),
    close: () => host.close(),
  };
}

/**
 * The search worker, or the same logic in the window when no worker can start (a host without
 * workers, a blocked script): what was posted before the failure is replayed there.
 */
export function searchWorkerPort(): SearchPort {
  if (typeof Worker === 'undefined') return localSearchPort();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return localSearchPort();
  }
  let listener: (data: unknown) => void = () => undefined;
  let answered = false;
  let fallback: SearchPort | null = null;
  const posted: ToWorker[] = [];
  worker.onmessage = (event: MessageEvent<unknown>) => {
    answered = true;
    posted.length = 0;
    listener(event.data);
  };
  worker.onerror = (event) => {
    if (answered || fallback) return;
    event.preventDefault();
    worker.terminate();
    console.warn('the search worker could not start; searching in the window', event.message);
    fallback = localSearchPort();
    fallback.listen((data) => listener(data));
    for (const message of posted.splice(0)) fallback.post(message);
  };
  return {
    post: (message) => {
      if (fallback) return fallback.post(message);
      if (!answered) posted.push(message);
      worker.postMessage(message);
    },
    listen: (l) => (listener = l),
    close: () => (fallback ? fallback.close() : worker.terminate()),
  };
}
