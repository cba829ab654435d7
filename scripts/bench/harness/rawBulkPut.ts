import Dexie from 'dexie';
import type { Table } from 'dexie';
import { KartotekaDb } from '../../../renderer/db/kartotekaDb.js';
import type { ReadBundleResult } from '../../../shared/bundle/readBundleOptions.js';
import type { RawPutFigures } from './benchPageApi.js';

export const RAW_DB_NAME = 'kartoteka-bench-raw';

/** Rows per transaction of the chunked variant: a few thousand, as an import could write. */
export const RAW_CHUNK_ROWS = 2000;

type Rows = [Table<unknown, unknown>, unknown[]][];

/** What both variants write: revisions, texts, and each record's value into its table. */
function rowsOf(db: KartotekaDb, read: ReadBundleResult): Rows {
  const values = {
    case: [] as unknown[],
    source: [] as unknown[],
    citation: [] as unknown[],
    annotation: [] as unknown[],
    note: [] as unknown[],
    tag: [] as unknown[],
  };
  for (const r of read.revisions) if (!r.deleted) values[r.entity].push(r.data);
  const t = (table: Table<never, string>) => table as unknown as Table<unknown, unknown>;
  return [
    [t(db.revisions as never), read.revisions],
    [t(db.sourceTexts as never), read.texts],
    [t(db.cases as never), values.case],
    [t(db.sources as never), values.source],
    [t(db.citations as never), values.citation],
    [t(db.annotations as never), values.annotation],
    [t(db.notes as never), values.note],
    [t(db.tags as never), values.tag],
  ];
}

/**
 * The floor any import has to pay: the same records written with plain Dexie bulkPut into a
 * fresh database with the archive's schema. Revisions into `revisions`, texts into
 * `sourceTexts`, each record's value into its table. No validation, no hashing, no history
 * look-ups, no merge. `chunked`: the same bulkPuts cut into transactions of RAW_CHUNK_ROWS
 * rows, one after the other, instead of one transaction for everything (Chromium holds a
 * transaction's writes until it commits, so one huge transaction may cost more than many
 * small ones). The database is deleted afterwards.
 */
export async function rawBulkPut(read: ReadBundleResult, chunked = false): Promise<RawPutFigures> {
  await Dexie.delete(RAW_DB_NAME);
  const db = new KartotekaDb(RAW_DB_NAME);
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
