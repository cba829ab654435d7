import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/index.js';
import type { Archive } from './archiveTypes.js';
import { getCase, listCases } from './caseQueries.js';
import { dumpDatabase } from './dumpDatabase.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { ARTICLE, importedSource, openTestArchive, quote, must } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});
async function open() {
  ({ archive, db } = await openTestArchive());
}

const statkevich = {
  names: [{ text: 'Mikalai Statkevich', script: 'latin' as const, kind: 'primary' as const }],
};

describe('caseFiles', () => {
  it('create fills the defaults, gives names ids and records a first revision by the actor', async () => {
    await open();
    const id = await archive.caseFiles.create({
      names: [...statkevich.names, { text: 'Мікалай Статкевіч', script: 'be', kind: 'primary' }],
      birthDate: '1956-08',
      gender: undefined,
    });
    const row = await getCase(db, id);
    expect(row).toMatchObject({
      id,
      birthDate: '1956-08',
      gender: null,
      occupation: '',
      tagIds: [],
      photoSha256: null,
    });
    expect(row?.names.map((n) => n.text)).toEqual(['Mikalai Statkevich', 'Мікалай Статкевіч']);
    expect(new Set(row?.names.map((n) => n.id)).size).toBe(2);
    const actor = await archive.settings.getActor();
    const revisions = await archive.archive.revisionsOf('case', id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ parents: [], by: actor, deleted: false, data: { id } });
    expect(row?.meta).toMatchObject({
      createdBy: actor,
      updatedBy: actor,
      heads: [revisions[0]?.id],
      conflicts: [],
    });
    expect(await archive.archive.originOf(must(revisions[0]).id)).toMatchObject({ bundleId: null });
  });

  it('create rejects invalid input with the field, and writes nothing', async () => {
    await open();
    const before = await dumpDatabase(db);
    await expect(archive.caseFiles.create({ names: [] })).rejects.toMatchObject({
      name: 'KartotekaDataError',
      field: 'names',
    });
    await expect(
      archive.caseFiles.create({ ...statkevich, birthDate: '1956-02-30' }),
    ).rejects.toMatchObject({ field: 'birthDate' });
    await expect(
      archive.caseFiles.create({ ...statkevich, tagIds: [newId()] }),
    ).rejects.toMatchObject({ field: 'tagIds' });
    await expect(
      archive.caseFiles.create({ names: [{ text: '', script: 'latin', kind: 'primary' }] }),
    ).rejects.toMatchObject({ field: 'names.0.text' });
    // The failed calls did not even create the actor profile.
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('update adds a revision whose parent is the previous head; a no-op adds none', async () => {
    await open();
    const id = await archive.caseFiles.create(statkevich);
    await archive.caseFiles.update(id, (c) => ({ ...c, occupation: 'politician' }));
    await archive.caseFiles.update(id, (c) => {
      c.statusHistory.push({ id: newId(), status: 'released', date: '2025-09-11', note: '' });
      return c;
    });
    await archive.caseFiles.update(id, (c) => c);
    const revisions = await archive.archive.revisionsOf('case', id);
    expect(revisions).toHaveLength(3);
    expect(revisions[1]?.parents).toEqual([revisions[0]?.id]);
    expect(revisions[2]?.parents).toEqual([revisions[1]?.id]);
    const row = await getCase(db, id);
    expect(row).toMatchObject({
      occupation: 'politician',
      statusHistory: [{ status: 'released' }],
    });
    expect(row?.meta.heads).toEqual([revisions[2]?.id]);
  });

  it('update refuses a changed id or an invalid value, leaving the case as it was', async () => {
    await open();
    const id = await archive.caseFiles.create(statkevich);
    const before = await dumpDatabase(db);
    await expect(
      archive.caseFiles.update(id, (c) => ({ ...c, id: newId() })),
    ).rejects.toMatchObject({ field: 'id' });
    await expect(
      archive.caseFiles.update(id, (c) => ({ ...c, gender: 'unknown' as never })),
    ).rejects.toBeInstanceOf(KartotekaDataError);
    await expect(archive.caseFiles.update(newId(), (c) => c)).rejects.toThrow('there is no case');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('remove tombstones the case, its citations and its notes, and keeps every revision', async () => {
    await open();
    const id = await archive.caseFiles.create(statkevich);
    const other = await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    const [added] = await archive.sources.addImported([importedSource(ARTICLE)]);
    const sourceId = must(added).id;
    const citationId = await archive.citations.create({
      caseId: id,
      fact: { field: 'occupation', entryId: null },
      sourceId,
      selector: quote(ARTICLE, 'refused to leave Belarus'),
    });
    const keptCitation = await archive.citations.create({
      caseId: other,
      fact: { field: 'occupation', entryId: null },
      sourceId,
      selector: quote(ARTICLE, 'RFE/RL journalist'),
    });
    const noteId = await archive.notes.create({ caseId: id, body: 'n', private: false });

    await archive.caseFiles.remove(id);
    expect(await getCase(db, id)).toBeNull();
    expect(await db.citations.get(citationId)).toBeUndefined();
    expect(await db.notes.get(noteId)).toBeUndefined();
    expect(await db.citations.get(keptCitation)).toBeDefined();
    for (const [entity, recordId] of [
      ['case', id],
      ['citation', citationId],
      ['note', noteId],
    ] as const) {
      const revisions = await archive.archive.revisionsOf(entity, recordId);
      expect(revisions).toHaveLength(2);
      expect(revisions[1]).toMatchObject({
        deleted: true,
        data: null,
        parents: [revisions[0]?.id],
      });
    }
    await expect(archive.caseFiles.remove(id)).rejects.toThrow('there is no case');
  });
});

describe('listCases', () => {
  it('sorts by display name across scripts and filters by tag', async () => {
    await open();
    const tagId = await archive.tags.create('Released 2025');
    const names = ['Ihar Losik', 'Ales Bialiatski', 'Maria Kalesnikava'];
    const ids: string[] = [];
    for (const text of names)
      ids.push(
        await archive.caseFiles.create({ names: [{ text, script: 'latin', kind: 'primary' }] }),
      );
    await archive.caseFiles.create({
      names: [{ text: 'Мікалай Статкевіч', script: 'be', kind: 'primary' }],
    });
    await archive.tags.setOnCases([must(ids[0]), must(ids[2])], tagId, true);
    expect((await listCases(db)).map((c) => c.names[0]?.text)).toEqual([
      'Ales Bialiatski',
      'Ihar Losik',
      'Maria Kalesnikava',
      'Мікалай Статкевіч',
    ]);
    expect((await listCases(db, { tagId })).map((c) => c.names[0]?.text)).toEqual([
      'Ihar Losik',
      'Maria Kalesnikava',
    ]);
    expect(await listCases(db, { tagId: null })).toHaveLength(4);
  });
});
