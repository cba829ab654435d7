import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Revision } from '../../shared/model/index.js';
import { newId, nowIso } from '../../shared/model/index.js';
import type { Archive } from './archiveTypes.js';
import { citationsForCase, citationsForSource } from './citationQueries.js';
import { dumpDatabase } from './dumpDatabase.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { valueOf } from './recordStore.js';
import { sha256Hex } from './sha256Hex.js';
import { ARTICLE, importedSource, openTestArchive, quote, must } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

async function setUp() {
  ({ archive, db } = await openTestArchive());
  const [r] = await archive.sources.addImported([importedSource(ARTICLE, 'nn.txt', 'Nasha Niva')]);
  const statusId = newId();
  const caseId = await archive.caseFiles.create({
    names: [{ text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' }],
    statusHistory: [{ id: statusId, status: 'released', date: '2025-09-11', note: '' }],
  });
  return { sourceId: must(r).id, caseId, statusId };
}

/** A colleague's new version of the source text, arriving as revisions (as from a bundle). */
async function replaceText(sourceId: string, text: string): Promise<void> {
  const row = must(await db.sources.get(sourceId));
  const revision: Revision = {
    id: newId(),
    entity: 'source',
    recordId: sourceId,
    parents: row.meta.heads,
    at: nowIso(),
    by: { id: newId(), name: 'Colleague' },
    deleted: false,
    data: { ...valueOf(row), sha256: sha256Hex(text), length: Array.from(text).length },
  };
  await archive.archive.applyRevisions([revision], [{ sha256: sha256Hex(text), text }], {
    bundleId: newId(),
  });
}

describe('citations', () => {
  it('create stores the selector and the hash of the text it was made on; views anchor it', async () => {
    const { sourceId, caseId, statusId } = await setUp();
    const selector = quote(ARTICLE, 'пакінуць Беларусь 🙂');
    const id = await archive.citations.create({
      caseId,
      fact: { field: 'statusHistory', entryId: statusId },
      sourceId,
      selector,
      note: 'in Belarusian',
    });
    const row = await db.citations.get(id);
    expect(row).toMatchObject({
      caseId,
      sourceId,
      selector,
      sourceSha256: sha256Hex(ARTICLE),
      note: 'in Belarusian',
    });
    const [view] = await citationsForCase(db, caseId);
    expect(view).toMatchObject({
      id,
      caseName: 'Mikalai Statkevich',
      sourceTitle: 'Nasha Niva',
      sourceTextChanged: false,
    });
    expect(view?.anchor).toMatchObject({
      status: 'anchored',
      start: selector.start,
      end: selector.end,
      contextMatches: true,
    });
    if (view?.anchor.status === 'anchored')
      expect(ARTICLE.slice(view.anchor.start16, view.anchor.end16)).toBe('пакінуць Беларусь 🙂');
    expect((await citationsForSource(db, sourceId)).map((c) => c.id)).toEqual([id]);
    expect(await citationsForCase(db, null)).toEqual([]);
  });

  it('create refuses a missing case or source, an unknown fact entry, a quote not in the text', async () => {
    const { sourceId, caseId } = await setUp();
    const before = await dumpDatabase(db);
    const selector = quote(ARTICLE, 'Ihar Losik');
    const fact = { field: 'occupation' as const, entryId: null };
    await expect(
      archive.citations.create({ caseId: newId(), fact, sourceId, selector }),
    ).rejects.toMatchObject({ field: 'caseId' });
    await expect(
      archive.citations.create({ caseId, fact, sourceId: newId(), selector }),
    ).rejects.toMatchObject({ field: 'sourceId' });
    await expect(
      archive.citations.create({
        caseId,
        fact: { field: 'statusHistory', entryId: newId() },
        sourceId,
        selector,
      }),
    ).rejects.toMatchObject({ field: 'fact' });
    await expect(
      archive.citations.create({
        caseId,
        fact: { field: 'statusHistory', entryId: null },
        sourceId,
        selector,
      }),
    ).rejects.toMatchObject({ field: 'fact' });
    await expect(
      archive.citations.create({
        caseId,
        fact,
        sourceId,
        selector: { ...selector, exact: 'Ihar Losick' },
      }),
    ).rejects.toMatchObject({ field: 'selector' });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('flips to needs_review when the source text changes and the quote is gone, and only then', async () => {
    const { sourceId, caseId } = await setUp();
    const fact = { field: 'occupation' as const, entryId: null };
    const gone = await archive.citations.create({
      caseId,
      fact,
      sourceId,
      selector: quote(ARTICLE, 'stayed at the border'),
    });
    const kept = await archive.citations.create({
      caseId,
      fact,
      sourceId,
      selector: quote(ARTICLE, 'refused to leave Belarus'),
    });
    await replaceText(
      sourceId,
      ARTICLE.replace('stayed at the border', 'remained near the frontier').replace(
        'Mikalai',
        'Mikola',
      ),
    );
    const views = new Map((await citationsForCase(db, caseId)).map((v) => [v.id, v]));
    expect(views.get(gone)).toMatchObject({
      sourceTextChanged: true,
      anchor: { status: 'needs_review', reason: 'quote_not_found' },
    });
    expect(views.get(kept)).toMatchObject({
      sourceTextChanged: true,
      anchor: { status: 'anchored', contextMatches: false },
    }); // its surroundings were edited
    // The old text version stays, for anyone who needs to see what was quoted.
    expect(await db.sourceTexts.get(sha256Hex(ARTICLE))).toBeDefined();
  });

  it('shows needs_review (not an error) when the source was deleted elsewhere', async () => {
    const { sourceId, caseId } = await setUp();
    const id = await archive.citations.create({
      caseId,
      fact: { field: 'occupation', entryId: null },
      sourceId,
      selector: quote(ARTICLE, 'Ihar Losik'),
    });
    await db.sources.delete(sourceId); // as if a merge left the citation without its source row
    expect((await citationsForCase(db, caseId))[0]).toMatchObject({
      id,
      sourceTitle: '',
      anchor: { status: 'needs_review' },
    });
  });

  it('remove leaves a tombstone', async () => {
    const { sourceId, caseId } = await setUp();
    const id = await archive.citations.create({
      caseId,
      fact: { field: 'occupation', entryId: null },
      sourceId,
      selector: quote(ARTICLE, 'Ihar Losik'),
    });
    await archive.citations.remove(id);
    expect(await citationsForCase(db, caseId)).toEqual([]);
    expect((await archive.archive.revisionsOf('citation', id)).map((r) => r.deleted)).toEqual([
      false,
      true,
    ]);
    await expect(archive.citations.remove(id)).rejects.toThrow('there is no citation');
  });
});
