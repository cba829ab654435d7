import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/index.js';
import type { Archive } from './archiveTypes.js';
import type { CaseNames } from './caseNameQueries.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { openTestArchive } from './testArchive.js';
import { watchCaseNames } from './watchCaseNames.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

/** The next list of names the watcher reports that satisfies `wanted`. */
function nextNames(
  seen: CaseNames[][],
  wanted: (names: CaseNames[]) => boolean,
): Promise<CaseNames[]> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const hit = seen.find(wanted);
      if (hit) resolve(hit);
      else if (Date.now() - started > 10_000) reject(new Error('no such list of names came'));
      else setTimeout(poll, 10);
    };
    poll();
  });
}

describe('watchCaseNames', () => {
  it('reports every case file’s names from its own connection, and again after a change', async () => {
    ({ archive, db } = await openTestArchive());
    const id = await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    const seen: CaseNames[][] = [];
    const stop = watchCaseNames(
      db.name,
      (names) => seen.push(names),
      () => undefined,
    );
    try {
      const first = await nextNames(seen, (n) => n.length === 1);
      expect(first[0]).toMatchObject({ id, displayName: 'Ihar Losik' });
      await archive.caseFiles.update(id, (c) => ({
        ...c,
        names: [...c.names, { id: newId(), text: 'Ігар Лосік', script: 'be', kind: 'alias' }],
      }));
      const after = await nextNames(seen, (n) => n[0]?.names.length === 2);
      expect(after[0]?.names.map((n) => n.text)).toEqual(['Ihar Losik', 'Ігар Лосік']);
    } finally {
      stop();
    }
  });
});
