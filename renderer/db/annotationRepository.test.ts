import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/index.js';
import { annotationsForSource } from './annotationQueries.js';
import type { Archive } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { notesForCase } from './noteQueries.js';
import { sha256Hex } from './sha256Hex.js';
import { ARTICLE, importedSource, openTestArchive, quote, must } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

describe('annotations', () => {
  it('create, list in text order, update the note, remove with a tombstone', async () => {
    ({ archive, db } = await openTestArchive());
    const [r] = await archive.sources.addImported([importedSource(ARTICLE)]);
    const sourceId = must(r).id;
    const later = await archive.annotations.create({
      sourceId,
      selector: quote(ARTICLE, 'Ihar Losik'),
      note: 'second',
    });
    const earlier = await archive.annotations.create({
      sourceId,
      selector: quote(ARTICLE, 'Статкевіч'),
      note: 'first',
    });
    const views = await annotationsForSource(db, sourceId);
    expect(views.map((v) => v.id)).toEqual([earlier, later]);
    expect(views[0]).toMatchObject({
      sourceSha256: sha256Hex(ARTICLE),
      sourceTextChanged: false,
      anchor: { status: 'anchored' },
    });

    await archive.annotations.update(earlier, 'the name in Belarusian');
    expect((await db.annotations.get(earlier))?.note).toBe('the name in Belarusian');
    expect(await archive.archive.revisionsOf('annotation', earlier)).toHaveLength(2);

    await archive.annotations.remove(later);
    expect((await annotationsForSource(db, sourceId)).map((v) => v.id)).toEqual([earlier]);
    expect((await archive.archive.revisionsOf('annotation', later)).at(-1)?.deleted).toBe(true);
    await expect(
      archive.annotations.create({
        sourceId,
        selector: { ...quote(ARTICLE, 'Ihar'), exact: 'Igor' },
        note: '',
      }),
    ).rejects.toMatchObject({ field: 'selector' });
    await expect(archive.annotations.update(newId(), 'x')).rejects.toThrow(
      'there is no annotation',
    );
  });
});

describe('notes', () => {
  it('create on an existing case, update body and privacy, remove with a tombstone', async () => {
    ({ archive, db } = await openTestArchive());
    const caseId = await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    const a = await archive.notes.create({
      caseId,
      body: '# Visit\nSeen in **Navapolatsk**.',
      private: true,
    });
    const b = await archive.notes.create({ caseId, body: 'second', private: false });
    expect((await notesForCase(db, caseId)).map((n) => [n.id, n.private])).toEqual([
      [a, true],
      [b, false],
    ]);
    await archive.notes.update(a, { private: false });
    await archive.notes.update(a, { body: 'edited' });
    expect(await db.notes.get(a)).toMatchObject({ body: 'edited', private: false, caseId });
    expect(await archive.archive.revisionsOf('note', a)).toHaveLength(3);
    await archive.notes.remove(b);
    expect((await notesForCase(db, caseId)).map((n) => n.id)).toEqual([a]);
    await expect(
      archive.notes.create({ caseId: newId(), body: 'x', private: false }),
    ).rejects.toMatchObject({ field: 'caseId' });
    await expect(archive.notes.update(a, { body: 'x'.repeat(200001) })).rejects.toMatchObject({
      field: 'body',
    });
    expect(await notesForCase(db, null)).toEqual([]);
  });
});
