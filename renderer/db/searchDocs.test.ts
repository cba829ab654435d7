import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { KartotekaDb } from './kartotekaDb.js';
import { loadSourceTexts } from './searchDocs.js';
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
