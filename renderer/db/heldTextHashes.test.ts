import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HELD_TEXTS_PLAN, heldTextHashes } from './heldTextHashes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { sha256Hex } from './sha256Hex.js';
import { openTestArchive } from './testArchive.js';

const opened: KartotekaDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('heldTextHashes', () => {
  it('names the texts the archive holds, whatever else is asked about, across slices', async () => {
    const { db } = await openTestArchive();
    opened.push(db);
    const texts = Array.from({ length: 1200 }, (_, i) => `text ${i}`).map((text) => ({
      sha256: sha256Hex(text),
      text,
    }));
    const stored = texts.filter((_, i) => i % 3 === 0);
    await db.sourceTexts.bulkAdd(stored);
    const asked = [...texts.map((t) => t.sha256), stored[0]?.sha256 ?? '', 'f'.repeat(64)];

    const expected = stored.map((t) => t.sha256).sort();
    // Looked up hash by hash; the table read whole in one page; and in pages of seven keys.
    const plans = [
      { scanFrom: Infinity, scanRatio: 4, scanPage: 10_000 },
      { scanFrom: 1, scanRatio: 1, scanPage: 10_000 },
      { scanFrom: 1, scanRatio: 1, scanPage: 7 },
      HELD_TEXTS_PLAN,
    ];
    for (const plan of plans) {
      expect([...(await heldTextHashes(db, asked, plan))].sort()).toEqual(expected);
    }
    // A few hashes against a table many times their number are looked up, with the same answer.
    const few = [stored[1]?.sha256 ?? '', texts[1]?.sha256 ?? ''];
    const table = { scanFrom: 1, scanRatio: 4, scanPage: 7 };
    expect(await heldTextHashes(db, few, table)).toEqual(new Set([stored[1]?.sha256]));
  });

  it('does not read the texts: a stored row that would not decode is still found', async () => {
    const { db } = await openTestArchive();
    opened.push(db);
    const sha256 = 'a'.repeat(64);
    // Past the archive's middleware: bytes that are not UTF-8, which any read of the value
    // refuses (storedSourceText decodes fatally).
    const raw = new Dexie(db.name);
    await raw.open();
    await raw.table('sourceTexts').put({ sha256, utf8: new Uint8Array([0xff, 0xfe, 0xfd]) });
    raw.close();

    await expect(db.sourceTexts.bulkGet([sha256])).rejects.toThrow();
    expect(await heldTextHashes(db, [sha256])).toEqual(new Set([sha256]));
    const scan = { scanFrom: 1, scanRatio: 1, scanPage: 10 };
    expect(await heldTextHashes(db, [sha256], scan)).toEqual(new Set([sha256]));
  });
});
