import type { KartotekaDb } from './kartotekaDb.js';
import { allRevisionsWithOrigins } from './revisionPackStore.js';

/**
 * Every row of every table, in key order: a snapshot to compare before and after an
 * operation that must change nothing (a rejected import, a failed transaction), or two
 * archives that must be equal.
 *
 * Revision packs are not dumped as rows: how revisions happened to be packed (which batch
 * brought them, with which pack ids) is not part of an archive's content, so two archives
 * holding the same revisions in different packs dump equal. They appear as `revisions`
 * (every revision, in id order) and `revisionOrigins` (each revision's origin, in the same
 * order; revisions whose origin is unknown are absent), as the tables of version 2 did.
 */
export async function dumpDatabase(db: KartotekaDb): Promise<Record<string, unknown[]>> {
  return db.transaction('r', db.tables, async () => {
    const dump: Record<string, unknown[]> = {};
    for (const table of db.tables) {
      if (table.name === db.revisionPacks.name) continue;
      dump[table.name] = await table.toCollection().toArray();
    }
    const history = await allRevisionsWithOrigins(db);
    dump.revisions = history.map((h) => h.revision);
    dump.revisionOrigins = history.flatMap((h) => (h.origin ? [h.origin] : []));
    return dump;
  });
}
