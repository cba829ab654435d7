import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Revision, RevisionOrigin, Tag } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import { dumpDatabase } from './dumpDatabase.js';
import { KartotekaDb } from './kartotekaDb.js';
import { createArchive } from './openArchive.js';
import { recordHistory } from './revisionProvenance.js';
import { revisionsOfRecord, rowFromRevisions } from './recordStore.js';
import { REVISION_PACK_SIZE, recordKeyOf } from './revisionPack.js';
import { SCHEMA_V1, SCHEMA_V2 } from './schemaVersions.js';
import { must, tagRevision } from './testArchive.js';

const alice: Actor = { id: newId(), name: 'Alice' };
const bob: Actor = { id: newId(), name: 'Bob' };
const me: Actor = { id: newId(), name: 'Me' };

const BUNDLE_A = newId();
const BUNDLE_B = newId();
const RECEIVED_A = '2025-10-01T08:00:00.000Z';
const RECEIVED_B = '2025-10-02T08:00:00.000Z';

/** A revision of `tag` as it stands. */
function revisionOf(tag: Tag, by: Actor, at: string, parents: string[]): Revision {
  return tagRevision(tag.id, tag.name, { by, at, parents, description: tag.description });
}

/**
 * A version 2 archive: 150 tags from bundle A (three revisions each: more than one pack's
 * worth), edits of some of them from bundle B, local edits on top, one revision whose
 * origin row is missing, and each tag's row as its history makes it.
 */
function v2Fixture() {
  const revisions: Revision[] = [];
  const origins: RevisionOrigin[] = [];
  const add = (r: Revision, origin: Omit<RevisionOrigin, 'revisionId'> | null) => {
    revisions.push(r);
    if (origin) origins.push({ revisionId: r.id, ...origin });
  };
  const fromA = { bundleId: BUNDLE_A, receivedAt: RECEIVED_A };
  const fromB = { bundleId: BUNDLE_B, receivedAt: RECEIVED_B };
  const tags = Array.from({ length: 150 }, (_, i): Tag => ({
    id: newId(),
    name: `tag ${i}`,
    description: '',
  }));
  const heads = new Map<string, string>();
  tags.forEach((tag, i) => {
    let parent: string[] = [];
    for (const step of [1, 2, 3]) {
      const r = revisionOf(
        { ...tag, description: `step ${step}` },
        alice,
        `2025-09-0${step}T10:00:00.000Z`,
        parent,
      );
      add(r, fromA);
      parent = [r.id];
    }
    heads.set(tag.id, must(parent[0]));
    if (i % 10 === 0) {
      const r = revisionOf({ ...tag, name: `B's tag ${i}` }, bob, '2025-09-20T10:00:00.000Z', [
        must(heads.get(tag.id)),
      ]);
      add(r, fromB);
      heads.set(tag.id, r.id);
    }
    if (i % 15 === 0) {
      const at = '2025-10-05T10:00:00.000Z';
      const r = revisionOf({ ...tag, name: `my tag ${i}` }, me, at, [must(heads.get(tag.id))]);
      add(r, { bundleId: null, receivedAt: at });
      heads.set(tag.id, r.id);
    }
  });
  // An origin row v2 never wrote (it always did; an archive may still lack one).
  const orphanTag = must(tags[7]);
  const orphan = revisionOf({ ...orphanTag, name: 'orphan' }, bob, '2025-09-25T10:00:00.000Z', [
    must(heads.get(orphanTag.id)),
  ]);
  add(orphan, null);

  const rows = tags.map((tag) =>
    must(
      rowFromRevisions(
        { entity: 'tag', recordId: tag.id },
        revisions.filter((r) => r.recordId === tag.id),
      ),
    ),
  );
  return { tags, revisions, origins, rows, orphan };
}

async function createV2Archive(name: string, fixture: ReturnType<typeof v2Fixture>) {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  await v2.transaction('rw', v2.tables, async () => {
    await v2.table('revisions').bulkAdd(fixture.revisions);
    await v2.table('revisionOrigins').bulkAdd(fixture.origins);
    await v2.table('tags').bulkAdd(fixture.rows);
    await v2.table('settings').add({ key: 'actor', value: me });
  });
  v2.close();
}

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const opened: KartotekaDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('upgrade to version 3 (revision packs)', () => {
  it('moves every revision and origin of a v2 archive into packs, losing nothing', async () => {
    const name = `v2-${newId()}`;
    const fixture = v2Fixture();
    await createV2Archive(name, fixture);

    const db = new KartotekaDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name)).not.toContain('revisions');
    expect(db.tables.map((t) => t.name)).not.toContain('revisionOrigins');

    // The same revisions and origins; the orphan keeps having no origin.
    const dump = await dumpDatabase(db);
    expect(dump.revisions).toEqual(byId(fixture.revisions));
    const expectedOrigins = [...fixture.origins].sort((a, b) =>
      a.revisionId < b.revisionId ? -1 : 1,
    );
    expect(dump.revisionOrigins).toEqual(expectedOrigins);
    expect(dump.tags).toEqual(byId(fixture.rows));

    // Each record's history, and its row is what that history makes.
    for (const tag of fixture.tags) {
      const history = await revisionsOfRecord(db, 'tag', tag.id);
      expect(history).toEqual(byId(fixture.revisions.filter((r) => r.recordId === tag.id)));
      expect(rowFromRevisions({ entity: 'tag', recordId: tag.id }, history)).toEqual(
        await db.tags.get(tag.id),
      );
    }

    // Packs: one origin each, none above the size, and a record's history from one origin
    // in one pack.
    const packs = await db.revisionPacks.toArray();
    expect(packs.length).toBeLessThan(fixture.revisions.length / 10);
    for (const pack of packs) {
      expect(pack.revisions.length).toBeLessThanOrEqual(REVISION_PACK_SIZE);
      expect(pack.revisionIds).toEqual(pack.revisions.map((r) => r.id));
    }
    const first = must(fixture.tags[0]); // from A, B and a local edit
    expect(
      await db.revisionPacks.where('recordKeys').equals(recordKeyOf('tag', first.id)).count(),
    ).toBe(3);
    expect(await db.revisionPacks.where('bundleId').equals(BUNDLE_B).count()).toBe(1);
  });

  it('an upgraded archive shows provenance and takes new edits on top of the moved history', async () => {
    const name = `v2-${newId()}`;
    const fixture = v2Fixture();
    await createV2Archive(name, fixture);
    const db = new KartotekaDb(name);
    opened.push(db);
    const archive = createArchive(db);

    const tag = must(fixture.tags[0]);
    const history = await recordHistory(db, 'tag', tag.id);
    expect(history.map((h) => h.provenance?.bundleId)).toEqual([
      null,
      BUNDLE_B,
      BUNDLE_A,
      BUNDLE_A,
      BUNDLE_A,
    ]);
    expect(await archive.archive.originOf(fixture.orphan.id)).toBeNull();
    expect(await archive.archive.originOf(must(history[1]).revision.id)).toEqual({
      revisionId: must(history[1]).revision.id,
      bundleId: BUNDLE_B,
      receivedAt: RECEIVED_B,
    });

    const head = must(history[0]).revision.id;
    await archive.tags.rename(tag.id, 'renamed after the upgrade');
    const after = await archive.archive.revisionsOf('tag', tag.id);
    expect(after).toHaveLength(6);
    expect(after.at(-1)?.parents).toEqual([head]);
    expect((await db.tags.get(tag.id))?.name).toBe('renamed after the upgrade');
  });
});
