import type { NameFigures, NameQueryInput } from './benchPageApi.js';
import { timeQueries } from './timeQueries.js';

/** Times a name search over the queries and scores its first result against the expected case. */
export async function nameFigures(
  queries: readonly NameQueryInput[],
  warmup: number,
  search: (query: string) => readonly string[] | Promise<readonly string[]>,
): Promise<NameFigures> {
  const { figures, results } = await timeQueries(queries, warmup, async (q) => {
    const ids = await search(q.query);
    return ids[0];
  });
  const byKind = new Map<string, { hits: number; total: number }>();
  let hits = 0;
  queries.forEach((q, i) => {
    const hit = results[i] === q.expectedCaseId;
    if (hit) hits += 1;
    const k = byKind.get(q.kind) ?? { hits: 0, total: 0 };
    byKind.set(q.kind, { hits: k.hits + (hit ? 1 : 0), total: k.total + 1 });
  });
  return {
    ...figures,
    top1Accuracy: Math.round((hits / queries.length) * 1000) / 1000,
    top1ByKind: Object.fromEntries(
      [...byKind].map(([kind, k]) => [kind, Math.round((k.hits / k.total) * 1000) / 1000]),
    ),
  };
}
