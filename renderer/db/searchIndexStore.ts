import type { SearchIndexStore } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { isJournalEntry, JOURNAL_PREFIX, type JournalEntry } from './searchJournal.js';
import { stagedImportPending } from './stagedApply.js';

/** The search module's key/value table: derived data, rebuilt from the records at will. */
export function createSearchIndexStore(db: KartotekaDb): SearchIndexStore {
  return {
    get: async (key) => (await db.searchIndex.get(key))?.value,
    put: async (key, value) => {
      await db.searchIndex.put({ key, value });
    },
    remove: (key) => db.searchIndex.delete(key),
    clear: () => db.searchIndex.clear(),
  };
}

/** The journal rows not yet in the saved index: their keys (to prune later) and entries. */
export interface JournalRead {
  rowKeys: string[];
  entries: JournalEntry[];
}

/**
 * The journal rows to index. None while a staged import is under way (stagedApply.ts): its
 * steps commit one by one and could still be undone, so they are indexed once it has
 * committed (or been undone, which journals the rows it restores), and indexing does not
 * compete with the import's writes meanwhile.
 */
export function readJournal(db: KartotekaDb): Promise<JournalRead> {
  return db.transaction('r', db.searchIndex, db.stagedImport, async () => {
    if (await stagedImportPending(db)) return { rowKeys: [], entries: [] };
    return journalOf(await db.searchIndex.where('key').startsWith(JOURNAL_PREFIX).toArray());
  });
}

/** The journal's rows as read from the table. */
export function journalOf(rows: readonly { key: string; value: unknown }[]): JournalRead {
  const read: JournalRead = { rowKeys: [], entries: [] };
  for (const row of rows) {
    read.rowKeys.push(row.key);
    // A row this version cannot read names no keys: treat it as "everything changed".
    read.entries.push(isJournalEntry(row.value) ? row.value : { table: 'cases', keys: null });
  }
  return read;
}

/**
 * Saves parts of the index and deletes the journal rows they include, in one transaction:
 * a crash leaves either the old index with its journal or the new one without it.
 */
export async function saveIndexParts(
  db: KartotekaDb,
  parts: ReadonlyMap<string, unknown>,
  remove: readonly string[],
): Promise<void> {
  await db.transaction('rw', db.searchIndex, async () => {
    if (remove.length > 0) await db.searchIndex.bulkDelete([...remove]);
    if (parts.size > 0) {
      await db.searchIndex.bulkPut([...parts].map(([key, value]) => ({ key, value })));
    }
  });
}

export async function readIndexPart(db: KartotekaDb, key: string): Promise<unknown> {
  return (await db.searchIndex.get(key))?.value;
}

/** Rows read per request: a text pack chunk is about 1 MB. */
const PARTS_PAGE = 8;

/**
 * The saved parts whose keys start with `prefix`, in key order, a few at a time: the text
 * pack's chunks (tens of MB for a large archive) are not held twice while they are taken in.
 */
export async function* readIndexParts(
  db: KartotekaDb,
  prefix: string,
): AsyncGenerator<Array<{ key: string; value: unknown }>> {
  const keys = await db.searchIndex.where('key').startsWith(prefix).primaryKeys();
  for (let i = 0; i < keys.length; i += PARTS_PAGE) {
    const page = keys.slice(i, i + PARTS_PAGE);
    const rows = await db.searchIndex.bulkGet(page);
    const found: Array<{ key: string; value: unknown }> = [];
    rows.forEach((row, j) => {
      if (row) found.push({ key: page[j] as string, value: row.value });
    });
    yield found;
  }
}
