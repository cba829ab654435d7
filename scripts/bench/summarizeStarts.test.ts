import { describe, expect, it } from 'vitest';
import type { StartupFigures } from './measureStartup.js';
import { summarizeStarts } from './summarizeStarts.js';

const start = (
  firstResultMs: number,
  reloadFirstResultMs: number,
  heapUsed: number,
): StartupFigures => ({
  firstResultMs,
  reloadFirstResultMs,
  heapUsed,
  workersHeapUsed: heapUsed * 10,
  workersBackingStore: 0,
  workers: 1,
  workerMarks: { 'search-worker: people part restored': firstResultMs - 100 },
});

describe('summarizeStarts', () => {
  it('reports the median start, with its own heap and marks, and the first start apart', () => {
    const s = summarizeStarts([
      start(1846, 1040, 5),
      start(1391, 830, 6),
      start(1424, 800, 7),
      start(1389, 850, 8),
      start(1418, 820, 9),
    ]);
    expect(s.firstResultMs).toBe(1418);
    expect(s.heapUsed).toBe(9);
    expect(s.workersHeapUsed).toBe(90);
    expect(s.workerMarks).toEqual({ 'search-worker: people part restored': 1318 });
    expect(s.reloadFirstResultMs).toBe(830);
    expect(s.afterImportMs).toBe(1846);
    expect(s.firstResultsMs).toEqual([1846, 1391, 1424, 1389, 1418]);
  });

  it('takes a single start as it is', () => {
    const s = summarizeStarts([start(2000, 900, 5)]);
    expect(s.firstResultMs).toBe(2000);
    expect(s.afterImportMs).toBe(2000);
    expect(s.reloadFirstResultMs).toBe(900);
  });

  it('refuses no starts at all', () => {
    expect(() => summarizeStarts([])).toThrow('no start-up measured');
  });
});
