import type { LoadTexts } from '../../shared/search/index.js';
import type { SplitIndex } from './SplitIndex';

/**
 * Searches the worker runs on its own (warmUpQueries) once the whole index is in, to have V8
 * optimise the search code before a researcher searches. On L's restored index, in Chromium,
 * the bench's 250 searches took p95 14-17 ms when they came first and 9-13 ms after 50 or 125
 * other searches (different people and phrases, same kinds; scratch runs, 2026-11-25).
 */
export const WARM_UP_SEARCHES = 64;

export interface WarmUpRun {
  index: SplitIndex;
  /** Searches to run (SplitIndex.warmUpQueries). */
  count: number;
  /** Awaited before each search, so that a researcher's search waits for at most one. */
  pause: () => Promise<void>;
  closed: () => boolean;
  /** Texts for snippets and phrase checks (the worker passes only those its pack holds). */
  loadTexts: LoadTexts;
}

/**
 * Runs the search worker's warm-up searches one task each and drops their results; the
 * searches' own time in ms (other work runs between them), or null when the worker closed
 * first.
 */
export async function runWarmUp(run: WarmUpRun): Promise<number | null> {
  let spent = 0;
  for (const text of run.index.warmUpQueries(run.count)) {
    await run.pause();
    if (run.closed()) return null;
    const started = performance.now();
    await run.index.search({ text }, { limit: 5, crossScript: true, loadTexts: run.loadTexts });
    spent += performance.now() - started;
  }
  return spent;
}
