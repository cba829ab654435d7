import type { SizeFigures } from './measureSize.js';
import { round } from './harness/percentile.js';

export type FlatFigures = Record<string, number | null>;

const MB = 2 ** 20;
const mb = (bytes: number) => round(bytes / MB);
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? null : round(value);

/**
 * One data set's figures under the flat, dotted keys of issues 3, 4 and 5 (milliseconds and
 * MiB), plus a few that explain them. A key whose piece is missing is null, never guessed.
 */
export function flatFigures(f: SizeFigures): FlatFigures {
  const i = f.imported;
  const out: FlatFigures = {
    'search.fulltext.p50_ms': ms(f.fullText.p50),
    'search.fulltext.p95_ms': ms(f.fullText.p95),
    'search.fulltext.max_ms': ms(f.fullText.max),
    'search.fulltext.queries': f.fullText.count,
  };
  for (const [kind, k] of Object.entries(f.fullText.byKind))
    out[`search.fulltext.by_kind.${kind}.p95_ms`] = ms(k.p95);
  // The times above are round trips to the search worker, as the UI waits; its own share:
  out['search.fulltext.worker_p50_ms'] = ms(f.fullText.worker?.p50);
  out['search.fulltext.worker_p95_ms'] = ms(f.fullText.worker?.p95);
  // The search worker's own warm-up searches after the import, before any of these.
  out['search.warm_up_ms'] = ms(f.fullText.warmUpMs);
  out['search.fulltext.results_page.worker_p95_ms'] = ms(f.fullTextPage.worker?.p95);
  Object.assign(out, {
    'search.fulltext.results_page.p50_ms': ms(f.fullTextPage.p50),
    'search.fulltext.results_page.p95_ms': ms(f.fullTextPage.p95),
    'search.names.p50_ms': ms(f.names.p50),
    'search.names.p95_ms': ms(f.names.p95),
    'search.names.max_ms': ms(f.names.max),
    'search.names.top1_accuracy': f.names.top1Accuracy,
    'search.names.queries': f.names.count,
  } satisfies FlatFigures);
  for (const [kind, accuracy] of Object.entries(f.names.top1ByKind))
    out[`search.names.by_kind.${kind}.top1_accuracy`] = accuracy;
  Object.assign(out, {
    'search.names_fullsearch.p50_ms': ms(f.namesFull.p50),
    'search.names_fullsearch.p95_ms': ms(f.namesFull.p95),
    'search.names_fullsearch.top1_accuracy': f.namesFull.top1Accuracy,
    'search.baseline_fuse.p50_ms': ms(f.baseline?.p50),
    'search.baseline_fuse.p95_ms': ms(f.baseline?.p95),
    'search.baseline_fuse.top1_accuracy': f.baseline?.top1Accuracy ?? null,
    'search.baseline_fuse.queries': f.baseline?.count ?? null,
    'startup.first_result_ms': ms(f.startup?.firstResultMs),
    'startup.first_result_after_import_ms': ms(f.startup?.afterImportMs),
    'startup.first_result_max_ms': f.startup ? ms(Math.max(...f.startup.firstResultsMs)) : null,
    'startup.cold_starts': f.startup?.firstResultsMs.length ?? null,
    'startup.reload_first_result_ms': ms(f.startup?.reloadFirstResultMs),
    // Building the index = the search worker indexing every record of the imported archive
    // (no saved index); the import's own catch-up (only what it wrote) is reported beside.
    'index.build_ms': ms(f.indexBuild.ms),
    'index.catch_up_ms': ms(i.indexCatchUpMs),
    'index.save_ms': ms(i.indexSaveMs),
    'index.restore_ms': ms(f.indexLoad.ms),
    'index.restore_people_ms': ms(f.indexLoad.peopleMs),
    'index.texts_packed_after_import_ms': ms(f.textsPacked.ms),
    'index.docs': f.indexBuild.docs,
    // The whole renderer: the page and its workers (the search index lives in one).
    heap_mb: f.startup ? mb(f.startup.heapUsed + f.startup.workersHeapUsed) : null,
    'heap.page_mb': f.startup ? mb(f.startup.heapUsed) : null,
    'heap.workers_mb': f.startup ? mb(f.startup.workersHeapUsed) : null,
    // Typed arrays' memory is outside the V8 heap: the workers' is shown apart, not hidden.
    'heap.workers_backing_store_mb': f.startup ? mb(f.startup.workersBackingStore) : null,
    'heap.workers': f.startup ? f.startup.workers : null,
    'import.ms': ms(i.ms),
    'import.read_ms': ms(i.readMs),
    'import.preview_ms': ms(i.previewMs),
    'import.apply_ms': ms(i.applyMs),
    'import.index_ms': ms(i.indexMs),
    'import.raw_bulkput_ms': ms(f.raw.ms),
    'import.raw_bulkput_chunked_ms': ms(f.rawChunked.ms),
    // Issue 4's ratio target (≤ 1.5): the import against raw bulkPut plus the index build.
    'import.vs_raw_plus_index': Math.round((i.ms / (f.raw.ms + f.indexBuild.ms)) * 100) / 100,
    'import.peak_heap_mb': mb(f.importPeakHeap),
    'import.cpu_ms': ms(f.cpuMs.import),
    'import.raw_bulkput_cpu_ms': ms(f.cpuMs.raw),
    'export.ms': ms(f.exported.ms),
    'export.cpu_ms': ms(f.cpuMs.export),
    'export.peak_heap_mb': mb(f.exportPeakHeap),
    bundle_mb: mb(f.exported.bytes),
  } satisfies FlatFigures);
  if (f.dossier) {
    Object.assign(out, {
      'dossier.ms': ms(f.dossier.singleMs),
      'dossier.render_html_ms': ms(f.dossier.singleRenderMs),
      'dossier.pdf_kb': Math.round(f.dossier.singlePdfBytes / 1024),
      'dossier_batch.ms': ms(f.dossier.batchMs),
      'dossier_batch.render_html_ms': ms(f.dossier.batchRenderMs),
      'dossier_batch.pdf_kb': Math.round(f.dossier.batchPdfBytes / 1024),
      ...(f.dossier.batchSeparateMs === null
        ? {}
        : { 'dossier_batch_separate.ms': ms(f.dossier.batchSeparateMs) }),
      'dossier.printer_launch_ms': ms(f.dossier.launchMs),
    } satisfies FlatFigures);
  } else if (f.dossierAsked) {
    Object.assign(out, { 'dossier.ms': null, 'dossier_batch.ms': null });
  }
  return out;
}

/** The keys the issues ask for, all null: a data set whose run failed (see meta.notes). */
export const FAILED_SIZE: FlatFigures = Object.fromEntries(
  [
    'search.fulltext.p50_ms',
    'search.fulltext.p95_ms',
    'search.names.p95_ms',
    'search.names.top1_accuracy',
    'search.baseline_fuse.p95_ms',
    'startup.first_result_ms',
    'index.build_ms',
    'heap_mb',
    'import.ms',
    'import.raw_bulkput_ms',
    'export.ms',
    'bundle_mb',
  ].map((k) => [k, null]),
);
