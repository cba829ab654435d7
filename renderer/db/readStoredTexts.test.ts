import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { SourceText } from '../../shared/model/index.js';
import { readStoredTexts } from './readStoredTexts.js';
import { sha256Hex } from './sha256Hex.js';
import type { StoredSourceText } from './storedSourceText.js';
import { decodeSourceText, isUtf8Text } from './storedSourceText.js';
import { openTestArchive } from './testArchive.js';

function textNumber(n: number): SourceText {
  const text = `Article ${n}: the court in Minsk heard the case.`;
  return { sha256: sha256Hex(text), text };
}

/** The texts read, decoded (each row checked to have come as stored bytes). */
async function collect(texts: AsyncIterable<StoredSourceText>): Promise<SourceText[]> {
  const out: SourceText[] = [];
  for await (const row of texts) {
    expect(isUtf8Text(row)).toBe(true);
    out.push(decodeSourceText(row));
  }
  return out;
}

describe('readStoredTexts', () => {
  it('yields the texts asked for in the order asked, each once, over several reads', async () => {
    const { db } = await openTestArchive();
    // More texts than a few reads hold, so reads overlap.
    const stored = Array.from({ length: 1300 }, (_, i) => textNumber(i));
    await db.sourceTexts.bulkPut(stored);
    const asked = [...stored].reverse().map((t) => t.sha256);
    const missing = 'f'.repeat(64);
    const read = await collect(readStoredTexts(db, [missing, ...asked, asked[0] as string]));
    expect(read).toEqual([...stored].reverse());
  });

  it('yields nothing for no hashes, or only missing ones', async () => {
    const { db } = await openTestArchive();
    expect(await collect(readStoredTexts(db, []))).toEqual([]);
    expect(await collect(readStoredTexts(db, ['e'.repeat(64)]))).toEqual([]);
  });

  it('can be left early', async () => {
    const { db } = await openTestArchive();
    const stored = Array.from({ length: 600 }, (_, i) => textNumber(i));
    await db.sourceTexts.bulkPut(stored);
    const first: SourceText[] = [];
    for await (const row of readStoredTexts(
      db,
      stored.map((t) => t.sha256),
    )) {
      first.push(decodeSourceText(row));
      if (first.length === 3) break;
    }
    expect(first).toEqual(stored.slice(0, 3));
  });

  it('gives the bytes as stored, a row stored as a string as it is, and leaves other reads decoded', async () => {
    const { db } = await openTestArchive();
    const modern = textNumber(1);
    const legacy = textNumber(2);
    await db.sourceTexts.put(modern);
    // A row written before texts were stored as bytes, put past the archive's middleware.
    const raw = new Dexie(db.name);
    await raw.open();
    await raw.table('sourceTexts').put(legacy);
    raw.close();
    const rows: StoredSourceText[] = [];
    for await (const row of readStoredTexts(db, [modern.sha256, legacy.sha256])) rows.push(row);
    expect(rows[0]).toEqual({ sha256: modern.sha256, utf8: new TextEncoder().encode(modern.text) });
    expect(rows[1]).toEqual(legacy);
    // The stored form is only for the reader's own transactions.
    expect(await db.sourceTexts.get(modern.sha256)).toEqual(modern);
    expect(await db.sourceTexts.bulkGet([modern.sha256])).toEqual([modern]);
  });
});
