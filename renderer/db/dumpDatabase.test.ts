import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Revision } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import { dumpDatabase } from './dumpDatabase.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { packRevisions } from './revisionPack.js';
import { openTestArchive, tagRevision } from './testArchive.js';

const actor = { id: newId(), name: 'A' };
const origin = { bundleId: newId(), receivedAt: '2025-10-01T08:00:00.000Z' };

function tagHistory(): Revision[] {
  const recordId = newId();
  return ['one', 'two', 'three'].map((name) => tagRevision(recordId, name, { by: actor }));
}

const opened: KartotekaDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function archiveWith(packSize: number, records: Revision[][]) {
  const { db } = await openTestArchive();
  opened.push(db);
  await db.revisionPacks.bulkAdd(packRevisions(records, origin, packSize));
  return db;
}

describe('dumpDatabase', () => {
  it('dumps revisions and origins however they were packed', async () => {
    const records = [tagHistory(), tagHistory(), tagHistory()];
    const one = await archiveWith(1, records);
    const all = await archiveWith(100, [...records].reverse());
    expect(await one.revisionPacks.count()).toBe(9);
    expect(await all.revisionPacks.count()).toBe(1);
    const dump = await dumpDatabase(one);
    expect(dump).toEqual(await dumpDatabase(all));
    expect(dump).not.toHaveProperty('revisionPacks');
    expect(dump.revisions).toHaveLength(9);
    expect(dump.revisionOrigins).toContainEqual({
      revisionId: records[1]?.[2]?.id,
      ...origin,
    });
  });

  it('tells archives apart whose revisions or origins differ', async () => {
    const records = [tagHistory(), tagHistory()];
    const a = await archiveWith(100, records);
    const fewer = await archiveWith(100, [records[0] ?? []]);
    expect(await dumpDatabase(fewer)).not.toEqual(await dumpDatabase(a));
    const { db: other } = await openTestArchive();
    opened.push(other);
    await other.revisionPacks.bulkAdd(
      packRevisions(records, { ...origin, bundleId: newId() }, 100),
    );
    expect(await dumpDatabase(other)).not.toEqual(await dumpDatabase(a));
  });
});
