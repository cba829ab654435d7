import type { FullTextFigures, FullTextQueryInput, LatencyFigures } from './benchPageApi.js';
import { latencyFigures, timeQueries } from './timeQueries.js';

/** Times a full-text search over the queries, overall and per kind of query. */
export async function fullTextFigures(
  queries: readonly FullTextQueryInput[],
  warmup: number,
  search: (query: string) => unknown,
): Promise<FullTextFigures> {
  const { figures, samples } = await timeQueries(queries, warmup, (q) => search(q.query));
  const byKind: Record<string, LatencyFigures> = {};
  for (const kind of new Set(queries.map((q) => q.kind))) {
    byKind[kind] = latencyFigures(samples.filter((_, i) => queries[i]?.kind === kind));
  }
  return { ...figures, byKind };
}
