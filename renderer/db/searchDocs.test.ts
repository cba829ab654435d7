import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { KartotekaDb } from './kartotekaDb.js';
import { loadSourceTextBytes, loadSourceTexts } from './searchDocs.js';
import { sha256Hex } from './sha256Hex.js';
import { ARTICLE, importedSource, openTestArchive } from './testArchive.js';

let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

describe('loadSourceTexts', () => {
  it('gives the texts asked for by source id, and nothing for a hash not stored', async () => {
    const opened = await openTestArchive();
    db = opened.db;
    const [added] = await opened.archive.sources.addImported([importedSource(ARTICLE)]);
    const id = added?.id ?? '';
    const sha256 = (await db.sources.get(id))?.sha256 ?? '';
    const texts = await loadSourceTexts(db, [
      { sourceId: id, sha256 },
      { sourceId: 'other', sha256: '0'.repeat(64) },
    ]);
    expect([...texts.keys()]).toEqual([id]);
    expect(texts.get(id)).toBe(ARTICLE);
  });
});

describe('loadSourceTextBytes', () => {
  it('gives the UTF-8 bytes of the texts asked for by hash, of a row stored as a string too', async () => {
    const opened = await openTestArchive();
    db = opened.db;
    const [added] = await opened.archive.sources.addImported([importedSource(ARTICLE)]);
    const sha256 = (await db.sources.get(added?.id ?? ''))?.sha256 ?? '';
    // A row written before texts were stored as bytes, put past the archive's middleware.
    const legacy = 'Ціханоўскі: an older row.';
    const raw = new Dexie(db.name);
    await raw.open();
    await raw.table('sourceTexts').put({ sha256: sha256Hex(legacy), text: legacy });
    raw.close();
    const bytes = await loadSourceTextBytes(db, [sha256, '0'.repeat(64), sha256Hex(legacy)]);
    const encoder = new TextEncoder();
    expect(bytes).toEqual(
      new Map([
        [sha256, encoder.encode(ARTICLE)],
        [sha256Hex(legacy), encoder.encode(legacy)],
      ]),
    );
  });
});
