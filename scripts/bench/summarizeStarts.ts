import { percentile } from './harness/percentile.js';
import type { StartupFigures } from './measureStartup.js';

export interface StartupSummary extends StartupFigures {
  /** The first cold start, right after the import and export wrote the archive. */
  afterImportMs: number;
  /** Every cold start's first result, in the order measured. */
  firstResultsMs: number[];
}

/**
 * Several cold starts on one profile as one set of figures: the first result is their median
 * (nearest rank, so a start that really happened), and the heap and the worker's marks are
 * those of that same start. One start alone is not a figure to judge by: on L, the start right
 * after the import and export came at 1,846 ms, later starts on a copy of such a profile at a
 * median of 1,391 (2026-11-25). The first start after a large import meets the browser still
 * compacting what the import wrote, which a user meets once; it is kept apart as
 * `afterImportMs`.
 */
export function summarizeStarts(starts: readonly StartupFigures[]): StartupSummary {
  const first = starts[0];
  if (!first) throw new Error('no start-up measured');
  const firstResultsMs = starts.map((s) => s.firstResultMs);
  const median = percentile(firstResultsMs, 50);
  const typical = starts.find((s) => s.firstResultMs === median) ?? first;
  return {
    ...typical,
    reloadFirstResultMs: percentile(
      starts.map((s) => s.reloadFirstResultMs),
      50,
    ),
    afterImportMs: first.firstResultMs,
    firstResultsMs,
  };
}
