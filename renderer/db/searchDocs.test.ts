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
  it('gives the texts of the sources asked for, and nothing for unknown ids', async () => {
    const opened = await openTestArchive();
    db = opened.db;
    const [added] = await opened.archive.sources.addImported([importedSource(ARTICLE)]);
    const id = added?.id ?? '';
    const texts = await loadSourceTexts(db, [id, 'no-such-source']);
    expect([...texts.keys()]).toEqual([id]);
    expect(texts.get(id)).toBe(ARTICLE);
  });
});
