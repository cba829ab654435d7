import {
  annotationDoc,
  caseDoc,
  type DocKind,
  type IndexDoc,
  noteDoc,
  sourceDoc,
  type TextToLoad,
} from '../../shared/search/index.js';
import type { Table } from 'dexie';
import { getStoredTexts } from './getStoredTexts.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { readAhead } from './readAhead.js';
import { encodeSourceText, isUtf8Text } from './storedSourceText.js';
import type { JournalEntry } from './searchJournal.js';

/** A document to take out of the index (its record is gone). */
export interface DocRef {
  kind: DocKind;
  id: string;
}

/** Documents to (re)index and documents to remove, one batch of a catch-up. */
export interface DocBatch {
  docs: IndexDoc[];
  removed: DocRef[];
}

/** The records each document kind is read from. */
interface ChangedIds {
  case: Set<string>;
  source: Set<string>;
  note: Set<string>;
  annotation: Set<string>;
}

async function tagNamesOf(db: KartotekaDb): Promise<Map<string, string>> {
  return new Map((await db.tags.toArray()).map((t) => [t.id, t.name]));
}

/**
 * The documents a set of journal entries touches: a tag's change reaches the case files that
 * carry it, a text's the sources that show it. Entries naming a whole table are not
 * expanded here (the caller rebuilds).
 */
async function changedIds(db: KartotekaDb, entries: readonly JournalEntry[]): Promise<ChangedIds> {
  const ids: ChangedIds = {
    case: new Set(),
    source: new Set(),
    note: new Set(),
    annotation: new Set(),
  };
  const tags = new Set<string>();
  const texts = new Set<string>();
  for (const { table, keys } of entries) {
    for (const key of keys ?? []) {
      if (table === 'cases') ids.case.add(key);
      else if (table === 'sources') ids.source.add(key);
      else if (table === 'notes') ids.note.add(key);
      else if (table === 'annotations') ids.annotation.add(key);
      else if (table === 'tags') tags.add(key);
      else texts.add(key);
    }
  }
  if (tags.size > 0) {
    for (const id of await db.cases
      .where('tagIds')
      .anyOf([...tags])
      .primaryKeys())
      ids.case.add(id);
  }
  if (texts.size > 0) {
    for (const id of await db.sources
      .where('sha256')
      .anyOf([...texts])
      .primaryKeys())
      ids.source.add(id);
  }
  return ids;
}

/** The rows of these ids, by position (undefined: no such row). */
type RowReader = <R extends { id: string }>(
  table: Table<R, string>,
  ids: readonly string[],
) => Promise<Array<R | undefined>>;

/** One request per id (IndexedDB has no multi-get): for ids scattered over a table. */
const byKeys: RowReader = (table, ids) => table.bulkGet([...ids]);

/**
 * One request for the whole key range of `ids`, which must be in ascending order: for ids
 * that are most of their range (a rebuild's consecutive keys, an import that brought most of
 * a table). Each get is a round trip to the browser process that costs IndexedDB and the
 * worker about as much as reading its row (a trace of importing data set S in Chromium:
 * ~0.1 ms of the backend's and ~0.2 ms of the worker's per request); a range read pays once.
 * Rows of the range that were not asked for are left out.
 */
const byRange: RowReader = async (table, ids) => {
  const first = ids[0];
  const last = ids[ids.length - 1];
  if (first === undefined || last === undefined) return [];
  const rows = await table.where(':id').between(first, last, true, true).toArray();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
};

/** Reads one batch of records of one kind as documents; ids whose record is gone are removed. */
async function readBatch(
  db: KartotekaDb,
  kind: DocKind,
  ids: string[],
  tagNames: ReadonlyMap<string, string>,
  read: RowReader,
): Promise<DocBatch> {
  const docs: IndexDoc[] = [];
  const removed: DocRef[] = [];
  const gone = (id: string) => removed.push({ kind, id });
  if (kind === 'case') {
    const rows = await read(db.cases, ids);
    rows.forEach((row, i) => (row ? docs.push(caseDoc(row, tagNames)) : gone(ids[i] as string)));
  } else if (kind === 'source') {
    const rows = await read(db.sources, ids);
    const texts = await db.sourceTexts.bulkGet(rows.map((r) => r?.sha256 ?? ''));
    rows.forEach((row, i) =>
      row ? docs.push(sourceDoc(row, texts[i]?.text ?? '')) : gone(ids[i] as string),
    );
  } else if (kind === 'note') {
    const rows = await read(db.notes, ids);
    rows.forEach((row, i) => (row ? docs.push(noteDoc(row)) : gone(ids[i] as string)));
  } else {
    const rows = await read(db.annotations, ids);
    rows.forEach((row, i) => (row ? docs.push(annotationDoc(row)) : gone(ids[i] as string)));
  }
  return { docs, removed };
}

const KINDS: readonly DocKind[] = ['case', 'note', 'annotation', 'source'];

function tableOf(db: KartotekaDb, kind: DocKind): Table<{ id: string }, string> {
  const tables = { case: db.cases, note: db.notes, annotation: db.annotations, source: db.sources };
  return tables[kind] as unknown as Table<{ id: string }, string>;
}

/** `ids` in slices of `size`. */
function* slices(ids: readonly string[], size: number): Generator<string[]> {
  for (let at = 0; at < ids.length; at += size) yield ids.slice(at, at + size);
}

/**
 * How to read these ids of a table: by range when they are at least half of it (every range
 * is then read once, so no more than twice the rows asked for are read in all), else by key.
 * Returns the ids in the order the reader needs.
 */
async function planReads(
  db: KartotekaDb,
  kind: DocKind,
  ids: ReadonlySet<string>,
  denseFrom: number,
): Promise<{ ids: string[]; read: RowReader }> {
  if (ids.size < denseFrom) return { ids: [...ids], read: byKeys };
  const rows = await tableOf(db, kind).count();
  // Sorted by UTF-16 code units, as IndexedDB orders string keys: the ranges do not overlap.
  if (ids.size * 2 >= rows) return { ids: [...ids].sort(), read: byRange };
  return { ids: [...ids], read: byKeys };
}

/** Below this many ids a table is read by key: counting it would cost more than it saves. */
export const DENSE_FROM = 1000;

/**
 * The documents the journal entries touched, `batchSize` records at a time (an import's
 * catch-up must not hold every text at once), the next batches read while the caller indexes
 * one (readAhead); `total` first, for the progress.
 */
export async function changedDocs(
  db: KartotekaDb,
  entries: readonly JournalEntry[],
  denseFrom = DENSE_FROM,
): Promise<{ total: number; batches: (batchSize: number) => AsyncGenerator<DocBatch> }> {
  const ids = await changedIds(db, entries);
  const total = KINDS.reduce((n, kind) => n + ids[kind].size, 0);
  async function* batches(batchSize: number): AsyncGenerator<DocBatch> {
    const tagNames = await tagNamesOf(db);
    const plans = await Promise.all(KINDS.map((kind) => planReads(db, kind, ids[kind], denseFrom)));
    yield* readAhead(
      KINDS.flatMap((kind, k) => {
        const plan = plans[k] as { ids: string[]; read: RowReader };
        return [...slices(plan.ids, batchSize)].map(
          (slice) => () => readBatch(db, kind, slice, tagNames, plan.read),
        );
      }),
    );
  }
  return { total, batches };
}

/** How many documents the whole archive makes. */
export async function countSearchDocs(db: KartotekaDb): Promise<number> {
  const counts = await Promise.all([
    db.cases.count(),
    db.sources.count(),
    db.notes.count(),
    db.annotations.count(),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Every record as documents, `batchSize` records at a time in key order, each batch its own
 * read of its key range (the keys are read first, keys only), the next batches read while
 * the caller indexes one (readAhead): a rebuild never holds the archive's texts all at once.
 * A record added after the keys were read is left to the journal, which names it.
 */
export async function* allSearchDocs(
  db: KartotekaDb,
  batchSize: number,
): AsyncGenerator<IndexDoc[]> {
  const tagNames = await tagNamesOf(db);
  const keys = await Promise.all(
    KINDS.map((kind) => tableOf(db, kind).orderBy(':id').primaryKeys()),
  );
  const reads = KINDS.flatMap((kind, k) =>
    [...slices(keys[k] ?? [], batchSize)].map(
      (slice) => () => readBatch(db, kind, slice, tagNames, byRange),
    ),
  );
  for await (const { docs } of readAhead(reads)) yield docs;
}

/**
 * The texts of these sources by source id (the search worker's snippets and phrase checks),
 * read by the hashes the index keeps: a search waits for this on every keystroke, and reading
 * the sources first to learn their hashes was a second round trip to the database, as long as
 * the first (measured in Chromium on L: 3.9 ms median, 16 ms p95, of a 13 ms median search).
 */
export async function loadSourceTexts(
  db: KartotekaDb,
  wanted: readonly TextToLoad[],
): Promise<Map<string, string>> {
  const texts = await db.sourceTexts.bulkGet(wanted.map((t) => t.sha256));
  const out = new Map<string, string>();
  wanted.forEach((t, i) => {
    const text = texts[i]?.text;
    if (text !== undefined) out.set(t.sourceId, text);
  });
  return out;
}

/**
 * The UTF-8 bytes of these texts by hash (those not stored left out), as the archive stores
 * them: for the search worker's text pack, which deflates the bytes (decoding and encoding
 * each text again cost about 0.16 ms of its 0.7 in Chromium).
 */
export async function loadSourceTextBytes(
  db: KartotekaDb,
  hashes: readonly string[],
): Promise<Map<string, Uint8Array>> {
  const rows = await getStoredTexts(db, hashes);
  const out = new Map<string, Uint8Array>();
  for (const row of rows) {
    if (row) out.set(row.sha256, isUtf8Text(row) ? row.utf8 : encodeSourceText(row).utf8);
  }
  return out;
}
