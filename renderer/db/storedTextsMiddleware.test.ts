import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceText } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { sha256Hex } from './sha256Hex.js';
import { openTestArchive } from './testArchive.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const textOf = (text: string): SourceText => ({ sha256: sha256Hex(text), text });

/** The rows as IndexedDB holds them, read past the archive's middleware. */
async function rawRows(db: KartotekaDb): Promise<Record<string, unknown>[]> {
  const raw = new Dexie(db.name);
  await raw.open();
  try {
    return (await raw.table('sourceTexts').toArray()) as Record<string, unknown>[];
  } finally {
    raw.close();
  }
}

async function putRaw(db: KartotekaDb, rows: readonly object[]): Promise<void> {
  const raw = new Dexie(db.name);
  await raw.open();
  try {
    await raw.table('sourceTexts').bulkPut(rows);
  } finally {
    raw.close();
  }
}

const opened: KartotekaDb[] = [];
async function freshDb(): Promise<KartotekaDb> {
  const { db } = await openTestArchive();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const byHash = (a: SourceText, b: SourceText) => (a.sha256 < b.sha256 ? -1 : 1);

describe('storedTextsMiddleware', () => {
  it('stores any text as UTF-8 and gives the very same text back by every kind of read', async () => {
    const texts = fc.string({ unit: 'grapheme', maxLength: 300 });
    // A leading byte-order mark is part of a text: its hash covers it.
    const withBom = texts.map((t) => `\uFEFF${t}`);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.oneof(texts, withBom), { maxLength: 12 }),
        async (list) => {
          const db = await freshDb();
          const rows = list.map(textOf);
          await db.sourceTexts.bulkPut(rows);
          const hashes = rows.map((r) => r.sha256);

          expect(await db.sourceTexts.bulkGet(hashes)).toEqual(rows);
          for (const row of rows) expect(await db.sourceTexts.get(row.sha256)).toEqual(row);
          expect(await db.sourceTexts.toArray()).toEqual([...rows].sort(byHash));
          const eachRead: SourceText[] = [];
          await db.sourceTexts.each((row) => void eachRead.push(row));
          expect(eachRead).toEqual([...rows].sort(byHash));

          const raw = await rawRows(db);
          expect(raw).toHaveLength(rows.length);
          for (const row of raw) {
            expect(row).not.toHaveProperty('text');
            expect(row['utf8']).toBeInstanceOf(Uint8Array);
            expect(sha256Hex(decoder.decode(row['utf8'] as Uint8Array))).toBe(row['sha256']);
          }
          await db.delete();
        },
      ),
      { numRuns: 15 },
    );
  });

  it('keeps UTF-8 bytes given as they are (a bundle’s texts)', async () => {
    const db = await freshDb();
    const text = '\uFEFFМікалай Статкевіч was sentenced to 14 years.';
    const utf8 = encoder.encode(text);
    await db.sourceTexts.add({ sha256: sha256Hex(text), utf8 });
    const [raw] = await rawRows(db);
    expect(raw?.['utf8']).toEqual(utf8);
    expect(await db.sourceTexts.get(sha256Hex(text))).toEqual(textOf(text));
  });

  it('refuses a stored text whose bytes are not UTF-8 rather than patch it', async () => {
    const db = await freshDb();
    const sha256 = sha256Hex('damaged');
    await putRaw(db, [{ sha256, utf8: new Uint8Array([0x41, 0xc3, 0x28, 0x42]) }]);
    await expect(db.sourceTexts.get(sha256)).rejects.toThrow(TypeError);
  });

  it('reads rows an archive stored as text before texts were deflated', async () => {
    const db = await freshDb();
    const old = [textOf('Ihar Losik, RFE/RL, 15 years.'), textOf('Віктар Бабарыка')];
    await putRaw(db, old);
    expect(await db.sourceTexts.bulkGet(old.map((t) => t.sha256))).toEqual(old);
    expect(await db.sourceTexts.toArray()).toEqual([...old].sort(byHash));
  });
});
