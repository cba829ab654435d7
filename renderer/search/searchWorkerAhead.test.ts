import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { KartotekaDb } from '../db/kartotekaDb';
import { openSearchSource } from '../db/searchSource';
import { openTestArchive, latinName } from '../db/testArchive';
import type { FromWorker, IndexStatus } from './searchProtocol';
import { createSearchWorkerHost } from './searchWorkerHost';
import { SearchWorkerCore } from './SearchWorkerCore';

let db: KartotekaDb;
const closing: { close(): void }[] = [];
afterEach(async () => {
  for (const c of closing.splice(0)) c.close();
  await db.delete();
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

/** An archive with a saved index, as after a restart. */
async function savedArchive() {
  const opened = await openTestArchive();
  db = opened.db;
  await opened.archive.caseFiles.create(latinName('Ihar Losik'));
  const first = new SearchWorkerCore(await openSearchSource(db.name), () => undefined, {
    pause: () => Promise.resolve(),
  });
  await first.start();
  await first.settle(true);
  first.close();
}

describe('a search worker started ahead of the window', () => {
  it('answers the first search from the people part before restoring the sources', async () => {
    await savedArchive();
    const statuses: IndexStatus[] = [];
    const core = new SearchWorkerCore(await openSearchSource(db.name), (s) => statuses.push(s), {
      aheadOfWindow: true,
    });
    closing.push(core);
    void core.start();
    await until(() => statuses.some((s) => s.loaded === 'people'));
    await new Promise((r) => setTimeout(r, 300));
    expect(statuses.some((s) => s.loaded === 'all')).toBe(false);
    const answer = await core.search({ text: 'Losik' }, {});
    expect(answer.results?.cases.hits[0]?.title).toBe('Ihar Losik');
    expect(answer.partial).toBe(true);
    await until(() => statuses.some((s) => s.loaded === 'all'));
  });

  it('takes the window’s open of the same archive as the window having come', async () => {
    await savedArchive();
    const replies: FromWorker[] = [];
    const host = createSearchWorkerHost((m) => replies.push(m), openSearchSource);
    closing.push(host);
    host.receive({ type: 'open', archive: db.name, ahead: true });
    host.receive({ type: 'open', archive: db.name });
    const loaded = () =>
      replies.flatMap((r) => (r.type === 'status' ? [r.status.loaded] : [])).includes('all');
    await until(loaded);
    expect(replies.filter((r) => r.type === 'error')).toEqual([]);
    host.receive({ type: 'open', archive: 'another' });
    await until(() => replies.some((r) => r.type === 'error'));
  });
});
