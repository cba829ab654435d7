import type { KartotekaDb } from '../../../renderer/db/kartotekaDb.js';
import { ArchiveSearch, type SearchAnswer } from '../../../renderer/search/ArchiveSearch.js';
import { INDEX_KEYS } from '../../../renderer/search/SearchWorkerCore.js';
import { NameIndex } from '../../../shared/names/NameIndex.js';
import type { SerializedNameIndex } from '../../../shared/names/NameIndex.js';

/**
 * The app's search as the UI gets it: renderer/search ArchiveSearch, whose index lives in the
 * search worker (it opens the archive itself and follows the change journal). Every time is a
 * round trip from the window to the worker and back; the worker's own time for each search is
 * kept beside.
 */

export interface IndexBuildFigures {
  /** From the import's commit to the worker having indexed every record it wrote. */
  buildMs: number;
  /** The worker's save of the index after that (its own figure). */
  saveMs: number;
  docs: number;
}

export interface RestoreFigures {
  /** A new worker: the people part (case files, notes) restored and answering. */
  peopleMs: number;
  /** … and the sources part too: the whole index answering. */
  allMs: number;
}

/** Resolves when `search`'s status satisfies `done` (checked now and on every change). */
function statusWhere(search: ArchiveSearch, done: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (done()) {
      resolve();
      return;
    }
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 600_000);
    const stop = search.subscribe(() => {
      if (search.status.failure) reject(new Error(search.status.failure));
      if (!done()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

export class BenchSearch {
  private readonly service: ArchiveSearch;
  private names: NameIndex | null = null;
  /** The worker's own time of each search since the last `takeWorkerMs`. */
  private workerMs: number[] = [];

  constructor(
    archiveName: string,
    private readonly db: KartotekaDb,
  ) {
    this.service = new ArchiveSearch(archiveName);
  }

  /**
   * What the app does once an import has committed: the worker, told by IndexedDB, reads the
   * records the import's journal names and indexes them; then saves.
   */
  async indexArchive(committedAt: number): Promise<IndexBuildFigures> {
    this.service.changed();
    await this.service.settle(false);
    const built = performance.now();
    const saveMs = (await this.service.settle(true)) ?? 0;
    return { buildMs: built - committedAt, saveMs, docs: this.service.status.docs };
  }

  /** A restart's restore: a new worker restores the saved index from IndexedDB. */
  async timeRestore(archiveName: string): Promise<RestoreFigures> {
    const started = performance.now();
    const restored = new ArchiveSearch(archiveName);
    try {
      await statusWhere(restored, () => restored.status.loaded !== 'none', 'the people part');
      const peopleMs = performance.now() - started;
      await statusWhere(
        restored,
        () => restored.status.loaded === 'all' && restored.status.progress === null,
        'the whole index',
      );
      return { peopleMs, allMs: performance.now() - started };
    } finally {
      restored.dispose();
    }
  }

  /**
   * A new worker with no saved index to restore: it builds the index from every record (a
   * first start on an archive, or after an update of the index's format). Its save after
   * that is not in the figure.
   */
  async timeRebuild(archiveName: string): Promise<{ ms: number; docs: number }> {
    await this.db.searchIndex.delete(INDEX_KEYS.meta);
    const started = performance.now();
    const rebuilt = new ArchiveSearch(archiveName);
    try {
      await statusWhere(
        rebuilt,
        () => rebuilt.status.loaded === 'all' && rebuilt.status.progress === null,
        'the rebuilt index',
      );
      const ms = performance.now() - started;
      await rebuilt.settle(false);
      return { ms, docs: rebuilt.status.docs };
    } finally {
      rebuilt.dispose();
    }
  }

  /** Waits until the worker holds every source text (its text pack filled); the wait in ms. */
  async textsPacked(): Promise<{ ms: number }> {
    const started = performance.now();
    await statusWhere(this.service, () => this.service.status.textsHeld, 'the text pack');
    return { ms: performance.now() - started };
  }

  /** Waits until the worker has run its warm-up searches; how long they took (the worker's figure). */
  async warmedUp(): Promise<number> {
    await statusWhere(this.service, () => this.service.status.warmUpMs !== null, 'the warm-up');
    return this.service.status.warmUpMs ?? 0;
  }

  /** Case file ids for a name, best first: the name index (shared/names) alone, in the page. */
  async nameIndex(query: string): Promise<string[]> {
    if (!this.names) {
      const people = (await this.db.searchIndex.get(INDEX_KEYS.people))?.value as
        { names?: SerializedNameIndex } | undefined;
      if (!people?.names) throw new Error('the saved index has no name index');
      this.names = NameIndex.fromJSON(people.names);
    }
    return this.names.search(query).map((m) => m.personId);
  }

  /** The search box's search (what every keystroke runs); the case files' ids, best first. */
  async caseIds(query: string, limit?: number): Promise<string[]> {
    const answer = await this.ask(query, limit);
    return (answer.results?.cases.hits ?? []).map((h) => h.id);
  }

  /** The search box's search; how many hits it shows in all groups. */
  async hits(query: string, limit?: number): Promise<number> {
    const r = (await this.ask(query, limit)).results;
    return r ? r.cases.hits.length + r.sources.hits.length + r.notes.hits.length : 0;
  }

  /** The worker's own times since the last call (warm-up queries included). */
  takeWorkerMs(): number[] {
    const out = this.workerMs;
    this.workerMs = [];
    return out;
  }

  dispose(): void {
    this.service.dispose();
  }

  private async ask(query: string, limit?: number): Promise<SearchAnswer> {
    const answer = await this.service.search(query, limit === undefined ? {} : { limit });
    this.workerMs.push(answer.workerMs);
    return answer;
  }
}
