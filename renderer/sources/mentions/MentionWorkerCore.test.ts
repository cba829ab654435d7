import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../db';
import type { KartotekaDb } from '../../db/kartotekaDb';
import { type MentionSource, openMentionSource } from '../../db/mentionSource';
import { openSearchSource } from '../../db/searchSource';
import { openTestArchive, latinName } from '../../db/testArchive';
import { INDEX_KEYS } from '../../search/savedIndexMeta';
import { SearchWorkerCore } from '../../search/SearchWorkerCore';
import { MentionWorkerCore } from './MentionWorkerCore';

let archive: Archive;
let db: KartotekaDb;
const closing: { close(): void }[] = [];
afterEach(async () => {
  for (const c of closing.splice(0)) c.close();
  await db.delete();
});

const TEXT = 'Ihar Losik and Mikalai Statkevich were tried; Ivan Petrov was not.';

/** The search worker's logic, saving its index (as it does 1.5 s after changes) when told. */
async function searchCore() {
  const core = new SearchWorkerCore(await openSearchSource(db.name), () => undefined, {
    saveDelayMs: 60_000,
    pause: () => Promise.resolve(),
  });
  closing.push(core);
  await core.start();
  await core.settle(true);
  return core;
}

/** A mention core on its own connection, counting full reads of the case files. */
async function mentionCore() {
  const source = await openMentionSource(db.name);
  const reads = { all: 0 };
  const counting: MentionSource = {
    ...source,
    allCaseNames: () => {
      reads.all++;
      return source.allCaseNames();
    },
  };
  const revisions: number[] = [];
  const core = new MentionWorkerCore(counting, (r) => revisions.push(r));
  closing.push(core);
  await core.start();
  return { core, reads, revisions };
}

const found = async (core: MentionWorkerCore) =>
  (await core.find(TEXT)).people.map((p) => p.person.displayName).sort();

describe('the mention worker’s names', () => {
  it('restores the names the search worker saved, and follows the journal from there', async () => {
    ({ archive, db } = await openTestArchive());
    const losik = await archive.caseFiles.create(latinName('Ihar Losik'));
    await archive.caseFiles.create(latinName('Mikalai Statkevich'));
    const search = await searchCore();

    const { core, reads, revisions } = await mentionCore();
    expect(reads.all).toBe(0);
    expect(await found(core)).toEqual(['Ihar Losik', 'Mikalai Statkevich']);

    // Written after the save: in the journal only.
    await archive.caseFiles.create(latinName('Ivan Petrov'));
    await archive.caseFiles.remove(losik);
    await core.settle();
    expect(await found(core)).toEqual(['Ivan Petrov', 'Mikalai Statkevich']);

    // The search worker saves and prunes those rows: the names come from the new save.
    await search.settle(true);
    expect((await db.searchIndex.where('key').startsWith('journal:').count()) === 0).toBe(true);
    await core.settle();
    expect(await found(core)).toEqual(['Ivan Petrov', 'Mikalai Statkevich']);
    expect(reads.all).toBe(0);
    expect(revisions.length).toBeGreaterThanOrEqual(2);
  });

  it('reads every case file when no current index is saved', async () => {
    ({ archive, db } = await openTestArchive());
    await archive.caseFiles.create(latinName('Ihar Losik'));
    await searchCore();
    // As an index saved by the previous version would be.
    await db.searchIndex.put({
      key: INDEX_KEYS.meta,
      value: { format: 'kartoteka-search-parts', version: 1, searchIndexVersion: 2 },
    });
    const { core, reads } = await mentionCore();
    expect(reads.all).toBe(1);
    expect(await found(core)).toEqual(['Ihar Losik']);

    await archive.caseFiles.create(latinName('Ivan Petrov'));
    await core.settle();
    expect(await found(core)).toEqual(['Ihar Losik', 'Ivan Petrov']);
    expect(reads.all).toBe(1);
  });
});
