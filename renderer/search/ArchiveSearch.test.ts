import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResults } from '../../shared/search/index.js';
import type { KartotekaDb } from '../db/kartotekaDb';
import { must, openTestArchive } from '../db/testArchive';
import { ArchiveSearch, type SearchAnswer } from './ArchiveSearch';
import { LatestSearch } from './LatestSearch';
import type { FromWorker, ToWorker } from './searchProtocol';
import { localSearchPort, type SearchPort } from './searchPort';
import { createSearchWorkerHost } from './searchWorkerHost';
import { openSearchSource } from '../db/searchSource';

/** A port whose answers the test sends, in any order. */
function manualPort() {
  const sent: ToWorker[] = [];
  let listener: (data: unknown) => void = () => undefined;
  const port: SearchPort = {
    post: (m) => sent.push(m),
    listen: (l) => (listener = l),
    close: () => undefined,
  };
  return { port, sent, answer: (m: FromWorker) => listener(structuredClone(m)) };
}

const resultsFor = (text: string): SearchResults => ({
  query: {
    words: [text],
    phrases: [],
    must: [],
    mustNot: [],
    filters: {},
    problems: [],
    lastWordIsPartial: false,
  },
  filters: {},
  cases: { hits: [], total: 0, approximate: false },
  sources: { hits: [], total: 0, approximate: false },
  notes: { hits: [], total: 0, approximate: false },
});
const wordOf = (a: SearchAnswer | null) => a?.results?.query.words[0];

let db: KartotekaDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('ArchiveSearch (the window side)', () => {
  it('matches answers to questions whatever order they come in', async () => {
    const { port, sent, answer } = manualPort();
    const search = new ArchiveSearch('archive', port);
    expect(sent[0]).toEqual({ type: 'open', archive: 'archive' });
    const first = search.search('Losik');
    const second = search.search('Statkevich', { limit: 50 });
    const [q1, q2] = sent.slice(1) as (ToWorker & { type: 'search' })[];
    expect(q2).toMatchObject({ type: 'search', text: 'Statkevich', limit: 50 });
    answer({
      type: 'results',
      id: must(q2).id,
      results: resultsFor('Statkevich'),
      partial: false,
      workerMs: 1,
    });
    answer({
      type: 'results',
      id: must(q1).id,
      results: resultsFor('Losik'),
      partial: true,
      workerMs: 1,
    });
    expect(wordOf(await first)).toBe('Losik');
    expect((await first).partial).toBe(true);
    expect(wordOf(await second)).toBe('Statkevich');
    search.dispose();
  });

  it('ignores a message it cannot read and fails the search the worker refused', async () => {
    const { port, sent, answer } = manualPort();
    const search = new ArchiveSearch('archive', port);
    const asked = search.search('x');
    answer({ type: 'nonsense' } as unknown as FromWorker);
    answer({ type: 'error', id: (sent[1] as { id: number }).id, message: 'bad' });
    await expect(asked).rejects.toThrow('bad');
    search.dispose();
  });

  it('follows the index status the worker reports', () => {
    const { port, answer } = manualPort();
    const search = new ArchiveSearch('archive', port);
    let heard = 0;
    search.subscribe(() => heard++);
    const status = {
      revision: 3,
      loaded: 'people',
      progress: null,
      failure: null,
      docs: 2,
      textsHeld: false,
      warmUpMs: null,
    } as const;
    answer({ type: 'status', status });
    expect(search.status).toEqual(status);
    expect(heard).toBe(1);
    search.dispose();
  });
});

describe('LatestSearch', () => {
  it('never lets an older answer replace a newer one, and is stale while a newer one runs', async () => {
    const latest = new LatestSearch<string>();
    let answerOld: (v: string) => void = () => undefined;
    let answerNew: (v: string) => void = () => undefined;
    const old = latest.ask('old', () => new Promise((r) => (answerOld = r)));
    const recent = latest.ask('new', () => new Promise((r) => (answerNew = r)));
    expect(latest.state.stale).toBe(true);
    answerNew('new answer');
    await recent;
    expect(latest.state).toEqual({ value: 'new answer', key: 'new', stale: false });
    answerOld('old answer');
    await old;
    expect(latest.state.value).toBe('new answer');
  });

  it('shows an older answer while the newer is still on its way, marked stale', async () => {
    const latest = new LatestSearch<string>();
    let answerOld: (v: string) => void = () => undefined;
    const old = latest.ask('old', () => new Promise((r) => (answerOld = r)));
    void latest.ask('new', () => new Promise(() => undefined));
    answerOld('old answer');
    await old;
    expect(latest.state).toEqual({ value: 'old answer', key: 'old', stale: true });
    latest.clear();
    expect(latest.state).toEqual({ value: null, key: null, stale: false });
  });
});

describe('the search worker host', () => {
  it('checks every message and answers what it cannot read with an error', async () => {
    const replies: FromWorker[] = [];
    const host = createSearchWorkerHost((m) => replies.push(m), openSearchSource);
    host.receive({ type: 'search', id: 1, text: 'x' });
    host.receive({ type: 'search', id: 2, text: 42 });
    host.receive('hello');
    expect(replies).toEqual([
      { type: 'error', id: 1, message: 'no archive is open' },
      expect.objectContaining({ type: 'error', id: 2 }),
      expect.objectContaining({ type: 'error', id: null }),
    ]);
    host.close();
  });

  it('searches an archive from its own connection and follows its writes', async () => {
    const opened = await openTestArchive();
    db = opened.db;
    const { archive } = opened;
    const losik = await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    const search = new ArchiveSearch(db.name, localSearchPort());
    await search.settle(true);
    expect((await search.search('Lasik')).results?.cases.hits[0]?.id).toBe(losik);
    expect(search.status.loaded).toBe('all');

    await archive.caseFiles.update(losik, (c) => ({
      ...c,
      names: [{ ...must(c.names[0]), text: 'Ihar Losik-Kalinouski' }],
    }));
    await search.settle(false);
    const after = (await search.search('Kalinouski')).results;
    expect(after?.cases.hits.map((h) => h.id)).toEqual([losik]);
    expect(await search.search('  ')).toEqual({ results: null, partial: false, workerMs: 0 });
    search.dispose();
  });
});
