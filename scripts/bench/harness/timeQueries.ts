import type { LatencyFigures } from './benchPageApi.js';
import { percentile, round } from './percentile.js';

/**
 * Runs `run` on each query and measures it with performance.now(), after running the first
 * `warmup` queries once untimed (so the JIT and the index's lazy parts are warm, as they are
 * after a user's first few keystrokes). Returns the latencies and what each query returned.
 */
export async function timeQueries<Q, R>(
  queries: readonly Q[],
  warmup: number,
  run: (query: Q) => R | Promise<R>,
): Promise<{ figures: LatencyFigures; results: R[]; samples: number[] }> {
  for (const q of queries.slice(0, warmup)) await run(q);
  const samples: number[] = [];
  const results: R[] = [];
  for (const q of queries) {
    const started = performance.now();
    const result = await run(q);
    samples.push(performance.now() - started);
    results.push(result);
  }
  return { figures: latencyFigures(samples), results, samples };
}

export function latencyFigures(samples: readonly number[]): LatencyFigures {
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(Math.max(...samples)),
    mean: round(samples.reduce((a, b) => a + b, 0) / samples.length),
  };
}
