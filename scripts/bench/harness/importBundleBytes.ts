import type { Archive } from '../../../renderer/db/archiveTypes.js';
import { readBundleOffThread } from '../../../renderer/bundles/bundleWorkerClient.js';
import { applyImport, prepareImport } from '../../../renderer/bundles/importBundle.js';
import type { ImportFigures } from './benchPageApi.js';
import type { BenchSearch } from './benchSearch.js';
import { pageProgress, throttled } from './pageProgress.js';

/**
 * A bundle import the way the app's Import bundle dialog does it (renderer/bundles
 * useImportFlow): the file read and checked whole in the bundle worker, the preview computed
 * against the archive, then applied in one transaction; then what the app's search does when
 * the tables change: every record re-read as documents, the index synced and saved. The
 * user's click on Apply is not waited for.
 */
export async function importBundleBytes(
  bytes: Uint8Array,
  archive: Archive,
  search: BenchSearch,
): Promise<ImportFigures> {
  const report = throttled<string>(5000, pageProgress);
  const started = performance.now();
  const bundle = await readBundleOffThread(bytes, undefined, (p) =>
    report(`import: reading ${p.phase} ${p.done}/${p.total}`),
  );
  const read = performance.now();
  pageProgress(`import: read ${bundle.revisions.length} revisions, ${bundle.texts.length} texts`);
  const prepared = await prepareImport(archive, bundle, 'benchmark.kartoteka');
  const previewed = performance.now();
  pageProgress('import: previewed; applying');
  await applyImport(archive, prepared);
  const applied = performance.now();
  pageProgress('import: applied; the search index catches up');
  const index = await search.indexArchive();
  const indexMs = index.readDocsMs + index.syncMs + index.saveMs;
  return {
    ms: applied - started + indexMs,
    readMs: read - started,
    previewMs: previewed - read,
    applyMs: applied - previewed,
    indexMs,
    indexReadDocsMs: index.readDocsMs,
    indexSyncMs: index.syncMs,
    indexSaveMs: index.saveMs,
    indexDocs: index.docs,
    revisions: bundle.revisions.length,
    texts: bundle.texts.length,
  };
}
