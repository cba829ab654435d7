import { readBundle } from '../../../shared/bundle/readBundle.js';
import type { ReadBundleResult } from '../../../shared/bundle/readBundleOptions.js';
import { DEFAULT_ARCHIVE_NAME } from '../../../renderer/db/kartotekaDb.js';
import { databaseOf, deleteArchive, openArchive } from '../../../renderer/db/openArchive.js';
import type { Archive } from '../../../renderer/db/archiveTypes.js';
import type { BenchPageApi } from './benchPageApi.js';
import { baselineFuse } from './baselineFuse.js';
import { BenchSearch } from './benchSearch.js';
import { exportArchive } from './exportArchive.js';
import { importBundleBytes } from './importBundleBytes.js';
import { nameFigures } from './nameFigures.js';
import { pageProgress } from './pageProgress.js';
import { RAW_DB_NAME, rawBulkPut } from './rawBulkPut.js';
import { fullTextFigures } from './fullTextFigures.js';
import { latencyFigures } from './timeQueries.js';

/**
 * The bench page: the app's own modules (renderer/db, renderer/bundles, renderer/search) in a
 * page served with the app's CSP, driven by scripts/bench/runBench.ts. It imports into the
 * app's default database, so the copy of the app served beside it opens the same archive.
 */

let bundle: Uint8Array | null = null;
let rawRecords: ReadBundleResult | null = null;
let opened: { archive: Archive; search: BenchSearch } | null = null;

async function open(): Promise<{ archive: Archive; search: BenchSearch }> {
  if (!opened) {
    const archive = await openArchive(DEFAULT_ARCHIVE_NAME);
    opened = { archive, search: new BenchSearch(archive.name, databaseOf(archive)) };
  }
  return opened;
}

function loadedBundle(): Uint8Array {
  if (!bundle) throw new Error('no bundle loaded: call loadBundle first');
  return bundle;
}

const api: BenchPageApi = {
  async reset() {
    opened?.search.dispose();
    opened?.archive.close();
    opened = null;
    await deleteArchive(DEFAULT_ARCHIVE_NAME);
    await deleteArchive(RAW_DB_NAME);
  },

  async loadBundle(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    bundle = new Uint8Array(await response.arrayBuffer());
    return { bytes: bundle.length };
  },

  async prepareRawPut() {
    // The records are read with the app's reader, so both writes get the same ones.
    rawRecords = await readBundle(loadedBundle());
    pageProgress(
      `raw bulkPut: ${rawRecords.revisions.length} revisions, ${rawRecords.texts.length} texts`,
    );
  },

  async rawBulkPut() {
    if (!rawRecords) throw new Error('call prepareRawPut first');
    return rawBulkPut(rawRecords);
  },

  async rawBulkPutChunked() {
    if (!rawRecords) throw new Error('call prepareRawPut first');
    const figures = await rawBulkPut(rawRecords, true);
    rawRecords = null;
    return figures;
  },

  async importBundle() {
    const { archive, search } = await open();
    const figures = await importBundleBytes(loadedBundle(), archive, search);
    bundle = null;
    return figures;
  },

  async nameSearch(queries, warmup) {
    const { search } = await open();
    return nameFigures(queries, warmup, (q) => search.nameIndex(q));
  },

  async nameFullSearch(queries, warmup) {
    const { search } = await open();
    return nameFigures(queries, warmup, (q) => search.caseIds(q));
  },

  async fullTextSearch(queries, warmup, limit) {
    const { search } = await open();
    // The worker's own warm-up searches run once the import's catch-up is done, in the
    // background: they are not to fall among the searches timed.
    const warmUpMs = await search.warmedUp();
    search.takeWorkerMs();
    const figures = await fullTextFigures(queries, warmup, (q) => search.hits(q, limit));
    return {
      ...figures,
      worker: latencyFigures(search.takeWorkerMs().slice(warmup)),
      warmUpMs,
    };
  },

  async baselineFuse(queries, warmup) {
    const { archive } = await open();
    return baselineFuse(databaseOf(archive), queries, warmup);
  },

  async textsPacked() {
    const { search } = await open();
    return search.textsPacked();
  },

  async loadIndex() {
    const { archive, search } = await open();
    const { peopleMs, allMs } = await search.timeRestore(archive.name);
    return { ms: allMs, peopleMs };
  },

  async rebuildIndex() {
    const { archive, search } = await open();
    return search.timeRebuild(archive.name);
  },

  async exportBundle() {
    const { archive } = await open();
    return exportArchive(archive);
  },
};

window.kartotekaBench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'Ready';
