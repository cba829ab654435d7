import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndexDoc } from '../../shared/search/index.js';
import type { Archive } from '../db';
import type { KartotekaDb } from '../db/kartotekaDb';
import { openSearchSource, type SearchSource } from '../db/searchSource';
import { ARTICLE, importedSource, must, openTestArchive, latinName } from '../db/testArchive';
import type { IndexStatus } from './searchProtocol';
import { INDEX_KEYS, SearchWorkerCore, type WorkerCoreOptions } from './SearchWorkerCore';
import { SplitIndex } from './SplitIndex';
import { TEXT_PACK_PREFIX } from './TextPack';

let archive: Archive;
let db: KartotekaDb;
const cores: SearchWorkerCore[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const core of cores.splice(0)) core.close();
  await db.delete();
});

/** The archive's search source, noting which documents each catch-up or rebuild read. */
function recording(source: SearchSource) {
  const seen = {
    changed: [] as string[],
    removed: [] as string[],
    rebuilds: 0,
    textsRead: 0,
    /** Texts a search asked the database for (the pack's fill is not counted). */
    searchTextsRead: 0,
  };
  const key = (d: { kind: string; id: string }) => `${d.kind}:${d.id}`;
  const wrapped: SearchSource = {
    ...source,
    // A fresh core must not rebuild, so its own watcher is left out (tests settle by hand).
    watch: () => () => undefined,
    loadTexts: (wanted) => {
      seen.textsRead += wanted.length;
      seen.searchTextsRead += wanted.length;
      return source.loadTexts(wanted);
    },
    loadTextBytes: (hashes) => {
      seen.textsRead += hashes.length;
      return source.loadTextBytes(hashes);
    },
    changedDocs: async (entries) => {
      const { total, batches } = await source.changedDocs(entries);
      return {
        total,
        batches: async function* (size) {
          for await (const batch of batches(size)) {
            seen.changed.push(...batch.docs.map(key));
            seen.removed.push(...batch.removed.map(key));
            yield batch;
          }
        },
      };
    },
    allDocs: async function* (size) {
      seen.rebuilds++;
      for await (const docs of source.allDocs(size)) {
        seen.changed.push(...docs.map((d: IndexDoc) => key(d)));
        yield docs;
      }
    },
  };
  return { source: wrapped, seen, reset: () => Object.assign(seen, { changed: [], removed: [] }) };
}

type Started = Awaited<ReturnType<typeof startCore>>;

async function startCore(options: WorkerCoreOptions = {}) {
  // Its own connection, as the worker has.
  const rec = recording(await openSearchSource(db.name));
  const statuses: IndexStatus[] = [];
  const core = new SearchWorkerCore(rec.source, (s) => statuses.push(s), {
    saveDelayMs: 60_000,
    pause: () => Promise.resolve(),
    ...options,
  });
  cores.push(core);
  await core.start();
  await core.settle(true);
  return { core, ...rec, statuses };
}

/** Waits for the pack to hold every text (filled in the background), then saves. */
async function packed(started: { core: SearchWorkerCore; statuses: IndexStatus[] }) {
  await vi.waitFor(() => expect(started.statuses.at(-1)?.textsHeld).toBe(true));
  await started.core.settle(true);
}

/** Once its pack is whole, the worker finds a source by a phrase with no database read. */
async function findsFromPack(started: Started, phrase: string, sourceId: string) {
  await vi.waitFor(() => expect(started.statuses.at(-1)?.textsHeld).toBe(true));
  started.seen.textsRead = 0;
  const found = (await started.core.search({ text: `"${phrase}"` }, {})).results;
  expect(found?.sources.hits.map((h) => h.id)).toEqual([sourceId]);
  expect(found?.sources.hits[0]?.snippet?.text).toContain(phrase);
  expect(started.seen.textsRead).toBe(0);
}

/** A restarted worker finds the seeded article from its pack. */
const answersFromPack = async (sourceId: string) =>
  findsFromPack(await startCore(), 'stayed at the border', sourceId);

/** Closes a core, as closing the app ends its worker. */
function stop(core: SearchWorkerCore) {
  core.close();
  cores.splice(cores.indexOf(core), 1);
}

const packKeys = async () =>
  (await db.searchIndex.where('key').startsWith(TEXT_PACK_PREFIX).primaryKeys()) as string[];

const firstCase = async (core: SearchWorkerCore, q: string) =>
  (await core.search({ text: q }, {})).results?.cases.hits[0]?.id;

async function seed() {
  ({ archive, db } = await openTestArchive());
  const losik = await archive.caseFiles.create(latinName('Ihar Losik'));
  const statkevich = await archive.caseFiles.create(latinName('Mikalai Statkevich'));
  const tag = await archive.tags.create('journalist');
  await archive.tags.setOnCases([losik], tag, true);
  const [added] = await archive.sources.addImported([
    importedSource(ARTICLE, 'a.txt', 'At the border'),
  ]);
  return { losik, statkevich, tag, sourceId: must(added).id };
}

describe('the search worker core', () => {
  it('builds the index when none is saved, then re-indexes only what a write touched', async () => {
    const { losik, statkevich } = await seed();
    const { core, seen, reset, statuses } = await startCore();
    expect(seen.rebuilds).toBe(1);
    expect(statuses.some((s) => s.progress !== null)).toBe(true);
    expect(await firstCase(core, 'Статкевич')).toBe(statkevich);

    reset();
    await archive.caseFiles.update(statkevich, (c) => ({
      ...c,
      names: [{ ...must(c.names[0]), text: 'Mikola Statkevich' }],
    }));
    await core.settle(false);
    expect(seen.changed).toEqual([`case:${statkevich}`]);
    expect(await firstCase(core, 'Mikola')).toBe(statkevich);
    expect(await firstCase(core, 'Losik')).toBe(losik);
  });

  it('a renamed tag reaches the case files that carry it', async () => {
    const { losik, tag } = await seed();
    const { core, seen, reset } = await startCore();
    expect(await firstCase(core, 'tag:journalist')).toBe(losik);
    reset();
    await archive.tags.rename(tag, 'blogger');
    await core.settle(false);
    expect(seen.changed).toEqual([`case:${losik}`]);
    expect(await firstCase(core, 'tag:blogger')).toBe(losik);
    expect(await firstCase(core, 'tag:journalist')).toBeUndefined();
  });

  it('a deleted record leaves the index', async () => {
    const { sourceId } = await seed();
    const { core, seen, reset } = await startCore();
    const hits = async () => (await core.search({ text: '"stayed at the border"' }, {})).results;
    expect((await hits())?.sources.hits.map((h) => h.id)).toEqual([sourceId]);
    expect((await hits())?.sources.hits[0]?.snippet?.highlights.length).toBeGreaterThan(0);
    reset();
    await archive.sources.remove(sourceId);
    await core.settle(false);
    expect(seen.removed).toContain(`source:${sourceId}`);
    expect((await hits())?.sources.hits).toEqual([]);
  });

  it('after a restart, restores the saved index and reads only what changed since', async () => {
    const { losik } = await seed();
    const first = await startCore();
    stop(first.core);
    // Written while no worker runs (the app was closed before it caught up).
    await archive.notes.create({
      caseId: losik,
      body: 'Visited in Navapolack colony',
      private: false,
    });

    const second = await startCore();
    expect(second.seen.rebuilds).toBe(0);
    expect(second.statuses.map((s) => s.loaded)).toContain('people');
    expect(second.seen.changed).toHaveLength(1);
    expect(second.seen.changed[0]).toMatch(/^note:/u);
    const found = (await second.core.search({ text: 'Navapolack' }, {})).results;
    expect(found?.notes.hits).toHaveLength(1);
    expect(await firstCase(second.core, 'Losik')).toBe(losik);
  });

  it('keeps every indexed source text in a pack saved with the index: a restarted worker reads none from the database', async () => {
    const { sourceId } = await seed();
    const first = await startCore();
    await packed(first);
    expect(await packKeys()).not.toHaveLength(0);
    stop(first.core);

    await answersFromPack(sourceId);
  });

  it('puts a source added later into the pack', async () => {
    await seed();
    const started = await startCore();
    await packed(started);
    const [added] = await archive.sources.addImported([
      importedSource('Ales Bialiatski was sentenced to ten years in Minsk.', 'b.txt', 'Sentenced'),
    ]);
    await started.core.settle(false);
    await findsFromPack(started, 'ten years in Minsk', must(added).id);
  });

  it('drops from its saved pack the text of a deleted source', async () => {
    const { sourceId } = await seed();
    const started = await startCore();
    await packed(started);
    expect(await packKeys()).not.toHaveLength(0);
    await archive.sources.remove(sourceId);
    await started.core.settle(true);
    expect(await packKeys()).toEqual([]);
  });

  it('fills in the background the pack of an index saved without one, and saves it', async () => {
    const { sourceId } = await seed();
    const first = await startCore();
    await packed(first);
    stop(first.core);
    await db.searchIndex.bulkDelete(await packKeys());

    const second = await startCore();
    expect(second.seen.rebuilds).toBe(0);
    await packed(second);
    expect(second.seen.textsRead).toBe(1);
    expect(await packKeys()).not.toHaveLength(0);
    stop(second.core);

    await answersFromPack(sourceId);
  });

  it('warms up once the index is large enough: searches of its own, no database read, no change', async () => {
    const { losik } = await seed();
    const searches = vi.spyOn(SplitIndex.prototype, 'search');
    const started = await startCore({ warmUpFrom: 2, warmUpSearches: 12 });
    await vi.waitFor(() => expect(started.statuses.at(-1)?.warmUpMs).not.toBeNull());
    expect(searches).toHaveBeenCalledTimes(12);
    expect(started.seen.searchTextsRead).toBe(0);
    const warmed = started.statuses.findIndex((s) => s.warmUpMs !== null);
    expect(started.statuses[warmed]?.revision).toBe(started.statuses[warmed - 1]?.revision);
    // Once per worker: a later catch-up does not warm up again.
    await archive.notes.create({ caseId: losik, body: 'Visited in Navapolack', private: false });
    await started.core.settle(false);
    expect(searches).toHaveBeenCalledTimes(12);
  });

  it('does not warm up an index smaller than it needs, until a catch-up makes it large', async () => {
    const { losik } = await seed();
    const searches = vi.spyOn(SplitIndex.prototype, 'search');
    // The seed indexes two case files and a source.
    const started = await startCore({ warmUpFrom: 4, warmUpSearches: 5 });
    await packed(started);
    expect(searches).not.toHaveBeenCalled();
    expect(started.statuses.at(-1)?.warmUpMs).toBeNull();
    await archive.notes.create({ caseId: losik, body: 'Visited in Navapolack', private: false });
    await started.core.settle(false);
    await vi.waitFor(() => expect(started.statuses.at(-1)?.warmUpMs).not.toBeNull());
    expect(searches).toHaveBeenCalledTimes(5);
  });

  it('an index saved by another version is rebuilt', async () => {
    await seed();
    const first = await startCore();
    stop(first.core);
    await db.searchIndex.put({ key: INDEX_KEYS.meta, value: { format: 'other', version: 0 } });
    const second = await startCore();
    expect(second.seen.rebuilds).toBe(1);
    expect(await firstCase(second.core, 'Losik')).toBeDefined();
  });
});
