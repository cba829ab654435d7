import type { IndexDoc, TextToLoad } from '../../shared/search/index.js';
import { KartotekaDb, WORKER_OPEN } from './kartotekaDb.js';
import {
  allSearchDocs,
  changedDocs,
  countSearchDocs,
  type DocBatch,
  loadSourceTexts,
  loadSourceTextBytes,
} from './searchDocs.js';
import {
  type JournalRead,
  readIndexPart,
  readIndexParts,
  readJournal,
  saveIndexParts,
} from './searchIndexStore.js';
import type { JournalEntry } from './searchJournal.js';
import { watchJournal } from './searchJournal.js';

export type { DocBatch, DocRef } from './searchDocs.js';
export type { JournalEntry } from './searchJournal.js';
export type { JournalRead } from './searchIndexStore.js';

/**
 * What the search worker needs of the archive, without Dexie: the journal of changes, the
 * records as index documents, source texts for snippets, and the saved index's parts.
 */
export interface SearchSource {
  readonly name: string;
  readJournal(): Promise<JournalRead>;
  changedDocs(
    entries: readonly JournalEntry[],
  ): Promise<{ total: number; batches: (batchSize: number) => AsyncGenerator<DocBatch> }>;
  countDocs(): Promise<number>;
  allDocs(batchSize: number): AsyncGenerator<IndexDoc[]>;
  /** Source texts by source id, read by their hashes (those not stored left out). */
  loadTexts(texts: readonly TextToLoad[]): Promise<Map<string, string>>;
  /** Source texts' UTF-8 bytes by hash (those not stored left out). */
  loadTextBytes(hashes: readonly string[]): Promise<Map<string, Uint8Array>>;
  readPart(key: string): Promise<unknown>;
  /** The saved parts whose keys start with `prefix`, a page at a time. */
  readParts(prefix: string): AsyncGenerator<Array<{ key: string; value: unknown }>>;
  /** Writes the parts and deletes the keys (applied journal rows, old parts) atomically. */
  savePartsAndPrune(parts: ReadonlyMap<string, unknown>, remove: readonly string[]): Promise<void>;
  /** Called after any commit that wrote the journal, from any window or worker. */
  watch(listener: () => void): () => void;
  close(): void;
}

export function searchSourceOf(db: KartotekaDb): SearchSource {
  return {
    name: db.name,
    readJournal: () => readJournal(db),
    changedDocs: (entries) => changedDocs(db, entries),
    countDocs: () => countSearchDocs(db),
    allDocs: (batchSize) => allSearchDocs(db, batchSize),
    loadTexts: (texts) => loadSourceTexts(db, texts),
    loadTextBytes: (hashes) => loadSourceTextBytes(db, hashes),
    readPart: (key) => readIndexPart(db, key),
    readParts: (prefix) => readIndexParts(db, prefix),
    savePartsAndPrune: (parts, remove) => saveIndexParts(db, parts, remove),
    watch: (listener) => watchJournal(db.name, listener),
    close: () => db.close(),
  };
}

/** Opens the archive `name` (already created by the window) for the search worker. */
export async function openSearchSource(name: string): Promise<SearchSource> {
  const db = new KartotekaDb(name, WORKER_OPEN);
  await db.open();
  return searchSourceOf(db);
}
