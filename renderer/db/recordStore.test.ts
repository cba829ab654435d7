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
  it('a local edit names every head as its parent, resolving the fork', async () => {
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
    const conflict = must(await db.tags.get(tagId)).meta.conflicts.find((c) => c.path === 'name');
    expect(conflict?.versions.map((v) => v.value).sort()).toEqual(['Left', 'Right']);

    // Even an edit that keeps the shown value is recorded: it is the decision between the heads.
    // (The conflict goes with it.)
    await archive.tags.rename(tagId, must(await db.tags.get(tagId)).name);
    const revisions = await archive.archive.revisionsOf('tag', tagId);
    // Made "now", before the forks' timestamps: the history order still puts it last.
    const resolution = must(revisions.at(-1));
    expect([must(base).id, left.id, right.id]).not.toContain(resolution.id);
    expect(resolution.parents.sort()).toEqual([left.id, right.id].sort());
    expect((await db.tags.get(tagId))?.meta.heads).toEqual([resolution.id]);
    expect(must(await db.tags.get(tagId)).meta.conflicts).toEqual([]);
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
