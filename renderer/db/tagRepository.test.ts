import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/index.js';
import type { Archive } from './archiveTypes.js';
import { dumpDatabase } from './dumpDatabase.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { listTags } from './tagQueries.js';
import { openTestArchive } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

async function withCases<N extends string[]>(...names: N): Promise<{ [K in keyof N]: string }> {
  ({ archive, db } = await openTestArchive());
  const ids: string[] = [];
  for (const text of names)
    ids.push(
      await archive.caseFiles.create({ names: [{ text, script: 'latin', kind: 'primary' }] }),
    );
  return ids as { [K in keyof N]: string };
}

const tagsOf = async (id: string) => (await db.cases.get(id))?.tagIds;

describe('tags', () => {
  it('create trims the name and refuses a name taken in any case', async () => {
    await withCases();
    const id = await archive.tags.create('  Released 2025 ');
    expect((await db.tags.get(id))?.name).toBe('Released 2025');
    await expect(archive.tags.create('released 2025')).rejects.toMatchObject({
      field: 'name',
      message: expect.stringContaining('Released 2025'),
    });
    await expect(archive.tags.create('   ')).rejects.toMatchObject({ field: 'name' });
    expect(await db.tags.count()).toBe(1);
  });

  it('rename keeps the id, allows a change of case of its own name, refuses another tag’s name', async () => {
    await withCases();
    const id = await archive.tags.create('journalist');
    await archive.tags.create('Belarus');
    await archive.tags.rename(id, 'Journalist');
    expect((await db.tags.get(id))?.name).toBe('Journalist');
    await expect(archive.tags.rename(id, 'BELARUS')).rejects.toMatchObject({ field: 'name' });
    expect(
      (await archive.archive.revisionsOf('tag', id)).map((r) => (r.data as { name: string }).name),
    ).toEqual(['journalist', 'Journalist']);
  });

  it('setOnCases adds and removes a tag in bulk, touching only cases that change', async () => {
    const [a, b, c] = await withCases('A', 'B', 'C');
    const tagId = await archive.tags.create('Belarus');
    await archive.tags.setOnCases([a, b], tagId, true);
    await archive.tags.setOnCases([a, b, c], tagId, true);
    expect([await tagsOf(a), await tagsOf(b), await tagsOf(c)]).toEqual([
      [tagId],
      [tagId],
      [tagId],
    ]);
    expect(await archive.archive.revisionsOf('case', a)).toHaveLength(2); // the second call changed nothing for a
    await archive.tags.setOnCases([a, c], tagId, false);
    expect([await tagsOf(a), await tagsOf(b), await tagsOf(c)]).toEqual([[], [tagId], []]);
    const before = await dumpDatabase(db);
    await expect(archive.tags.setOnCases([b, newId()], tagId, false)).rejects.toMatchObject({
      field: 'caseIds',
    });
    await expect(archive.tags.setOnCases([a], newId(), true)).rejects.toMatchObject({
      field: 'tagId',
    });
    expect(await dumpDatabase(db)).toEqual(before); // b was not untagged: all or nothing
  });

  it('merge re-tags every case with the target (no repeats) and deletes the merged tag, in one go', async () => {
    const [a, b, c] = await withCases('A', 'B', 'C');
    const from = await archive.tags.create('journalists');
    const into = await archive.tags.create('Journalist');
    const other = await archive.tags.create('Belarus');
    await archive.tags.setOnCases([a, b], from, true);
    await archive.tags.setOnCases([b, c], into, true);
    await archive.tags.setOnCases([a], other, true);
    await archive.tags.merge(from, into);
    expect(await tagsOf(a)).toEqual([into, other]);
    expect(await tagsOf(b)).toEqual([into]);
    expect(await tagsOf(c)).toEqual([into]);
    expect(await db.tags.get(from)).toBeUndefined();
    expect((await archive.archive.revisionsOf('tag', from)).at(-1)?.deleted).toBe(true);
    expect((await listTags(db)).map((t) => [t.name, t.caseCount])).toEqual([
      ['Belarus', 1],
      ['Journalist', 3],
    ]);
    await expect(archive.tags.merge(into, into)).rejects.toMatchObject({ field: 'intoId' });
    await expect(archive.tags.merge(from, into)).rejects.toMatchObject({ field: 'fromId' });
  });

  it('a merge that fails part-way re-tags nobody', async () => {
    const [a, b] = await withCases('A', 'B');
    const from = await archive.tags.create('x');
    await archive.tags.setOnCases([a, b], from, true);
    const before = await dumpDatabase(db);
    await expect(archive.tags.merge(from, newId())).rejects.toMatchObject({ field: 'intoId' });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('remove untags every case, then deletes the tag', async () => {
    const [a, b] = await withCases('A', 'B');
    const tagId = await archive.tags.create('Belarus');
    const keep = await archive.tags.create('Keep');
    await archive.tags.setOnCases([a, b], tagId, true);
    await archive.tags.setOnCases([b], keep, true);
    await archive.tags.remove(tagId);
    expect([await tagsOf(a), await tagsOf(b)]).toEqual([[], [keep]]);
    expect((await listTags(db)).map((t) => t.name)).toEqual(['Keep']);
    await expect(archive.tags.remove(tagId)).rejects.toThrow('there is no tag');
  });
});
