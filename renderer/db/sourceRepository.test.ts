import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from './archiveTypes.js';
import { dumpDatabase } from './dumpDatabase.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { sha256Hex } from './sha256Hex.js';
import { getSourceWithText, listSources } from './sourceQueries.js';
import { ARTICLE, importedSource, openTestArchive, quote, must } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});
async function open() {
  ({ archive, db } = await openTestArchive());
}

describe('sources', () => {
  it('addImported stores the text once by SHA-256 and recognises the same text as a duplicate', async () => {
    await open();
    const first = await archive.sources.addImported([
      importedSource(ARTICLE, 'nn.txt', 'Nasha Niva'),
      importedSource('Другі артыкул 🙂', 'b.md'),
    ]);
    expect(first.map((r) => [r.status, r.fileName])).toEqual([
      ['added', 'nn.txt'],
      ['added', 'b.md'],
    ]);
    // Same text under another name, twice in one batch: one duplicate of the stored source.
    const again = await archive.sources.addImported([
      importedSource(ARTICLE, 'copy.txt'),
      importedSource('Новы 🙂', 'c.txt'),
      importedSource('Новы 🙂', 'c2.txt'),
    ]);
    expect(again.map((r) => r.status)).toEqual(['duplicate', 'added', 'duplicate']);
    expect(again[0]?.id).toBe(first[0]?.id);
    expect(again[2]?.id).toBe(again[1]?.id);
    expect(await db.sources.count()).toBe(3);
    expect(await db.sourceTexts.count()).toBe(3);

    const loaded = await getSourceWithText(db, must(first[0]).id);
    expect(loaded?.text).toBe(ARTICLE);
    expect(loaded?.source).toMatchObject({
      title: 'Nasha Niva',
      sha256: sha256Hex(ARTICLE),
      length: Array.from(ARTICLE).length,
      fileName: 'nn.txt',
      format: 'txt',
    });
    // An untitled import is titled by its file name.
    expect((await getSourceWithText(db, must(first[1]).id))?.source.title).toBe('b.md');
    expect(await getSourceWithText(db, null)).toBeNull();
  });

  it('addImported refuses a text that does not match its hash, or bad metadata, naming the file; nothing is written', async () => {
    await open();
    const before = await dumpDatabase(db);
    const lying = { ...importedSource(ARTICLE, 'lying.txt'), sha256: sha256Hex('something else') };
    await expect(
      archive.sources.addImported([importedSource('fine', 'ok.txt'), lying]),
    ).rejects.toThrow('lying.txt: the text does not match its SHA-256');
    const badUrl = importedSource('text', 'bad.html');
    badUrl.metadata.url = 'javascript:alert(1)';
    await expect(archive.sources.addImported([badUrl])).rejects.toMatchObject({
      field: 'url',
      message: expect.stringContaining('bad.html'),
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('lists newest first', async () => {
    await open();
    await archive.sources.addImported([importedSource('one', 'one.txt')]);
    await new Promise((r) => setTimeout(r, 5));
    await archive.sources.addImported([importedSource('two', 'two.txt')]);
    expect((await listSources(db)).map((s) => s.fileName)).toEqual(['two.txt', 'one.txt']);
  });

  it('updateMetadata edits only metadata, validated, as a new revision', async () => {
    await open();
    const [r] = await archive.sources.addImported([importedSource(ARTICLE)]);
    await archive.sources.updateMetadata(must(r).id, {
      title: 'Statkevich stays',
      date: '2025-09',
      url: 'https://example.org/a',
    });
    const { source } = must(await getSourceWithText(db, must(r).id));
    expect(source).toMatchObject({
      title: 'Statkevich stays',
      date: '2025-09',
      url: 'https://example.org/a',
      sha256: sha256Hex(ARTICLE),
      publisher: 'Nasha Niva',
    });
    expect(await archive.archive.revisionsOf('source', must(r).id)).toHaveLength(2);
    await expect(
      archive.sources.updateMetadata(must(r).id, { date: 'September' }),
    ).rejects.toMatchObject({ field: 'date' });
    // A patch cannot smuggle other fields in.
    await archive.sources.updateMetadata(must(r).id, {
      title: 'T',
      sha256: '0'.repeat(64),
    } as never);
    expect((await db.sources.get(must(r).id))?.sha256).toBe(sha256Hex(ARTICLE));
  });

  it('remove tombstones the source with its citations and annotations, and keeps the text', async () => {
    await open();
    const [r] = await archive.sources.addImported([importedSource(ARTICLE)]);
    const caseId = await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    const citationId = await archive.citations.create({
      caseId,
      fact: { field: 'occupation', entryId: null },
      sourceId: must(r).id,
      selector: quote(ARTICLE, 'RFE/RL journalist'),
    });
    const annotationId = await archive.annotations.create({
      sourceId: must(r).id,
      selector: quote(ARTICLE, 'released'),
      note: 'when?',
    });
    await archive.sources.remove(must(r).id);
    expect(await db.sources.get(must(r).id)).toBeUndefined();
    expect(await db.citations.get(citationId)).toBeUndefined();
    expect(await db.annotations.get(annotationId)).toBeUndefined();
    expect((await archive.archive.revisionsOf('source', must(r).id)).at(-1)).toMatchObject({
      deleted: true,
    });
    expect(await db.sourceTexts.get(sha256Hex(ARTICLE))).toBeDefined();
    // Importing the text again makes a new source: the deleted one is not a duplicate.
    expect((await archive.sources.addImported([importedSource(ARTICLE)]))[0]?.status).toBe('added');
  });
});
