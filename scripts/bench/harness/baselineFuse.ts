import Fuse from 'fuse.js';
import type { KartotekaDb } from '../../../renderer/db/kartotekaDb.js';
import type { NameFigures, NameQueryInput } from './benchPageApi.js';
import { nameFigures } from './nameFigures.js';

/**
 * The naive approach the name index must beat (issue 3): one fuse.js instance over every
 * name and alias of every case file, default options, searched whole for each query.
 */
export async function baselineFuse(
  db: KartotekaDb,
  queries: readonly NameQueryInput[],
  warmup: number,
): Promise<NameFigures> {
  const names = (await db.cases.toArray()).flatMap((c) =>
    c.names.map((n) => ({ caseId: c.id, text: n.text })),
  );
  const fuse = new Fuse(names, { keys: ['text'] });
  return nameFigures(queries, warmup, (q) => fuse.search(q).map((r) => r.item.caseId));
}
