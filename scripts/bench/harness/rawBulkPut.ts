import Dexie from 'dexie';
import { KartotekaDb } from '../../../renderer/db/kartotekaDb.js';
import type { ReadBundleResult } from '../../../shared/bundle/readBundleOptions.js';
import type { RawPutFigures } from './benchPageApi.js';

export const RAW_DB_NAME = 'kartoteka-bench-raw';

/**
 * The floor any import has to pay: the same records written with plain Dexie bulkPut, in one
 * transaction, into a fresh database with the archive's schema. Revisions into `revisions`,
 * texts into `sourceTexts`, each record's value into its table. No validation, no hashing,
 * no history look-ups, no merge. The database is deleted afterwards.
 */
export async function rawBulkPut(read: ReadBundleResult): Promise<RawPutFigures> {
  await Dexie.delete(RAW_DB_NAME);
  const db = new KartotekaDb(RAW_DB_NAME);
  await db.open();
  const rows = {
    case: [] as unknown[],
    source: [] as unknown[],
    citation: [] as unknown[],
    annotation: [] as unknown[],
    note: [] as unknown[],
    tag: [] as unknown[],
  };
  for (const r of read.revisions) if (!r.deleted) rows[r.entity].push(r.data);
  try {
    const started = performance.now();
    await db.transaction('rw', db.tables, async () => {
      await db.revisions.bulkPut(read.revisions);
      await db.sourceTexts.bulkPut(read.texts);
      await db.cases.bulkPut(rows.case as never[]);
      await db.sources.bulkPut(rows.source as never[]);
      await db.citations.bulkPut(rows.citation as never[]);
      await db.annotations.bulkPut(rows.annotation as never[]);
      await db.notes.bulkPut(rows.note as never[]);
      await db.tags.bulkPut(rows.tag as never[]);
    });
    const ms = performance.now() - started;
    const count = Object.values(rows).reduce((n, list) => n + list.length, 0);
    return { ms, rows: read.revisions.length + read.texts.length + count };
  } finally {
    db.close();
    await Dexie.delete(RAW_DB_NAME);
  }
}
