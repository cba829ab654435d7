import {
  type IndexDoc,
  SEARCH_INDEX_VERSION,
  SearchIndex,
  type SearchRequest,
  type SearchResults,
  type SerializedSearchIndex,
} from '../../shared/search/index.js';
import type { SearchIndexStore } from '../db';
import { docSignature } from './docSignature';

/** The key of the saved index in the archive's searchIndex store. */
export const SAVED_INDEX_KEY = 'index';
/** Documents indexed between two yields to the event loop, so typing never waits long. */
const CHUNK = 100;
const SAVE_DELAY_MS = 1500;

export interface IndexProgress {
  done: number;
  total: number;
}

export interface SearchCallOptions {
  /** Hits per group. Default 5 (the popover). */
  limit?: number;
  /** Match names across scripts and romanisations. Default true. */
  crossScript?: boolean;
}

interface SavedIndex {
  version: number;
  index: SerializedSearchIndex;
  /** [document key, signature] of every indexed document. */
  signatures: [string, string][];
}

const keyOf = (doc: IndexDoc) => `${doc.kind}:${doc.id}`;

function isSavedIndex(value: unknown): value is SavedIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedIndex>;
  return v.version === SEARCH_INDEX_VERSION && Array.isArray(v.signatures) && !!v.index;
}

/**
 * The archive's search index kept in memory: restored from the searchIndex store when its
 * version matches, brought up to date with the records document by document (only what
 * changed is re-indexed), saved back after changes.
 */
export class ArchiveSearch {
  private index = SearchIndex.create();
  private signatures = new Map<string, string>();
  private texts = new Map<string, string>();
  private queue: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private readonly restored: Promise<void>;
  /** Progress of the current (re)build; null when idle. */
  progress: IndexProgress | null = null;
  /** Bumped after every change, so views re-run their search. */
  revision = 0;

  constructor(private readonly store: SearchIndexStore) {
    this.restored = this.restore();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `limit` hits per group; null for an empty query. */
  search(request: string | SearchRequest, options: SearchCallOptions = {}): SearchResults | null {
    const text = typeof request === 'string' ? request : request.text;
    if (!text.trim()) return null;
    return this.index.search(request, {
      textOf: (id) => this.texts.get(id),
      limit: options.limit ?? 5,
      crossScript: options.crossScript ?? true,
    });
  }

  /** Brings the index up to the given records; calls are applied one after another. */
  sync(docs: readonly IndexDoc[]): Promise<void> {
    this.queue = this.queue
      .then(() => this.apply(docs))
      .catch((error: unknown) => {
        console.error('search index update failed', error);
      });
    return this.queue;
  }

  dispose(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.listeners.clear();
  }

  private async restore(): Promise<void> {
    try {
      const saved = await this.store.get(SAVED_INDEX_KEY);
      if (!isSavedIndex(saved)) return;
      this.index = SearchIndex.fromJSON(saved.index);
      this.signatures = new Map(saved.signatures);
      this.changed();
    } catch (error) {
      // A damaged or outdated index is rebuilt from the records.
      console.warn('rebuilding the search index', error);
      this.index = SearchIndex.create();
      this.signatures = new Map();
    }
  }

  private async apply(docs: readonly IndexDoc[]): Promise<void> {
    await this.restored;
    this.texts = new Map(docs.flatMap((d) => (d.kind === 'source' ? [[d.id, d.text]] : [])));
    const present = new Set<string>();
    const changed: IndexDoc[] = [];
    const signatures = new Map<string, string>();
    for (const doc of docs) {
      const key = keyOf(doc);
      present.add(key);
      const signature = docSignature(doc);
      signatures.set(key, signature);
      if (this.signatures.get(key) !== signature) changed.push(doc);
    }
    const removed = [...this.signatures.keys()].filter((key) => !present.has(key));
    if (changed.length === 0 && removed.length === 0) return;
    for (const key of removed) {
      const [kind, id] = splitKey(key);
      this.index.remove(kind, id);
      this.signatures.delete(key);
    }
    const total = changed.length;
    for (let done = 0; done < total; done += CHUNK) {
      if (total > CHUNK) {
        this.progress = { done, total };
        this.changed();
        await yieldToEventLoop();
      }
      for (const doc of changed.slice(done, done + CHUNK)) {
        this.index.update(doc);
        this.signatures.set(keyOf(doc), signatures.get(keyOf(doc)) ?? '');
      }
    }
    this.progress = null;
    this.changed();
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      const saved: SavedIndex = {
        version: SEARCH_INDEX_VERSION,
        index: this.index.toJSON(),
        signatures: [...this.signatures],
      };
      this.store.put(SAVED_INDEX_KEY, saved).catch((error: unknown) => {
        console.warn('could not save the search index', error);
      });
    }, SAVE_DELAY_MS);
  }

  private changed(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }
}

function splitKey(key: string): [IndexDoc['kind'], string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as IndexDoc['kind'], key.slice(at + 1)];
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
