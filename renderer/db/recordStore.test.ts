import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Revision } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import type { Archive } from './archiveTypes.js';
import { citationsForCase } from './citationQueries.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { listCases } from './caseQueries.js';
import { sameValue } from './sameValue.js';
import { sha256Hex } from './sha256Hex.js';
import { valueOf } from './recordStore.js';
import { ARTICLE, importedSource, openTestArchive, quote, must } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

describe('writes on a record with concurrent heads', () => {
  it('a local edit keeps the fork: it descends from the shown head, and the conflict stays open', async () => {
    ({ archive, db } = await openTestArchive());
    const tagId = await archive.tags.create('Base');
    const [base] = await archive.archive.revisionsOf('tag', tagId);
    const fork = (name: string, at: string): Revision => ({
      id: newId(),
      entity: 'tag',
      recordId: tagId,
      parents: [must(base).id],
      at,
      by: { id: newId(), name },
      deleted: false,
      data: { id: tagId, name, description: '' },
    });
    const left = fork('Left', '2030-01-01T00:00:00.000Z');
    const right = fork('Right', '2030-01-02T00:00:00.000Z');
    await archive.archive.applyRevisions([left, right], [], { bundleId: newId() });
    expect((await db.tags.get(tagId))?.meta.heads.sort()).toEqual([left.id, right.id].sort());
    // Both names are kept side by side (the shared merge's conflict), none silently dropped.
    const namesInConflict = async () =>
      must(await db.tags.get(tagId))
        .meta.conflicts.find((c) => c.path === 'name')
        ?.versions.map((v) => v.value)
        .sort();
    expect(await namesInConflict()).toEqual(['Left', 'Right']);

    // Saving the shown value again decides nothing, so it writes nothing.
    const before = await archive.archive.revisionsOf('tag', tagId);
    await archive.tags.rename(tagId, must(await db.tags.get(tagId)).name);
    expect(await archive.archive.revisionsOf('tag', tagId)).toHaveLength(before.length);

    // Editing another field is recorded on top of the shown head only: the name conflict stays.
    await archive.archive.applyRevisions([], [], { bundleId: null });
    const tag = must(await db.tags.get(tagId));
    await db.transaction('rw', db.tables, async () => {
      const { writeRecord } = await import('./recordStore.js');
      await writeRecord(
        db,
        'tag',
        { ...valueOf(tag), description: 'Political parties' },
        {
          id: newId(),
          name: 'Carol',
        },
      );
    });
    const revisions = await archive.archive.revisionsOf('tag', tagId);
    const edit = must(revisions.find((r) => r.by.name === 'Carol'));
    expect(edit.parents).toEqual([right.id]);
    const row = must(await db.tags.get(tagId));
    expect(row.meta.heads.sort()).toEqual([left.id, edit.id].sort());
    expect(row.description).toBe('Political parties');
    expect(await namesInConflict()).toEqual(['Left', 'Right']);
  });
});

describe('live queries', () => {
  it('re-run when any table they read changes, including through an import', async () => {
    ({ archive, db } = await openTestArchive());
    const [r] = await archive.sources.addImported([importedSource(ARTICLE)]);
    const caseId = await archive.caseFiles.create({
      names: [{ text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' }],
    });
    await archive.citations.create({
      caseId,
      fact: { field: 'occupation', entryId: null },
      sourceId: must(r).id,
      selector: quote(ARTICLE, 'stayed at the border'),
    });

    const statuses: string[] = [];
    const names: string[][] = [];
    const subs = [
      liveQuery(() => citationsForCase(db, caseId)).subscribe((views) =>
        statuses.push(views.map((v) => v.anchor.status).join()),
      ),
      liveQuery(() => listCases(db)).subscribe((rows) =>
        names.push(rows.map((c) => must(c.names[0]).text)),
      ),
    ];
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    const row = must(await db.sources.get(must(r).id));
    const text = ARTICLE.replace('stayed at the border', 'left');
    await archive.archive.applyRevisions(
      [
        {
          id: newId(),
          entity: 'source',
          recordId: must(r).id,
          parents: row.meta.heads,
          at: '2030-01-01T00:00:00.000Z',
          by: { id: newId(), name: 'C' },
          deleted: false,
          data: { ...valueOf(row), sha256: sha256Hex(text) },
        },
      ],
      [{ sha256: sha256Hex(text), text }],
      { bundleId: newId() },
    );
    await settle();
    subs.forEach((s) => s.unsubscribe());
    expect(statuses[0]).toBe('anchored');
    expect(statuses.at(-1)).toBe('needs_review');
    expect(names.at(-1)).toEqual(['Ihar Losik', 'Mikalai Statkevich']);
  });
});

describe('sameValue', () => {
  it('compares JSON-like values deeply, ignoring key order', () => {
    expect(sameValue({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
