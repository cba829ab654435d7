import {
  SearchIndex,
  type SearchRequest,
  type SearchResults,
  type SerializedSearchIndex,
} from '../../shared/search/index.js';
import type { JournalEntry, SearchSource } from '../db/searchSource';
import type { IndexStatus, SearchCallOptions } from './searchProtocol';
import { INDEX_KEYS, isCurrentMeta, newSavedMeta } from './savedIndexMeta';
import { SplitIndex } from './SplitIndex';
import { WorkerTexts } from './WorkerTexts';
import { nextTask } from './nextTask';
import { runWarmUp, WARM_UP_SEARCHES } from './runWarmUp';

export { INDEX_KEYS } from './savedIndexMeta';
/** Saved by earlier versions of the app (one JSON object on the window's thread): dropped. */
const LEGACY_KEYS = ['index'];

function restorePart(value: unknown): SearchIndex {
  if (typeof value !== 'object' || value === null) throw new Error('a saved index part is missing');
  // fromJSON checks the format and version itself and throws on a mismatch.
  return SearchIndex.fromJSON(value as SerializedSearchIndex);
}

export interface WorkerCoreOptions {
  /** Quiet time after the last change before the index is saved. */
  saveDelayMs?: number;
  /** Records read and indexed between two pauses. */
  batchSize?: number;
  /** Catch-ups of at least this many documents report progress. */
  progressFrom?: number;
  /** Awaited between batches, so searches are answered during a long build. */
  pause?: () => Promise<void>;
  /**
   * Started ahead of the window (prestartSearchWorker): the sources part is not restored
   * before the window is there (windowConnected) and has had time to ask its first search.
   */
  aheadOfWindow?: boolean;
  /** How long, once the window is there, the sources part waits for a first search (ahead: 1 s, else 0). */
  sourcesGraceMs?: number;
  /** Warm-up searches run once the index holds `warmUpFrom` documents (default WARM_UP_SEARCHES; 0: none). */
  warmUpSearches?: number;
  /** Documents the index must hold for a warm-up to be worth it (default 2,000). */
  warmUpFrom?: number;
}

/** Longest wait for the window before the sources part is restored anyway. */
const WINDOW_WAIT_MS = 5000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface SearchAnswer {
  results: SearchResults | null;
  partial: boolean;
  workerMs: number;
}

/**
 * The search worker's logic, apart from the messages (testable without a Worker): restores
 * the saved index (people first, then sources), catches up with the change journal, rebuilds
 * when there is nothing usable to restore, saves after changes, answers searches with the
 * texts of the hits that need them (WorkerTexts: its text pack, else IndexedDB).
 */
export class SearchWorkerCore {
  private index = new SplitIndex(SearchIndex.create(), null);
  /** Source texts held deflated, so that snippets and phrase checks need no database read. */
  private readonly texts: WorkerTexts;
  /**
   * A source was removed or changed since the pack was last checked for texts no source has:
   * that check goes over every source and every packed text, so a save does it only then.
   */
  private textsMayBeUnused = true;
  private status: IndexStatus = {
    revision: 0,
    loaded: 'none',
    progress: null,
    failure: null,
    docs: 0,
    textsHeld: false,
    warmUpMs: null,
  };
  private queue: Promise<unknown> = Promise.resolve();
  private catchUpQueued = false;
  /** Journal rows applied to the index in memory, deleted when it is next saved. */
  private readonly applied = new Set<string>();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private stopWatching: (() => void) | null = null;
  private peopleLoaded: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly saveDelayMs: number;
  private readonly batchSize: number;
  private readonly progressFrom: number;
  private readonly pause: () => Promise<void>;
  private readonly sourcesGraceMs: number;
  private readonly windowThere: Promise<void>;
  private markWindowThere: () => void = () => undefined;
  private readonly firstAnswer: Promise<void>;
  private markAnswered: () => void = () => undefined;
  private readonly warmUpSearches: number;
  private readonly warmUpFrom: number;
  /** Started (once per worker: the code it warms stays warm). */
  private warmUpStarted = false;

  constructor(
    private readonly source: SearchSource,
    private readonly emit: (status: IndexStatus) => void,
    options: WorkerCoreOptions = {},
  ) {
    this.saveDelayMs = options.saveDelayMs ?? 1500;
    this.batchSize = options.batchSize ?? 500;
    this.progressFrom = options.progressFrom ?? 1000;
    this.warmUpSearches = options.warmUpSearches ?? WARM_UP_SEARCHES;
    this.warmUpFrom = options.warmUpFrom ?? 2000;
    this.pause = options.pause ?? nextTask;
    // Without a head start, the window's first search is already waiting when the people part
    // is in, and is answered before the sources part is read. Ahead of the window, that search
    // comes some hundreds of ms after the window does (on a busy machine), and the sources
    // part must not hold the thread when it arrives.
    this.sourcesGraceMs = options.sourcesGraceMs ?? (options.aheadOfWindow ? 1000 : 0);
    this.windowThere = options.aheadOfWindow
      ? new Promise<void>((resolve) => (this.markWindowThere = resolve))
      : Promise.resolve();
    this.firstAnswer = new Promise<void>((resolve) => (this.markAnswered = resolve));
    this.texts = new WorkerTexts({
      source,
      pause: this.pause,
      onHeld: (held) => this.setTextsHeld(held),
      onAdded: () => this.scheduleSave(),
      closed: () => this.closed,
    });
  }

  /** The window has taken over a worker started ahead of it. */
  windowConnected(): void {
    this.markWindowThere();
  }

  /** Restores, then catches up; follows the journal from then on. */
  start(): Promise<void> {
    let peopleIn: () => void = () => undefined;
    this.peopleLoaded = new Promise<void>((resolve) => (peopleIn = resolve));
    const started = this.enqueue(() => this.restore(peopleIn)).finally(peopleIn);
    this.stopWatching = this.source.watch(() => this.requestCatchUp());
    this.requestCatchUp();
    return started;
  }

  /** Answers from what is loaded (waiting only for the people part to be restored). */
  async search(request: SearchRequest, options: SearchCallOptions): Promise<SearchAnswer> {
    await this.peopleLoaded;
    const started = performance.now();
    if (!request.text.trim()) return { results: null, partial: false, workerMs: 0 };
    const results = await this.index
      .search(request, {
        limit: options.limit ?? 5,
        crossScript: options.crossScript ?? true,
        loadTexts: (wanted) => this.texts.load(wanted),
      })
      .finally(() => this.markAnswered());
    return {
      results,
      partial: !this.index.complete || this.status.progress !== null,
      workerMs: performance.now() - started,
    };
  }

  /** Re-reads the journal soon; several requests before it runs make one catch-up. */
  requestCatchUp(): void {
    if (this.catchUpQueued || this.closed) return;
    this.catchUpQueued = true;
    void this.enqueue(() => {
      this.catchUpQueued = false;
      return this.catchUp();
    });
  }

  /**
   * Resolves once the journal as it is now is applied (and the index saved, when `save`),
   * with the save's duration in ms.
   */
  async settle(save: boolean): Promise<number | null> {
    await this.enqueue(() => this.catchUp());
    if (!save) return null;
    return this.enqueue(() => this.save());
  }

  close(): void {
    this.closed = true;
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.stopWatching?.();
    this.source.close();
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch((error: unknown) => {
      console.error('search index update failed', error);
    });
    return run;
  }

  private setStatus(patch: Partial<IndexStatus>, bump = false): void {
    this.status = {
      ...this.status,
      ...patch,
      revision: this.status.revision + (bump ? 1 : 0),
      docs: this.index.size,
    };
    this.emit(this.status);
  }

  private async restore(peopleIn: () => void): Promise<void> {
    try {
      // Both read at once: the people part is what the first search waits for.
      const [meta, people] = await Promise.all([
        this.source.readPart(INDEX_KEYS.meta),
        this.source.readPart(INDEX_KEYS.people),
      ]);
      performance.mark('search-worker: people part read');
      if (!isCurrentMeta(meta)) {
        // Searches answer from the index as it grows.
        peopleIn();
        await this.rebuild();
        return;
      }
      this.index = new SplitIndex(restorePart(people), null);
      performance.mark('search-worker: people part restored');
      this.setStatus({ loaded: 'people' }, true);
      peopleIn();
      await this.firstSearchOrGrace();
      this.index.setSources(restorePart(await this.source.readPart(INDEX_KEYS.sources)));
      performance.mark('search-worker: sources part restored');
      this.setStatus({ loaded: 'all' }, true);
      await this.texts.readSaved();
      this.requestFill();
      this.warmUpWhenLarge();
    } catch (error) {
      // A damaged or outdated index is rebuilt from the records.
      console.warn('rebuilding the search index', error);
      peopleIn();
      await this.rebuild();
    }
  }

  /**
   * Reading and restoring the sources part holds this thread for a while (seconds with a
   * large archive), and a search that arrives meanwhile waits for it: so the window's first
   * search, usually asked right after it opens, is answered from the people part first.
   */
  private async firstSearchOrGrace(): Promise<void> {
    const windowThere = Promise.race([this.windowThere, delay(WINDOW_WAIT_MS)]);
    await Promise.race([this.firstAnswer, windowThere.then(() => delay(this.sourcesGraceMs))]);
  }

  /** Indexes every record again, into a fresh index that answers as it grows. */
  private async rebuild(): Promise<void> {
    // Whatever the journal holds now is covered by reading every record after this.
    const journal = await this.source.readJournal();
    const total = await this.source.countDocs();
    // Texts already in the pack (a rebuild after an update of the index's format) are not
    // deflated again.
    await this.texts.readSaved();
    this.index = SplitIndex.empty();
    this.index.markAllDirty();
    this.textsMayBeUnused = true;
    this.setStatus({ loaded: 'all', progress: { done: 0, total } }, true);
    let done = 0;
    for await (const docs of this.source.allDocs(this.batchSize)) {
      for (const doc of docs) this.index.update(doc);
      done += docs.length;
      this.setStatus({ progress: { done, total: Math.max(total, done) } }, true);
      await this.pause();
    }
    for (const key of journal.rowKeys) this.applied.add(key);
    this.setStatus({ progress: null }, true);
    await this.save();
    performance.mark('search-worker: index rebuilt and saved');
    this.requestFill();
    this.warmUpWhenLarge();
  }

  /** Applies the journal rows not applied yet: only the records they name are read. */
  private async catchUp(): Promise<void> {
    if (this.closed) return;
    const journal = await this.source.readJournal();
    const rows: string[] = [];
    const entries: JournalEntry[] = [];
    journal.rowKeys.forEach((key, i) => {
      const entry = journal.entries[i];
      if (this.applied.has(key) || !entry) return;
      rows.push(key);
      entries.push(entry);
    });
    if (rows.length === 0) return;
    if (entries.some((e) => e.keys === null)) {
      await this.rebuild();
      return;
    }
    const { total, batches } = await this.source.changedDocs(entries);
    const reporting = total >= this.progressFrom;
    let done = 0;
    let newTexts = false;
    for await (const batch of batches(this.batchSize)) {
      for (const ref of batch.removed) {
        this.index.remove(ref.kind, ref.id);
        if (ref.kind === 'source') this.textsMayBeUnused = true;
      }
      for (const doc of batch.docs) {
        this.index.update(doc);
        if (doc.kind !== 'source') continue;
        // An edited source may have left its old text behind.
        this.textsMayBeUnused = true;
        if (!this.texts.has(doc.sha256)) newTexts = true;
      }
      done += batch.docs.length + batch.removed.length;
      if (reporting) {
        this.setStatus({ progress: { done, total } }, true);
        await this.pause();
      }
    }
    for (const key of rows) this.applied.add(key);
    this.setStatus({ progress: null }, true);
    this.scheduleSave();
    // Looking for missing texts goes over every source: only when a text came in.
    if (newTexts) this.requestFill();
    // An import into a small or empty archive makes it large.
    this.warmUpWhenLarge();
  }

  /** Starts the warm-up searches, once, when the whole index is in and large enough to need them. */
  private warmUpWhenLarge(): void {
    if (this.warmUpStarted || !this.index.complete || this.index.size < this.warmUpFrom) return;
    if (this.warmUpSearches <= 0) return;
    this.warmUpStarted = true;
    // With the texts the pack holds only: no database reads.
    void runWarmUp({
      index: this.index,
      count: this.warmUpSearches,
      pause: this.pause,
      closed: () => this.closed,
      loadTexts: (wanted) => this.texts.loadHeld(wanted),
    })
      .then((ms) => {
        if (ms !== null) this.setStatus({ warmUpMs: ms });
      })
      .catch((error: unknown) => console.warn('warm-up search failed', error));
  }

  /** Fills the text pack with what it lacks, in the background. */
  private requestFill(): void {
    this.texts.fill(() => this.index.textHashes());
  }

  private setTextsHeld(held: boolean): void {
    if (this.status.textsHeld !== held) this.setStatus({ textsHeld: held });
  }

  private scheduleSave(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.enqueue(() => this.save());
    }, this.saveDelayMs);
  }

  /** Writes the changed parts and prunes the journal rows they include; its duration in ms. */
  private async save(): Promise<number> {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const started = performance.now();
    const dirty = this.index.takeDirty();
    const live = this.textsMayBeUnused ? this.index.textHashes() : null;
    const pack = this.texts.planSave(live);
    const remove = [...this.applied, ...LEGACY_KEYS, ...pack.remove];
    if (dirty.size === 0 && this.applied.size === 0 && pack.put.size === 0) return 0;
    const parts = new Map<string, unknown>();
    parts.set(INDEX_KEYS.meta, newSavedMeta());
    for (const [part, value] of dirty) parts.set(INDEX_KEYS[part], value);
    for (const [key, chunk] of pack.put) parts.set(key, chunk);
    try {
      await this.source.savePartsAndPrune(parts, remove);
      pack.commit();
      // Checked against every source now (not while the sources part is still loading).
      if (live !== null) this.textsMayBeUnused = false;
    } catch (error) {
      // Saved next time; the journal rows stay, so a restart still catches up.
      this.index.markAllDirty();
      console.warn('could not save the search index', error);
      return performance.now() - started;
    }
    for (const key of remove) this.applied.delete(key);
    return performance.now() - started;
  }
}
