import type { KartotekaDb } from './kartotekaDb.js';
import { allRevisionsWithOrigins } from './revisionPackStore.js';
import { JOURNAL_PREFIX } from './searchJournal.js';

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

/**
 * dumpDatabase without the search journal's rows: what an archive holds, for comparing an
 * archive before and after an import that was undone (stagedApply.ts). The undo writes the
 * rows back through the archive like any write, so the journal names them, and the search
 * worker reads them again and finds them as they were. The saved index itself is compared.
 */
export async function dumpContent(db: KartotekaDb): Promise<Record<string, unknown[]>> {
  const dump = await dumpDatabase(db);
  const searchIndex = dump.searchIndex ?? [];
  dump.searchIndex = searchIndex.filter(
    (row) => !String((row as { key: unknown }).key).startsWith(JOURNAL_PREFIX),
  );
  return dump;
}
