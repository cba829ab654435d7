import {
  annotationDoc,
  caseDoc,
  type DocKind,
  type IndexDoc,
  noteDoc,
  sourceDoc,
  type TextToLoad,
} from '../../shared/search/index.js';
import { getStoredTexts } from './getStoredTexts.js';
import type { KartotekaDb } from './kartotekaDb.js';
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

/** Reads one batch of records of one kind as documents; ids whose record is gone are removed. */
async function readBatch(
  db: KartotekaDb,
  kind: DocKind,
  ids: string[],
  tagNames: ReadonlyMap<string, string>,
): Promise<DocBatch> {
  const docs: IndexDoc[] = [];
  const removed: DocRef[] = [];
  const gone = (id: string) => removed.push({ kind, id });
  if (kind === 'case') {
    const rows = await db.cases.bulkGet(ids);
    rows.forEach((row, i) => (row ? docs.push(caseDoc(row, tagNames)) : gone(ids[i] as string)));
  } else if (kind === 'source') {
    const rows = await db.sources.bulkGet(ids);
    const texts = await db.sourceTexts.bulkGet(rows.map((r) => r?.sha256 ?? ''));
    rows.forEach((row, i) =>
      row ? docs.push(sourceDoc(row, texts[i]?.text ?? '')) : gone(ids[i] as string),
    );
  } else if (kind === 'note') {
    const rows = await db.notes.bulkGet(ids);
    rows.forEach((row, i) => (row ? docs.push(noteDoc(row)) : gone(ids[i] as string)));
  } else {
    const rows = await db.annotations.bulkGet(ids);
    rows.forEach((row, i) => (row ? docs.push(annotationDoc(row)) : gone(ids[i] as string)));
  }
  return { docs, removed };
}

const KINDS: readonly DocKind[] = ['case', 'note', 'annotation', 'source'];

/**
 * The documents the journal entries touched, `batchSize` records at a time (an import's
 * catch-up must not hold every text at once); `total` first, for the progress.
 */
export async function changedDocs(
  db: KartotekaDb,
  entries: readonly JournalEntry[],
): Promise<{ total: number; batches: (batchSize: number) => AsyncGenerator<DocBatch> }> {
  const ids = await changedIds(db, entries);
  const total = KINDS.reduce((n, kind) => n + ids[kind].size, 0);
  async function* batches(batchSize: number): AsyncGenerator<DocBatch> {
    const tagNames = await tagNamesOf(db);
    for (const kind of KINDS) {
      const all = [...ids[kind]];
      for (let at = 0; at < all.length; at += batchSize) {
        yield await readBatch(db, kind, all.slice(at, at + batchSize), tagNames);
      }
    }
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
 * read: a rebuild never holds the archive's texts all at once.
 */
export async function* allSearchDocs(
  db: KartotekaDb,
  batchSize: number,
): AsyncGenerator<IndexDoc[]> {
  const tagNames = await tagNamesOf(db);
  const tables = {
    case: db.cases,
    note: db.notes,
    annotation: db.annotations,
    source: db.sources,
  } as const;
  for (const kind of KINDS) {
    const table = tables[kind];
    let last: string | null = null;
    for (;;) {
      const keys: string[] = await (last === null
        ? table.orderBy(':id').limit(batchSize).primaryKeys()
        : table.where(':id').above(last).limit(batchSize).primaryKeys());
      if (keys.length === 0) break;
      last = keys[keys.length - 1] as string;
      const { docs } = await readBatch(db, kind, keys, tagNames);
      yield docs;
      if (keys.length < batchSize) break;
    }
  }
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
