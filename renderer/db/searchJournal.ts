import Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware, ObservabilitySet } from 'dexie';
import { STAGED_TABLE } from './stagedApply.js';

/**
 * The search journal: every write to a table the search index is built from leaves, in the
 * same transaction, a row naming the keys it touched. The search worker re-reads only those
 * records and deletes the rows it has indexed when it saves the index (in one transaction),
 * so the journal always holds exactly what the saved index lacks: after a restart, the worker
 * catches up from it without reading every record.
 */

/** The tables the search documents are made of (a tag's name is in its case files' documents). */
export const TRACKED_TABLES = [
  'cases',
  'sources',
  'sourceTexts',
  'notes',
  'annotations',
  'tags',
] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];

/**
 * The journal lives in the search module's key/value table (no schema change: it is derived
 * data like the index, and the worker prunes both in one transaction).
 */
export const JOURNAL_TABLE = 'searchIndex';
export const JOURNAL_PREFIX = 'journal:';

export interface JournalEntry {
  table: TrackedTable;
  /** Primary keys written or deleted; null: the whole table (a clear or a range delete). */
  keys: string[] | null;
}

export function isTrackedTable(name: string): name is TrackedTable {
  return (TRACKED_TABLES as readonly string[]).includes(name);
}

export function isJournalEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<JournalEntry>;
  return (
    typeof v.table === 'string' &&
    isTrackedTable(v.table) &&
    (v.keys === null ||
      (Array.isArray(v.keys) && v.keys.every((k: unknown) => typeof k === 'string')))
  );
}

let counter = 0;
/**
 * Time-ordered and unique across windows and workers. The order is only for reading: the
 * worker re-reads the records' current values, so entries applied out of order still end
 * in the same index.
 */
function nextJournalKey(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(9, '0');
  const seq = counter.toString(36).padStart(4, '0');
  const random = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${JOURNAL_PREFIX}${time}-${seq}-${random}`;
}

function touchedKeys(req: DBCoreMutateRequest, table: DBCoreTable): string[] | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      const extract = table.schema.primaryKey.extractKey;
      const keys: unknown[] =
        req.keys ?? (extract ? req.values.map((v: unknown) => extract(v)) : []);
      return keys.map(String);
    }
    case 'delete':
      return req.keys.map(String);
    case 'deleteRange':
      return null;
  }
}

function withJournal(table: DBCoreTable, journal: DBCoreTable, name: TrackedTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      const entry: JournalEntry = { table: name, keys: touchedKeys(req, table) };
      const result = await table.mutate(req);
      await journal.mutate({
        type: 'put',
        trans: req.trans,
        values: [{ key: nextJournalKey(), value: entry }],
      });
      return result;
    },
  };
}

/**
 * Installed on every KartotekaDb. A read-write transaction over a tracked table is widened to
 * the journal's table, so a record and its journal row commit or fail together.
 */
export const searchJournalMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'searchJournal',
  // Above user middleware (encryption at rest): the journal row is written through it too.
  level: 20,
  create: (down) => {
    // An upgrade from a version without the table (v1) runs on a core without it: nothing to
    // journal there, the worker rebuilds after an upgrade anyway.
    if (!down.schema.tables.some((t) => t.name === JOURNAL_TABLE)) return down;
    return {
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.some(isTrackedTable) && !stores.includes(JOURNAL_TABLE)
            ? [...stores, JOURNAL_TABLE]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name);
        return isTrackedTable(name) ? withJournal(table, down.table(JOURNAL_TABLE), name) : table;
      },
    };
  },
};

/**
 * Calls `listener` after any transaction that wrote the journal (or the saved index) of the
 * database `name` commits, in this window or worker or another one (Dexie relays it through
 * a BroadcastChannel), and after a staged import commits or is undone (the journal it wrote
 * is held until then: searchIndexStore.readJournal). Returns the unsubscribe.
 */
export function watchJournal(name: string, listener: () => void): () => void {
  const prefixes = [`idb://${name}/${JOURNAL_TABLE}/`, `idb://${name}/${STAGED_TABLE}/`];
  const handler = (parts: ObservabilitySet) => {
    const keys = Object.keys(parts);
    if (keys.some((part) => part === 'all' || prefixes.some((p) => part.startsWith(p)))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
