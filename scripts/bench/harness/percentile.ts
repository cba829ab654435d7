/**
 * The p-th percentile of samples by the nearest-rank method (p95 of 500 samples is the 475th
 * smallest): no interpolation, so every figure reported is a time that was really measured.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** Rounds a figure for the report: milliseconds to 0.01, larger figures to 0.1. */
export function round(value: number): number {
  return Math.abs(value) < 100 ? Math.round(value * 100) / 100 : Math.round(value * 10) / 10;
}
