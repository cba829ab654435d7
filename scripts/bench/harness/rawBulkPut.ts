import Dexie from 'dexie';
import type { Table } from 'dexie';
import { SCHEMA_V2 } from '../../../renderer/db/schemaVersions.js';
import type { ReadBundleResult } from '../../../shared/bundle/readBundleOptions.js';
import type { RawPutFigures } from './benchPageApi.js';

export const RAW_DB_NAME = 'kartoteka-bench-raw';

/** Rows per transaction of the chunked variant: a few thousand, as an import could write. */
export const RAW_CHUNK_ROWS = 2000;

/**
 * The naive layout the floor is written in: one row per revision, per text and per record,
 * with the indexes of the archive's schema version 2 (before revisions were packed). A
 * shipped schema version is never edited, so the floor issue 4 compares the import with does
 * not move when the archive's storage changes.
 */
const NAIVE_LAYOUT = SCHEMA_V2;

type Rows = [Table<unknown, unknown>, unknown[]][];

/** What both variants write: revisions, texts, and each record's value into its table. */
function rowsOf(db: Dexie, read: ReadBundleResult): Rows {
  const values = {
    case: [] as unknown[],
    source: [] as unknown[],
    citation: [] as unknown[],
    annotation: [] as unknown[],
    note: [] as unknown[],
    tag: [] as unknown[],
  };
  for (const r of read.revisions) if (!r.deleted) values[r.entity].push(r.data);
  return [
    [db.table('revisions'), read.revisions],
    [db.table('sourceTexts'), read.texts],
    [db.table('cases'), values.case],
    [db.table('sources'), values.source],
    [db.table('citations'), values.citation],
    [db.table('annotations'), values.annotation],
    [db.table('notes'), values.note],
    [db.table('tags'), values.tag],
  ];
}

/**
 * The floor any import has to pay: the same records written with plain Dexie bulkPut into a
 * fresh database in the naive layout (NAIVE_LAYOUT, no middleware). Revisions into
 * `revisions`, texts into `sourceTexts`, each record's value into its table. No validation, no hashing, no history
 * look-ups, no merge. `chunked`: the same bulkPuts cut into transactions of RAW_CHUNK_ROWS
 * rows, one after the other, instead of one transaction for everything (Chromium holds a
 * transaction's writes until it commits, so one huge transaction may cost more than many
 * small ones). The database is deleted afterwards.
 */
export async function rawBulkPut(read: ReadBundleResult, chunked = false): Promise<RawPutFigures> {
  await Dexie.delete(RAW_DB_NAME);
  const db = new Dexie(RAW_DB_NAME);
  db.version(1).stores(NAIVE_LAYOUT);
  await db.open();
  const rows = rowsOf(db, read);
  try {
    const started = performance.now();
    if (chunked) {
      for (const [table, list] of rows) {
        for (let i = 0; i < list.length; i += RAW_CHUNK_ROWS) {
          await db.transaction('rw', table, () => table.bulkPut(list.slice(i, i + RAW_CHUNK_ROWS)));
        }
      }
    } else {
      await db.transaction('rw', db.tables, async () => {
        for (const [table, list] of rows) await table.bulkPut(list);
      });
    }
    const ms = performance.now() - started;
    return { ms, rows: rows.reduce((n, [, list]) => n + list.length, 0) };
  } finally {
    db.close();
    await Dexie.delete(RAW_DB_NAME);
  }
}
