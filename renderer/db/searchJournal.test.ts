import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { readJournal, saveIndexParts } from './searchIndexStore.js';
import { ARTICLE, importedSource, openTestArchive } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

const keysOf = async (table: string) =>
  (await readJournal(db)).entries.filter((e) => e.table === table).flatMap((e) => e.keys ?? []);

describe('the search journal', () => {
  it('names the keys each write touched, in the same transaction as the write', async () => {
    ({ archive, db } = await openTestArchive());
    const caseId = await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    const [added] = await archive.sources.addImported([importedSource(ARTICLE)]);
    const tagId = await archive.tags.create('journalist');
    expect(await keysOf('cases')).toEqual([caseId]);
    expect(await keysOf('sources')).toEqual([added?.id]);
    expect(await keysOf('sourceTexts')).toHaveLength(1);
    expect(await keysOf('tags')).toEqual([tagId]);
    // Citations and revisions are not searched: not journalled.
    expect((await readJournal(db)).entries.map((e) => e.table).sort()).toEqual([
      'cases',
      'sourceTexts',
      'sources',
      'tags',
    ]);
  });

  it('writes nothing when the write fails', async () => {
    ({ archive, db } = await openTestArchive());
    await expect(
      db.transaction('rw', db.cases, async () => {
        await db.cases.put({ id: 'x' } as never);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await readJournal(db)).rowKeys).toHaveLength(0);
  });

  it('a deletion is named, a clear names the whole table', async () => {
    ({ archive, db } = await openTestArchive());
    const caseId = await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    await saveIndexParts(db, new Map(), (await readJournal(db)).rowKeys);
    await archive.caseFiles.remove(caseId);
    expect(await keysOf('cases')).toEqual([caseId]);
    await db.notes.clear();
    expect((await readJournal(db)).entries).toContainEqual({ table: 'notes', keys: null });
  });

  it('saving the index prunes exactly the rows it includes', async () => {
    ({ archive, db } = await openTestArchive());
    await archive.tags.create('a');
    const first = await readJournal(db);
    await archive.tags.create('b');
    await saveIndexParts(db, new Map([['index:meta', { v: 1 }]]), first.rowKeys);
    const left = await readJournal(db);
    expect(left.rowKeys).toHaveLength(1);
    expect(left.rowKeys).not.toContain(first.rowKeys[0]);
    expect((await db.searchIndex.get('index:meta'))?.value).toEqual({ v: 1 });
  });
});
