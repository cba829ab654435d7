import type { Archive } from '../../../renderer/db/archiveTypes.js';
import { openImportOffThread } from '../../../renderer/bundles/bundleWorkerClient.js';
import type { ImportFigures } from './benchPageApi.js';
import type { BenchSearch } from './benchSearch.js';
import { pageProgress, throttled } from './pageProgress.js';

/**
 * A bundle import the way the app's Import bundle dialog does it (renderer/bundles
 * useImportFlow): the file read and checked whole in the bundle worker, which then computes
 * the preview against the archive (import.read_ms ends when it reports that) and, on Apply,
 * writes it in steps under 1 MB, all or nothing (stagedApply.ts), with the dialog's progress;
 * the page receives only the preview, the counts and progress. Then what the app's search
 * does when the tables change: the search worker reads the records the import's journal
 * names, indexes them and saves the index. The user's click on Apply is not waited for.
 */
export async function importBundleBytes(
  bytes: Uint8Array,
  archive: Archive,
  search: BenchSearch,
): Promise<ImportFigures> {
  const report = throttled<string>(5000, pageProgress);
  const started = performance.now();
  let read = 0;
  const session = await openImportOffThread(
    archive.name,
    { bytes, name: 'benchmark.kartoteka' },
    undefined,
    (p) => {
      if (p !== 'comparing') report(`import: reading ${p.phase} ${p.done}/${p.total}`);
      else {
        read = performance.now();
        pageProgress('import: read; comparing with the archive');
      }
    },
  );
  const { prepared } = session;
  const previewed = performance.now();
  pageProgress('import: previewed; applying');
  await session.apply((p) => report(`import: applying ${p.phase} ${p.done}/${p.total}`));
  const applied = performance.now();
  pageProgress('import: applied; the search worker catches up');
  const index = await search.indexArchive(applied);
  const indexMs = index.buildMs + index.saveMs;
  return {
    ms: applied - started + indexMs,
    readMs: read - started,
    previewMs: previewed - read,
    applyMs: applied - previewed,
    indexMs,
    indexCatchUpMs: index.buildMs,
    indexSaveMs: index.saveMs,
    indexDocs: index.docs,
    revisions: prepared.revisions,
    texts: prepared.texts,
  };
}
