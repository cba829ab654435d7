/**
 * What the bench page offers the driver (runBench.ts calls these through page.evaluate).
 * Every figure is measured in the page with performance.now(); heap figures come from the
 * driver, over the DevTools protocol.
 */

export interface NameQueryInput {
  query: string;
  expectedCaseId: string;
  kind: string;
}

export interface FullTextQueryInput {
  query: string;
  /** phrase_words, quoted_phrase, common, surname_word */
  kind: string;
}

export interface LatencyFigures {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export interface NameFigures extends LatencyFigures {
  /** Share of queries whose first result is the expected case file. */
  top1Accuracy: number;
  /** The same, per kind of query (be, ru, latin_ru, typo, surname_first, folded). */
  top1ByKind: Record<string, number>;
}

export interface FullTextFigures extends LatencyFigures {
  byKind: Record<string, LatencyFigures>;
  /** The search worker's own time for the same queries (the figures above are round trips). */
  worker?: LatencyFigures;
  /** The worker's warm-up searches (run before these, awaited): how long they took. */
  warmUpMs?: number;
}

export interface ImportFigures {
  /** The whole import: read + preview + apply + the search index brought up to date and saved. */
  ms: number;
  /** readBundle in the bundle worker, result back in the window. */
  readMs: number;
  /** The preview (what is new, changed, conflicting) computed against the archive. */
  previewMs: number;
  /** applyRevisions and the bundle's record, in one transaction. */
  applyMs: number;
  /** The search worker catching up with the import's journal, then saving the index. */
  indexMs: number;
  /** From the import's commit to the worker having indexed what it wrote. */
  indexCatchUpMs: number;
  indexSaveMs: number;
  indexDocs: number;
  revisions: number;
  texts: number;
}

export interface RawPutFigures {
  ms: number;
  rows: number;
}

export interface ExportFigures {
  ms: number;
  bytes: number;
  revisions: number;
  texts: number;
}

export interface BenchPageApi {
  /** Deletes the archive databases the bench uses, so a run starts empty. */
  reset(): Promise<void>;
  /** Fetches a bundle into page memory (the file a user would pick), untimed. */
  loadBundle(url: string): Promise<{ bytes: number }>;
  /** Reads the loaded bundle's records for rawBulkPut (untimed). */
  prepareRawPut(): Promise<void>;
  /** Plain Dexie bulkPut of those records into a scratch database, in one transaction. */
  rawBulkPut(): Promise<RawPutFigures>;
  /** The same bulkPuts in transactions of a few thousand rows (then frees the records). */
  rawBulkPutChunked(): Promise<RawPutFigures>;
  /** Imports the loaded bundle through the app's import path; frees the bytes afterwards. */
  importBundle(): Promise<ImportFigures>;
  /** The name index alone (shared/names), top-1 against the expected case file. */
  nameSearch(queries: readonly NameQueryInput[], warmup: number): Promise<NameFigures>;
  /** The same queries through the search box's search (ArchiveSearch), first case file hit. */
  nameFullSearch(queries: readonly NameQueryInput[], warmup: number): Promise<NameFigures>;
  /** The search box's search; `limit` hits per group (undefined: the popover's default). */
  fullTextSearch(
    queries: readonly FullTextQueryInput[],
    warmup: number,
    limit?: number,
  ): Promise<FullTextFigures>;
  baselineFuse(queries: readonly NameQueryInput[], warmup: number): Promise<NameFigures>;
  /**
   * Waits for the import's search worker to hold every source text in its pack (filled in
   * the background after the import's catch-up); the wait in ms.
   */
  textsPacked(): Promise<{ ms: number }>;
  /** A new search worker restoring the saved index from IndexedDB (a restart's restore), timed. */
  loadIndex(): Promise<{ ms: number; peopleMs: number }>;
  /** A new search worker building the index from every record (no saved index), timed. */
  rebuildIndex(): Promise<{ ms: number; docs: number }>;
  exportBundle(): Promise<ExportFigures>;
}

declare global {
  interface Window {
    kartotekaBench?: BenchPageApi;
  }
}
