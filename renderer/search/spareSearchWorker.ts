import type { ToWorker } from './searchProtocol';

/*
 * The search worker started ahead, kept apart from searchPort so that the window's first,
 * small chunk can start it without loading the database code or the app: the worker then
 * loads, opens the archive and restores the index while the app's own code is still loading.
 */

export const newSearchWorker = () =>
  new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead for an archive and not yet handed to a port. */
interface Spare {
  worker: Worker;
  archive: string;
  /** Its script could not load. */
  failed: boolean;
  /** What it said before a port took it over (a Worker drops messages nobody listens to). */
  early: unknown[];
}
let spare: Spare | null = null;

/**
 * Starts the search worker for `archive` before the window has opened it: the worker's
 * script loads, and it opens the database and restores the saved index, while the window
 * loads its own bundle, opens the database and renders, instead of after. The first port
 * opened on the same archive takes it over; one for another archive ends it.
 */
export function prestartSearchWorker(archive: string): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    const started: Spare = { worker: newSearchWorker(), archive, failed: false, early: [] };
    started.worker.onerror = (event) => {
      event.preventDefault();
      started.failed = true;
    };
    started.worker.onmessage = (event: MessageEvent<unknown>) => started.early.push(event.data);
    started.worker.postMessage({ type: 'open', archive, ahead: true } satisfies ToWorker);
    spare = started;
  } catch {
    spare = null;
  }
}

/** The prestarted worker, if it was started for `archive` and loaded; ended otherwise. */
export function takeSpare(archive: string | null): Spare | null {
  const taken = spare;
  spare = null;
  if (!taken) return null;
  if (!taken.failed && taken.archive === archive) return taken;
  taken.worker.terminate();
  return null;
}
