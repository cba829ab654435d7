import type { KartotekaDb } from '../../../renderer/db/kartotekaDb.js';
import type { SearchIndexStore } from '../../../renderer/db/archiveTypes.js';
import { readSearchDocs } from '../../../renderer/db/searchDocs.js';
import { ArchiveSearch, SAVED_INDEX_KEY } from '../../../renderer/search/ArchiveSearch.js';
import { NameIndex } from '../../../shared/names/NameIndex.js';
import type { SerializedSearchIndex } from '../../../shared/search/SearchIndex.js';

/**
 * The app's search (renderer/search ArchiveSearch over shared/search's SearchIndex), driven
 * the way the search box drives it: every record read as index documents (readSearchDocs,
 * what the app's live query does), handed to sync(), the index saved by the service itself;
 * queries through search(text, limit).
 */

/** ArchiveSearch saves this long after its last change (its debounce, not work). */
const SAVE_DELAY_MS = 1500;

export interface IndexBuildFigures {
  /** readSearchDocs: every record and text out of IndexedDB as documents. */
  readDocsMs: number;
  /** ArchiveSearch.sync: the documents indexed (signatures compared, changed ones added). */
  syncMs: number;
  /** From the save timer's due time to the saved index written (toJSON + put). */
  saveMs: number;
  docs: number;
}

/** The archive's search-index store, with a way to wait for the service's next save. */
function watchedStore(store: SearchIndexStore) {
  let saved: { at: number; value: unknown } | null = null;
  let waiting: ((value: { at: number; value: unknown }) => void) | null = null;
  const watched: SearchIndexStore = {
    ...store,
    put: async (key, value) => {
      await store.put(key, value);
      if (key !== SAVED_INDEX_KEY) return;
      saved = { at: performance.now(), value };
      waiting?.(saved);
      waiting = null;
    },
  };
  return {
    store: watched,
    nextSave: () =>
      new Promise<{ at: number; value: unknown }>((resolve) => {
        saved = null;
        waiting = resolve;
      }),
    lastSaved: () => saved,
  };
}

export class BenchSearch {
  private readonly watched;
  private service: ArchiveSearch;
  private names: NameIndex | null = null;

  constructor(
    store: SearchIndexStore,
    private readonly db: KartotekaDb,
  ) {
    this.watched = watchedStore(store);
    this.service = new ArchiveSearch(this.watched.store);
  }

  /** What the app does once an import has changed the tables: re-read, sync, save. */
  async indexArchive(): Promise<IndexBuildFigures> {
    const started = performance.now();
    const docs = await readSearchDocs(this.db);
    const read = performance.now();
    const save = this.watched.nextSave();
    await this.service.sync(docs);
    const synced = performance.now();
    const { at, value } = await save;
    this.names = NameIndex.fromJSON((value as { index: SerializedSearchIndex }).index.names);
    return {
      readDocsMs: read - started,
      syncMs: synced - read,
      saveMs: Math.max(0, at - (synced + SAVE_DELAY_MS)),
      docs: docs.length,
    };
  }

  /**
   * A restart's restore: a new service reads the saved index back from IndexedDB and
   * restores it (it announces the restore as its first change).
   */
  async timeRestore(store: SearchIndexStore): Promise<number> {
    const started = performance.now();
    const restored = new ArchiveSearch(store);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        // No saved index (or an outdated one) is restored silently: no change is announced.
        timer = setTimeout(() => reject(new Error('no saved index was restored')), 300_000);
        const stop = restored.subscribe(() => {
          stop();
          resolve();
        });
      });
      return performance.now() - started;
    } finally {
      clearTimeout(timer);
      restored.dispose();
    }
  }

  /** Case file ids for a name, best first: the name index (shared/names) alone. */
  nameIndex(query: string): string[] {
    if (!this.names) throw new Error('the archive is not indexed yet');
    return this.names.search(query).map((m) => m.personId);
  }

  /** The search box's search (what every keystroke runs); the case files' ids, best first. */
  caseIds(query: string, limit?: number): string[] {
    return (this.service.search(query, { limit })?.cases.hits ?? []).map((h) => h.id);
  }

  /** The search box's search; how many hits it shows in all groups. */
  hits(query: string, limit?: number): number {
    const r = this.service.search(query, { limit });
    return r ? r.cases.hits.length + r.sources.hits.length + r.notes.hits.length : 0;
  }
}
