import type { SearchRequest, SearchResults } from '../../shared/search/index.js';
import {
  type FromWorker,
  type IndexStatus,
  parseFromWorker,
  type SearchCallOptions,
  type ToWorker,
} from './searchProtocol';
import { type SearchPort, searchWorkerPort } from './searchPort';

export type { IndexProgress, IndexStatus, SearchCallOptions } from './searchProtocol';

export interface SearchAnswer {
  /** null for an empty query. */
  results: SearchResults | null;
  /** Answered before the whole index was loaded or built: more may come. */
  partial: boolean;
  /** The worker's own time for the search, ms (the round trip is longer). */
  workerMs: number;
}

interface Waiting {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  kind: 'results' | 'settled';
}

const INITIAL: IndexStatus = {
  revision: 0,
  loaded: 'none',
  progress: null,
  failure: null,
  docs: 0,
  textsHeld: false,
  warmUpMs: null,
};

/**
 * The window's side of the archive's search: the index lives in the search worker, which
 * opens the archive itself, follows its change journal and answers searches. This keeps no
 * copy of the index or the texts; it passes questions and answers and the index's status.
 */
export class ArchiveSearch {
  private readonly waiting = new Map<number, Waiting>();
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private disposed = false;
  /** What the worker last said about the index. */
  status: IndexStatus = INITIAL;

  constructor(
    archiveName: string,
    private readonly port: SearchPort = searchWorkerPort(),
  ) {
    port.listen((data) => this.receive(data));
    port.post({ type: 'open', archive: archiveName });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `limit` hits per group (default 5); results null for an empty query. */
  search(request: string | SearchRequest, options: SearchCallOptions = {}): Promise<SearchAnswer> {
    const { text, filters } = typeof request === 'string' ? { text: request } : request;
    if (!text.trim()) return Promise.resolve({ results: null, partial: false, workerMs: 0 });
    return this.ask<SearchAnswer>('results', (id) => ({
      type: 'search',
      id,
      text,
      ...(filters ? { filters } : {}),
      ...(options.limit === undefined ? {} : { limit: options.limit }),
      ...(options.crossScript === undefined ? {} : { crossScript: options.crossScript }),
    }));
  }

  /** Tells the worker records changed (it also hears it from IndexedDB itself). */
  changed(): void {
    if (!this.disposed) this.port.post({ type: 'changed' });
  }

  /**
   * Resolves once every change written so far is in the index (and saved, when `save`),
   * with the save's duration in the worker.
   */
  settle(save: boolean): Promise<number | null> {
    return this.ask<number | null>('settled', (id) => ({ type: 'settle', id, save }));
  }

  dispose(): void {
    this.disposed = true;
    this.port.close();
    for (const w of this.waiting.values()) w.reject(new Error('the search was closed'));
    this.waiting.clear();
    this.listeners.clear();
  }

  private ask<T>(kind: Waiting['kind'], message: (id: number) => ToWorker): Promise<T> {
    if (this.disposed) return Promise.reject(new Error('the search was closed'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: never) => void, reject, kind });
      this.port.post(message(id));
    });
  }

  private receive(data: unknown): void {
    const message = parseFromWorker(data);
    if (!message) {
      console.warn('unreadable message from the search worker', data);
      return;
    }
    if (message.type === 'status') {
      this.status = message.status;
      for (const listener of this.listeners) listener();
      return;
    }
    this.answer(message);
  }

  private answer(message: Exclude<FromWorker, { type: 'status' }>): void {
    if (message.type === 'error' && message.id === null) {
      console.warn('search worker:', message.message);
      return;
    }
    const waiting = message.id === null ? undefined : this.waiting.get(message.id);
    if (!waiting || message.id === null) return;
    this.waiting.delete(message.id);
    if (message.type === 'error') {
      waiting.reject(new Error(message.message));
    } else if (message.type === 'results' && waiting.kind === 'results') {
      const answer: SearchAnswer = {
        results: message.results,
        partial: message.partial,
        workerMs: message.workerMs,
      };
      (waiting.resolve as (value: SearchAnswer) => void)(answer);
    } else if (message.type === 'settled' && waiting.kind === 'settled') {
      (waiting.resolve as (value: number | null) => void)(message.saveMs);
    } else {
      waiting.reject(new Error(`the search worker answered ${message.type}`));
    }
  }
}
