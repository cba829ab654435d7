import { openSearchSource } from '../db/searchSource';
import type { ToWorker } from './searchProtocol';
import { createSearchWorkerHost } from './searchWorkerHost';
import { newSearchWorker, takeSpare } from './spareSearchWorker';

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
 * workers, a blocked script): what was posted before the failure is replayed there. The
 * worker is chosen at the first message (`open`, naming the archive): a prestarted one for
 * that archive is taken over, already opening it.
 */
export function searchWorkerPort(): SearchPort {
  if (typeof Worker === 'undefined') return localSearchPort();
  let worker: Worker | null = null;
  let listener: (data: unknown) => void = () => undefined;
  let answered = false;
  let fallback: SearchPort | null = null;
  const posted: ToWorker[] = [];

  const fallBack = (why: string) => {
    worker?.terminate();
    worker = null;
    console.warn('the search worker could not start; searching in the window', why);
    fallback = localSearchPort();
    fallback.listen((data) => listener(data));
    for (const message of posted.splice(0)) fallback.post(message);
  };
  const receive = (data: unknown) => {
    answered = true;
    posted.length = 0;
    listener(data);
  };
  /** Starts the worker, or takes over one started ahead for the archive `first` opens. */
  const bind = (first: ToWorker): void => {
    const taken = takeSpare(first.type === 'open' ? first.archive : null);
    try {
      worker = taken?.worker ?? newSearchWorker();
    } catch (error) {
      fallBack(String(error));
      return;
    }
    worker.onmessage = (event: MessageEvent<unknown>) => receive(event.data);
    worker.onerror = (event) => {
      if (answered || fallback) return;
      event.preventDefault();
      fallBack(event.message);
    };
    // Delivered after the caller's post returns, as a worker's messages would be.
    const early = taken?.early ?? [];
    if (early.length > 0) setTimeout(() => early.forEach(receive), 0);
  };

  return {
    post: (message) => {
      if (fallback) return fallback.post(message);
      if (!answered) posted.push(message);
      // A worker started ahead hears the window's `open` as the window having come.
      if (!worker) bind(message);
      if (fallback) return;
      worker?.postMessage(message);
    },
    listen: (l) => (listener = l),
    close: () => (fallback ? fallback.close() : worker?.terminate()),
  };
}
