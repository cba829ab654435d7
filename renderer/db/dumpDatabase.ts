import type { KartotekaDb } from './kartotekaDb.js';

/**
 * Every row of every table, in key order: a snapshot to compare before and after an
 * operation that must change nothing (a rejected import, a failed transaction).
 */
export async function dumpDatabase(db: KartotekaDb): Promise<Record<string, unknown[]>> {
  return db.transaction('r', db.tables, async () => {
    const dump: Record<string, unknown[]> = {};
    for (const table of db.tables) dump[table.name] = await table.toCollection().toArray();
    return dump;
  });
}
