import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Revision, Tag } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import type { ApplyProgress } from './applyRevisions.js';
import { applyCheckedBatch } from './applyRevisions.js';
import type { Archive } from './archiveTypes.js';
import { dumpDatabase } from './dumpDatabase.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { sha256Hex } from './sha256Hex.js';
import {
  ARTICLE,
  articleSource,
  mutationMiddleware,
  openTestArchive,
  quote,
  must,
  testRevision,
} from './testArchive.js';

const alice: Actor = { id: newId(), name: 'Alice' };
const bob: Actor = { id: newId(), name: 'Bob' };

function revision(
  entity: Revision['entity'],
  data: { id: string; [field: string]: unknown } | null,
  over: Partial<Revision> = {},
): Revision {
  return testRevision(entity, data?.id ?? newId(), data, { by: alice, ...over });
}

function tag(name: string, id = newId()): Tag {
  return { id, name, description: '' };
}

/** A small history: a source with its text, a case, a citation, a tag renamed, a note deleted. */
function batch() {
  const sha256 = sha256Hex(ARTICLE);
  const source = articleSource();

  const caseFile = {
    id: newId(),
    names: [
      {
        id: newId(),
        text: 'Mikalai Statkevich',
        script: 'latin' as const,
        kind: 'primary' as const,
      },
    ],
    birthDate: '1956',
    gender: 'male' as const,
    occupation: 'politician',
    affiliations: [],
    statusHistory: [],
    events: [],
    legalCases: [],
    detention: [],
    tagIds: [],
    photoSha256: null,
  };
  const citation = {
    id: newId(),
    caseId: caseFile.id,
    fact: { field: 'occupation' as const, entryId: null },
    sourceId: source.id,
    selector: quote(ARTICLE, 'Mikalai Statkevich'),
    sourceSha256: sha256,
    note: '',
  };
  const t = tag('Belarus');
  const tagV1 = revision('tag', t);
  const tagV2 = revision(
    'tag',
    { ...t, name: 'Belarus 2025' },
    { parents: [tagV1.id], at: '2025-09-13T10:00:00.000Z', by: bob },
  );
  const note = { id: newId(), caseId: caseFile.id, body: 'x', private: false };
  const noteV1 = revision('note', note);
  const noteGone = revision('note', null, {
    recordId: note.id,
    parents: [noteV1.id],
    at: '2025-09-14T10:00:00.000Z',
  });
  return {
    source,
    caseFile,
    citation,
    tag: t,
    note,
    texts: [{ sha256, text: ARTICLE }],
    revisions: [
      revision('source', source),
      revision('case', caseFile),
      revision('citation', citation),
      tagV1,
      tagV2,
      noteV1,
      noteGone,
    ],
  };
}

let current: { archive: Archive; db: KartotekaDb } | null = null;
async function open(options?: Parameters<typeof openTestArchive>[0]) {
  current = await openTestArchive(options);
  return current;
}
afterEach(async () => {
  await current?.db.delete();
  current = null;
});

describe('applyRevisions', () => {
  it('stores revisions, texts and origins, and computes the rows from them', async () => {
    const { archive, db } = await open();
    const b = batch();
    const bundleId = newId();
    const result = await archive.archive.applyRevisions(b.revisions, b.texts, { bundleId });
    expect(result).toEqual({ added: 7, skipped: 0, touchedRecords: 5 });
    expect(await db.sourceTexts.get(b.source.sha256)).toEqual({
      sha256: b.source.sha256,
      text: ARTICLE,
    });
    expect((await db.tags.get(b.tag.id))?.name).toBe('Belarus 2025');
    expect((await db.tags.get(b.tag.id))?.meta).toMatchObject({
      createdBy: alice,
      updatedBy: bob,
      heads: [b.revisions[4]?.id],
    });
    expect(await db.notes.get(b.note.id)).toBeUndefined(); // tombstoned
    expect(await archive.archive.revisionsOf('note', b.note.id)).toHaveLength(2); // history kept
    expect((await db.citations.get(b.citation.id))?.selector).toEqual(b.citation.selector);
    expect(await archive.archive.originOf(must(b.revisions[0]).id)).toMatchObject({ bundleId });
  });

  it('applying the same batch twice changes nothing', async () => {
    const { archive, db } = await open();
    const b = batch();
    await archive.archive.applyRevisions(b.revisions, b.texts, { bundleId: null });
    const once = await dumpDatabase(db);
    const again = await archive.archive.applyRevisions(b.revisions, b.texts, { bundleId: newId() });
    expect(again).toEqual({ added: 0, skipped: 7, touchedRecords: 0 });
    expect(await dumpDatabase(db)).toEqual(once);
  });

  it('gives the same rows whatever order two batches arrive in', async () => {
    const b = batch();
    const half = [b.revisions.slice(0, 4), b.revisions.slice(4)] as const;
    const a = await open();
    await a.archive.archive.applyRevisions(half[0], b.texts, { bundleId: null });
    await a.archive.archive.applyRevisions(half[1], [], { bundleId: null });
    const forward = await dumpDatabase(a.db);
    await a.db.delete();
    const c = await open();
    await c.archive.archive.applyRevisions(half[1], [], { bundleId: null });
    await c.archive.archive.applyRevisions(half[0], b.texts, { bundleId: null });
    const backward = await dumpDatabase(c.db);
    // Origins record when each revision arrived, and the search journal (searchIndex) when
    // each write happened, which differ; everything else is equal.
    const { revisionOrigins: _f, searchIndex: _fs, ...f } = forward;
    const { revisionOrigins: _b, searchIndex: _bs, ...r } = backward;
    expect(r).toEqual(f);
  });

  it('rejects the whole batch when one revision breaks its schema, naming the record, and writes nothing', async () => {
    const { archive, db } = await open();
    await archive.tags.create('Existing');
    const before = await dumpDatabase(db);
    const b = batch();
    const bad = revision('case', { ...b.caseFile, id: newId(), birthDate: '1956-13' });
    const attempt = archive.archive.applyRevisions([...b.revisions, bad], b.texts, {
      bundleId: null,
    });
    await expect(attempt).rejects.toBeInstanceOf(KartotekaDataError);
    await expect(attempt).rejects.toThrow(`case ${bad.recordId}`);
    await expect(attempt).rejects.toMatchObject({ field: 'birthDate' });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('rejects data that is another record, a tombstone with data, a text whose hash lies, a source without its text', async () => {
    const { archive, db } = await open();
    const before = await dumpDatabase(db);
    const b = batch();
    const t = tag('x');
    const cases: [Revision[], { sha256: string; text: string }[], string][] = [
      [[revision('tag', t, { recordId: newId() })], [], 'its data is record'],
      [[revision('tag', null, { data: t, deleted: true })], [], 'a deletion carries no data'],
      [b.revisions, [{ sha256: sha256Hex('other'), text: ARTICLE }], 'does not match its SHA-256'],
      [b.revisions, [], 'is neither in the archive nor in the batch'],
      [[{ ...revision('tag', t), at: 'yesterday' }], [], 'revision #1'],
    ];
    for (const [revisions, texts, message] of cases) {
      await expect(
        archive.archive.applyRevisions(revisions, texts, { bundleId: null }),
      ).rejects.toThrow(message);
      expect(await dumpDatabase(db)).toEqual(before);
    }
  });

  it('leaves the archive unchanged when a write fails in the middle of the transaction', async () => {
    let armed = false;
    // Fails the row writes after the revisions, origins and texts went in.
    const { archive, db } = await open(failingOn('citations', () => armed));
    await archive.tags.create('Existing');
    const before = await dumpDatabase(db);
    armed = true;
    const b = batch();
    await expect(
      archive.archive.applyRevisions(b.revisions, b.texts, { bundleId: newId() }),
    ).rejects.toThrow('disk full');
    armed = false;
    expect(await dumpDatabase(db)).toEqual(before);
    // And the same batch goes in whole once the fault is gone.
    expect(
      (await archive.archive.applyRevisions(b.revisions, b.texts, { bundleId: null })).added,
    ).toBe(7);
  });

  it('recomputes from the union with local history: an imported edit on top of a local one wins', async () => {
    const { archive, db } = await open();
    const id = await archive.tags.create('Local');
    const [local] = await archive.archive.revisionsOf('tag', id);
    const remote = revision(
      'tag',
      { id, name: 'Remote', description: 'from Bob' },
      { parents: [must(local).id], at: '2999-01-01T00:00:00.000Z', by: bob },
    );
    await archive.archive.applyRevisions([remote], [], { bundleId: newId() });
    expect(await db.tags.get(id)).toMatchObject({
      name: 'Remote',
      meta: { heads: [remote.id], updatedBy: bob },
    });
  });
});

/** The tables an import writes, without origins (they record when each revision arrived). */
async function content(db: KartotekaDb) {
  const { revisionOrigins: _o, searchIndex: _s, settings: _t, ...rest } = await dumpDatabase(db);
  return rest;
}

/** Fails every write to `table` while `when()` holds (a full disk, a closed app). */
function failingOn(table: string, when: () => boolean): { middleware: Middleware<DBCore>[] } {
  return {
    middleware: [
      mutationMiddleware('fault-injection', (name, req, next) =>
        when() && name === table ? Promise.reject(new Error('disk full')) : next(req),
      ),
    ],
  };
}

describe('applyCheckedBatch (bundles, already checked by readBundle)', () => {
  it('writes what applyRevisions writes, and reports its progress up to the totals', async () => {
    const b = batch();
    const a = await open();
    await a.archive.archive.applyRevisions(b.revisions, b.texts, { bundleId: null });
    const expected = await content(a.db);
    await a.db.delete();
    const { db } = await open();
    const seen: ApplyProgress[] = [];
    const result = await applyCheckedBatch(db, b, { bundleId: newId() }, (p) => seen.push(p));
    expect(result).toEqual({ added: 7, skipped: 0, touchedRecords: 5 });
    expect(await content(db)).toEqual(expected);
    expect(seen.at(0)).toEqual({ phase: 'revisions', done: 0, total: 7 });
    expect(seen).toContainEqual({ phase: 'revisions', done: 7, total: 7 });
    expect(seen.at(-1)).toEqual({ phase: 'records', done: 5, total: 5 });
  });

  it('leaves the archive unchanged when a write fails after the revisions went in', async () => {
    let armed = false;
    const { archive, db } = await open(failingOn('citations', () => armed));
    await archive.tags.create('Existing');
    const before = await dumpDatabase(db);
    armed = true;
    const b = batch();
    await expect(applyCheckedBatch(db, b, { bundleId: newId() })).rejects.toThrow('disk full');
    armed = false;
    expect(await dumpDatabase(db)).toEqual(before);
    expect((await applyCheckedBatch(db, b, { bundleId: newId() })).added).toBe(7);
  });

  it('leaves the archive unchanged when the revision packs cannot be written', async () => {
    let armed = false;
    const { archive, db } = await open(failingOn('revisionPacks', () => armed));
    await archive.tags.create('Existing');
    const before = await dumpDatabase(db);
    armed = true;
    await expect(applyCheckedBatch(db, batch(), { bundleId: newId() })).rejects.toThrow(
      'disk full',
    );
    armed = false;
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses a source whose text is neither carried nor held, and writes nothing', async () => {
    const { db } = await open();
    const before = await dumpDatabase(db);
    const b = batch();
    await expect(applyCheckedBatch(db, { ...b, texts: [] }, { bundleId: null })).rejects.toThrow(
      'is neither in the archive nor in the batch',
    );
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('gives the same rows however a history is cut into batches and in whatever order they come', async () => {
    const b = batch();
    const whole = await open();
    await applyCheckedBatch(whole.db, b, { bundleId: null });
    const expected = await content(whole.db);
    await whole.db.delete();
    current = null;
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(b.revisions, { minLength: b.revisions.length }),
        fc.array(fc.nat(b.revisions.length), { maxLength: 3 }),
        async (order, cuts) => {
          const { db } = await openTestArchive();
          try {
            const bounds = [0, ...[...cuts].sort((x, y) => x - y), order.length];
            for (let i = 0; i + 1 < bounds.length; i++) {
              const part = order.slice(bounds[i], bounds[i + 1]);
              await applyCheckedBatch(db, { revisions: part, texts: b.texts }, { bundleId: null });
            }
            expect(await content(db)).toEqual(expected);
          } finally {
            await db.delete();
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('merges with stored histories when a batch touches thousands of records', async () => {
    const { db } = await open();
    const tags = Array.from({ length: 2100 }, (_, i) => tag(`t${i}`));
    const first = tags.map((t) => revision('tag', t));
    // A few records already exist: the import's edits land on top of their stored history.
    await applyCheckedBatch(db, { revisions: first.slice(0, 10), texts: [] }, { bundleId: null });
    await applyCheckedBatch(db, { revisions: first, texts: [] }, { bundleId: null });
    expect(await db.tags.count()).toBe(2100);
    // Every record exists now: the whole history is scanned once, and the edits win.
    const edits = first.map((r, i) =>
      revision(
        'tag',
        { ...must(tags[i]), name: `renamed ${i}` },
        {
          parents: [r.id],
          at: '2025-09-13T10:00:00.000Z',
          by: bob,
        },
      ),
    );
    const result = await applyCheckedBatch(db, { revisions: edits, texts: [] }, { bundleId: null });
    expect(result).toEqual({ added: 2100, skipped: 0, touchedRecords: 2100 });
    expect((await db.tags.get(must(tags[2099]).id))?.name).toBe('renamed 2099');
    expect((await db.tags.get(must(tags[3]).id))?.meta.heads).toEqual([must(edits[3]).id]);
  });
});
