import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SampleArchive } from '../../shared/model/index.js';
import type { Archive } from './archiveTypes.js';
import { citationsForCase } from './citationQueries.js';
import { countArchive } from './countArchive.js';
import { dumpDatabase } from './dumpDatabase.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { ACTOR_KEY, readActor } from './actorSetting.js';
import { openTestArchive } from './testArchive.js';

const sample = JSON.parse(
  readFileSync(new URL('../../assets/sample/sample-archive.json', import.meta.url), 'utf8'),
) as SampleArchive;

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

describe('archive', () => {
  it('opens the shipped sample archive: every record, every citation anchored; opening it twice changes nothing', async () => {
    ({ archive, db } = await openTestArchive());
    expect(await archive.archive.isEmpty()).toBe(true);
    await archive.archive.openSample(sample);
    expect(await archive.archive.isEmpty()).toBe(false);
    const counts = await countArchive(db);
    const live = (entity: string) =>
      new Set(sample.revisions.filter((r) => r.entity === entity).map((r) => r.recordId)).size;
    expect(counts).toEqual({
      cases: live('case'),
      sources: live('source'),
      tags: live('tag'),
    });
    expect(await db.sourceTexts.count()).toBe(sample.texts.length);
    for (const c of await db.cases.toArray()) {
      for (const view of await citationsForCase(db, c.id))
        expect(view.anchor.status, `${view.caseName}: ${view.selector.exact}`).toBe('anchored');
    }
    const once = await dumpDatabase(db);
    await archive.archive.openSample(sample);
    expect(await dumpDatabase(db)).toEqual(once);
    // Opening the sample is not an edit by this researcher: no actor profile was needed.
    expect(await readActor(db)).toBeNull();
  });

  it('refuses a damaged sample archive and writes nothing', async () => {
    ({ archive, db } = await openTestArchive());
    await expect(
      archive.archive.openSample({ ...sample, version: 2 } as unknown as SampleArchive),
    ).rejects.toThrow('the sample archive: version');
    expect(await archive.archive.isEmpty()).toBe(true);
    expect(await db.revisionPacks.count()).toBe(0);
  });
});

describe('settings', () => {
  it('creates the actor once, then keeps its id when renamed', async () => {
    ({ archive, db } = await openTestArchive());
    expect(await readActor(db)).toBeNull();
    const first = await archive.settings.getActor();
    expect(first.name).toBe('Researcher');
    expect(await archive.settings.getActor()).toEqual(first);
    await archive.settings.setActorName('  Alena K. ');
    expect(await archive.settings.getActor()).toEqual({ id: first.id, name: 'Alena K.' });
    await expect(archive.settings.setActorName('   ')).rejects.toMatchObject({
      name: 'KartotekaDataError',
    });
    expect((await archive.settings.getActor()).name).toBe('Alena K.');
  });

  it('refuses to replace a damaged actor profile (its id signs every revision made here)', async () => {
    ({ archive, db } = await openTestArchive());
    await db.settings.put({ key: ACTOR_KEY, value: { name: 42 } });
    await expect(archive.tags.create('x')).rejects.toThrow('damaged');
    expect(await db.settings.get(ACTOR_KEY)).toEqual({ key: ACTOR_KEY, value: { name: 42 } });
  });
});

describe('storage and search index', () => {
  it('reports no persistence or estimate where the browser has no storage manager', async () => {
    ({ archive, db } = await openTestArchive());
    const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
    Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true });
    try {
      expect(await archive.storage.persist()).toBe(false);
      expect(await archive.storage.estimate()).toBeNull();
      Object.defineProperty(globalThis, 'navigator', {
        value: {
          storage: {
            persist: async () => true,
            estimate: async () => ({ usage: 1234, quota: undefined }),
          },
        },
        configurable: true,
      });
      expect(await archive.storage.persist()).toBe(true);
      expect(await archive.storage.estimate()).toEqual({ usage: 1234, quota: 0 });
    } finally {
      if (had) Object.defineProperty(globalThis, 'navigator', had);
      else Reflect.deleteProperty(globalThis, 'navigator');
    }
  });

  it('keeps search index entries by key', async () => {
    ({ archive, db } = await openTestArchive());
    await archive.searchIndex.put('fuse', { docs: [1, 2] });
    expect(await archive.searchIndex.get('fuse')).toEqual({ docs: [1, 2] });
    await archive.searchIndex.remove('fuse');
    expect(await archive.searchIndex.get('fuse')).toBeUndefined();
    await archive.searchIndex.put('a', 1);
    await archive.searchIndex.clear();
    expect(await db.searchIndex.count()).toBe(0);
  });
});
