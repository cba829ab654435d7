import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { KartotekaDb } from './kartotekaDb.js';
import { warmUpArchive } from './warmUpArchive.js';

const NAME = 'warm-up-test';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

/** Resolves once IndexedDB has answered every request made before it. */
function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

afterEach(async () => {
  await new KartotekaDb(NAME).delete();
});

describe('warmUpArchive', () => {
  it('creates no database when there is none', async () => {
    warmUpArchive(NAME);
    await settled();
    expect(await databaseNames()).not.toContain(NAME);
    // Dexie then creates it at its own version, with every table.
    const db = new KartotekaDb(NAME);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name)).toContain('revisionPacks');
    db.close();
  });

  it('leaves an existing archive as it was, and does not hold it open', async () => {
    const db = new KartotekaDb(NAME);
    await db.settings.put({ key: 'k', value: 1 });
    db.close();
    warmUpArchive(NAME);
    await settled();
    const reopened = new KartotekaDb(NAME);
    expect(await reopened.settings.get('k')).toEqual({ key: 'k', value: 1 });
    expect(reopened.verno).toBe(4);
    reopened.close();
    // A connection left open would block this deletion, and the test would time out.
    await new KartotekaDb(NAME).delete();
    expect(await databaseNames()).not.toContain(NAME);
  });
});
