import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOptions, SizeName } from './benchOptions.js';
import { BASELINE_QUERIES, benchQueries } from './benchQueries.js';
import type { BenchServer } from './benchServer.js';
import { callPage } from './callPage.js';
import type { CachedDataset } from './datasetCache.js';
import type {
  ExportFigures,
  ImportFigures,
  FullTextFigures,
  NameFigures,
  RawPutFigures,
} from './harness/benchPageApi.js';
import type { DossierFigures } from './measureDossier.js';
import { measureDossier } from './measureDossier.js';
import type { StartupFigures } from './measureStartup.js';
import { measureStartup } from './measureStartup.js';
import { type StartupSummary, summarizeStarts } from './summarizeStarts.js';
import type { BenchBrowser } from './openBenchBrowser.js';
import { openBenchBrowser, sampleHeap } from './openBenchBrowser.js';
import { progress } from './progress.js';
import { sampleWorkerHeaps } from './sampleWorkerHeaps.js';
import { traceThreadProfiles } from './traceThreadProfiles.js';

/** Everything measured on one data set; null where the piece is missing or was skipped. */
export interface SizeFigures {
  size: SizeName;
  raw: RawPutFigures;
  /** The same bulkPuts in transactions of a few thousand rows. */
  rawChunked: RawPutFigures;
  imported: ImportFigures;
  importPeakHeap: number;
  /** A new search worker restoring the saved index: all of it, and its people part. */
  indexLoad: { ms: number; peopleMs: number };
  /** From the import's end to its worker holding every source text in its pack. */
  textsPacked: { ms: number };
  /** A new search worker building the index from every record. */
  indexBuild: { ms: number; docs: number };
  names: NameFigures;
  namesFull: NameFigures;
  /** The search box's search (popover: 5 hits per group). */
  fullText: FullTextFigures;
  /** The search page's search (50 hits per group). */
  fullTextPage: FullTextFigures;
  baseline: NameFigures | null;
  exported: ExportFigures;
  exportPeakHeap: number;
  /** The page's main-thread CPU time in the raw bulkPut, the import and the export. */
  cpuMs: { raw: number; import: number; export: number };
  startup: StartupSummary | null;
  /** null when not asked for (dossiers are printed once per run) or when printing failed. */
  dossier: DossierFigures | null;
  dossierAsked: boolean;
  /** Why figures are null. */
  notes: string[];
}

/** A page call with the main thread's CPU time and the heap peak over it. */
async function measured<T>(
  browser: BenchBrowser,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: number; peakHeap: number }> {
  const before = await browser.mainThreadCpuMs();
  const stop = sampleHeap(browser);
  const stopWorkers = await sampleWorkerHeaps(browser.cdp);
  const result = await work();
  const peakHeap = stop();
  const workers = [...(await stopWorkers())].map(([name, used]) => `${name} ${mb(used)} MB`);
  progress(`  workers' peak heaps: ${workers.join(', ') || 'none seen'}`);
  return { result, cpuMs: (await browser.mainThreadCpuMs()) - before, peakHeap };
}

/** Runs `work` under the V8 profiler when asked to, writing DIR/<size>-<phase>.cpuprofile. */
async function profiled<T>(
  browser: BenchBrowser,
  dir: string | null,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  if (dir === null) return work();
  await browser.cdp.send('Profiler.enable');
  await browser.cdp.send('Profiler.start');
  // The workers' threads too (the bundle and deflate workers of an import or export).
  const stopThreads = await traceThreadProfiles(browser.cdp);
  try {
    return await work();
  } finally {
    const { profile } = await browser.cdp.send('Profiler.stop');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    progress(`CPU profile written to ${join(dir, `${name}.cpuprofile`)}`);
    for (const { thread, profile: threadProfile } of await stopThreads()) {
      if (!thread.includes('Worker')) continue;
      const file = join(dir, `${name}-${thread}.cpuprofile`);
      await writeFile(file, JSON.stringify(threadProfile));
      progress(`CPU profile written to ${file}`);
    }
  }
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
/** The search page's hits per group (renderer/search SearchResultsView). */
const RESULTS_PAGE_LIMIT = 50;
/** Cold starts of the app on the archive's profile, reported by their median (summarizeStarts). */
const COLD_STARTS = 5;

type RawMethod = 'rawBulkPut' | 'rawBulkPutChunked';
interface RawPage {
  browser: BenchBrowser;
  call: ReturnType<typeof callPage>;
}

/**
 * Runs `work` in the bench page of a browser on a profile of its own, deleted afterwards.
 * The raw bulkPuts run apart from the archive's profile: a deleted database leaves its rows
 * in the profile's LevelDB until compaction reaches them, and the browser's first open of
 * the origin's databases reads past them (a cold open of the stored L archive took 1.1–1.5 s
 * after the raw writes had run and been deleted in its profile), which would be charged to
 * the app's import and start-up.
 */
async function inFreshProfile<T>(
  options: BenchOptions,
  server: BenchServer,
  size: SizeName,
  work: (page: RawPage) => Promise<T>,
): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), 'kartoteka-bench-raw-'));
  try {
    const browser = await openBenchBrowser(options.chromium, profile);
    try {
      await browser.page.goto(`${server.origin}/harness/bench.html`);
      await browser.page.waitForFunction(() => window.kartotekaBench !== undefined);
      const call = callPage(browser.page);
      await call('reset');
      await call('loadBundle', `/data/${size}.kartoteka`);
      await call('prepareRawPut');
      return await work({ browser, call });
    } finally {
      await browser.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

function measuredRaw({ browser, call }: RawPage, method: RawMethod) {
  return measured(browser, () => call(method));
}

/** Imports, searches and exports in the bench page, then closes the browser. */
async function measureInPage(
  options: BenchOptions,
  server: BenchServer,
  data: CachedDataset,
  profile: string,
) {
  const { meta } = data;
  const size = meta.size;
  const queries = benchQueries(meta);
  server.addData(`${size}.kartoteka`, data.bundleFile);
  progress(`${size}: raw Dexie bulkPut of the same records…`);
  const raw = await inFreshProfile(options, server, size, (page) =>
    measuredRaw(page, 'rawBulkPut'),
  );
  progress(`${size}: raw bulkPut ${Math.round(raw.result.ms)} ms (${raw.result.rows} rows)`);
  const rawChunked = (
    await inFreshProfile(options, server, size, (page) => measuredRaw(page, 'rawBulkPutChunked'))
  ).result;
  progress(`${size}: raw bulkPut in chunks ${Math.round(rawChunked.ms)} ms`);

  const browser = await openBenchBrowser(options.chromium, profile);
  try {
    await browser.page.goto(`${server.origin}/harness/bench.html`);
    await browser.page.waitForFunction(() => window.kartotekaBench !== undefined);
    const call = callPage(browser.page);
    // Every phase may be profiled (--cpu-profile): the file is named after the phase.
    const page: typeof call = (method, ...args) =>
      profiled(browser, options.cpuProfileDir, `${size}-${method}`, () => call(method, ...args));
    await page('reset');
    await page('loadBundle', `/data/${size}.kartoteka`);

    progress(`${size}: importing the bundle through the app's import…`);
    const imported = await measured(browser, () => page('importBundle'));
    const i = imported.result;
    const r = (n: number) => Math.round(n);
    progress(
      `${size}: import ${r(i.ms)} ms (read ${r(i.readMs)}, preview ${r(i.previewMs)}, apply ${r(i.applyMs)}, index ${r(i.indexMs)}: catch-up ${r(i.indexCatchUpMs)}, save ${r(i.indexSaveMs)}), peak heap ${mb(imported.peakHeap)} MB`,
    );
    const textsPacked = await page('textsPacked');
    progress(
      `${size}: every text in the search worker's pack ${Math.round(textsPacked.ms)} ms after the import`,
    );
    const indexLoad = await page('loadIndex');
    progress(
      `${size}: saved index loaded back in ${Math.round(indexLoad.ms)} ms (people part ${Math.round(indexLoad.peopleMs)} ms)`,
    );
    const indexBuild = await page('rebuildIndex');
    progress(`${size}: index rebuilt from every record in ${Math.round(indexBuild.ms)} ms`);

    const names = await page('nameSearch', queries.names, 50);
    progress(`${size}: name index p95 ${names.p95} ms, top-1 ${names.top1Accuracy}`);
    const namesFull = await page('nameFullSearch', queries.names, 50);
    progress(
      `${size}: names through the whole search p95 ${namesFull.p95} ms, top-1 ${namesFull.top1Accuracy}`,
    );
    const fullText = await page('fullTextSearch', queries.fullText, 25);
    progress(`${size}: full text (popover) p50 ${fullText.p50} ms, p95 ${fullText.p95} ms`);
    const fullTextPage = await page('fullTextSearch', queries.fullText, 25, RESULTS_PAGE_LIMIT);
    progress(`${size}: full text (results page) p95 ${fullTextPage.p95} ms`);

    let baseline: NameFigures | null = null;
    if (options.baseline) {
      progress(`${size}: naive fuse.js baseline over ${BASELINE_QUERIES} queries…`);
      baseline = await page('baselineFuse', queries.names.slice(0, BASELINE_QUERIES), 5);
      progress(`${size}: baseline p95 ${baseline.p95} ms, top-1 ${baseline.top1Accuracy}`);
    }

    progress(`${size}: exporting the archive through the app's export…`);
    const exported = await measured(browser, () => page('exportBundle'));
    progress(
      `${size}: export ${Math.round(exported.result.ms)} ms, ${exported.result.bytes} bytes, peak heap ${mb(exported.peakHeap)} MB`,
    );
    return {
      raw,
      rawChunked,
      imported,
      indexLoad,
      textsPacked,
      indexBuild,
      names,
      namesFull,
      fullText,
      fullTextPage,
      baseline,
      exported,
      queries,
    };
  } finally {
    await browser.close();
  }
}

/** All figures of one data set: page phases, then start-up on the same profile, then dossiers. */
export async function measureSize(
  options: BenchOptions,
  server: BenchServer,
  data: CachedDataset,
  appError: string | null,
): Promise<SizeFigures> {
  const notes: string[] = [];
  const profile = await mkdtemp(join(tmpdir(), 'kartoteka-bench-profile-'));
  try {
    const page = await measureInPage(options, server, data, profile);
    let startup: StartupSummary | null = null;
    if (appError === null) {
      try {
        const starts: StartupFigures[] = [];
        for (let i = 0; i < COLD_STARTS; i++) {
          progress(
            `${data.meta.size}: restarting Chromium on the archive, opening the app (${i + 1}/${COLD_STARTS})…`,
          );
          starts.push(
            await measureStartup({
              chromiumPath: options.chromium,
              profile,
              appUrl: `${server.origin}/app/index.html`,
              query: page.queries.startup.query,
              surnames: page.queries.startup.surnames,
            }),
          );
        }
        startup = summarizeStarts(starts);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        notes.push(`app start-up: ${reason ?? ''}`);
        progress(`app start-up failed: ${reason ?? ''}`);
      }
    } else {
      notes.push(`app start-up and heap: the app did not build (${appError})`);
    }
    let dossier: DossierFigures | null = null;
    if (options.dossier) {
      progress(`${data.meta.size}: dossiers…`);
      try {
        dossier = await measureDossier(
          await data.dossier(),
          options.chromium,
          options.dossierSeparate,
        );
      } catch (error) {
        notes.push(`dossier: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return {
      size: data.meta.size,
      raw: page.raw.result,
      rawChunked: page.rawChunked,
      imported: page.imported.result,
      importPeakHeap: page.imported.peakHeap,
      indexLoad: page.indexLoad,
      textsPacked: page.textsPacked,
      indexBuild: page.indexBuild,
      names: page.names,
      namesFull: page.namesFull,
      fullText: page.fullText,
      fullTextPage: page.fullTextPage,
      baseline: page.baseline,
      exported: page.exported.result,
      exportPeakHeap: page.exported.peakHeap,
      cpuMs: { raw: page.raw.cpuMs, import: page.imported.cpuMs, export: page.exported.cpuMs },
      startup,
      dossier,
      dossierAsked: options.dossier,
      notes,
    };
  } finally {
    if (options.keepProfile)
      progress(`${data.meta.size}: the Chromium profile is kept in ${profile}`);
    else await rm(profile, { recursive: true, force: true });
  }
}
