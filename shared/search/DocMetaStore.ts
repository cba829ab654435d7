import type { DocMeta } from './docMeta.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** What String#localeCompare does without arguments, without making a collator per call (ties are frequent). */
const collate = new Intl.Collator().compare;

/**
 * What DocMetaStore saves: the documents' keys; their DocMeta as UTF-8 JSON without the title;
 * the titles as UTF-8 beside it and each date as a number (dateOrder), which is all a search
 * needs to order documents of equal rank.
 */
export interface SavedDocMetas {
  keys: string[];
  metaJson: Uint8Array;
  metaEnds: Uint32Array;
  titles: Uint8Array;
  titleEnds: Uint32Array;
  dateOrders: Int32Array;
}

interface Saved {
  json: Uint8Array;
  ends: Uint32Array;
  titles: Uint8Array;
  titleEnds: Uint32Array;
  dates: Int32Array;
}

/**
 * The keys and DocMeta of a full-text index's documents, by document number. A restored
 * store keeps its DocMeta as the UTF-8 JSON they were saved as and parses each when it is
 * first asked for (SerializedFullTextIndex says why), and writes one never asked for back
 * as it was.
 *
 * Titles and dates are saved apart from the JSON because a search breaks hundreds of ties
 * between documents of equal rank by date and title: reading them out of each DocMeta parsed
 * 21,745 documents in L's first 250 searches, most of a quoted phrase's time the first time
 * it was searched, and keeping those DocMeta made the young-generation collections that fell
 * into searches slow (everything kept is copied).
 */
export class DocMetaStore {
  /** null once removed; undefined while still only in `saved`. */
  private metas: (DocMeta | null | undefined)[] = [];
  private keys: string[] = [];
  private saved: Saved | null = null;

  static restore(data: SavedDocMetas): DocMetaStore {
    const count = data.keys.length;
    if (
      data.metaEnds.length !== count ||
      data.titleEnds.length !== count ||
      data.dateOrders.length !== count
    )
      throw new Error('the saved index is damaged');
    const store = new DocMetaStore();
    store.metas = new Array<DocMeta | null | undefined>(count).fill(undefined);
    store.keys = [...data.keys];
    store.saved = {
      json: data.metaJson,
      ends: data.metaEnds,
      titles: data.titles,
      titleEnds: data.titleEnds,
      dates: data.dateOrders,
    };
    return store;
  }

  /** Document numbers run from 0 to below this (removed ones included). */
  get length(): number {
    return this.metas.length;
  }

  at(doc: number): DocMeta | undefined {
    const meta = this.metas[doc];
    if (meta !== undefined) return meta ?? undefined;
    const saved = this.savedAt(doc);
    if (!saved) return undefined;
    const parsed = JSON.parse(decoder.decode(slice(saved.json, saved.ends, doc))) as DocMeta;
    parsed.title = decoder.decode(slice(saved.titles, saved.titleEnds, doc));
    this.metas[doc] = parsed;
    return parsed;
  }

  /**
   * Newest first, then by title: the order of two documents of equal rank (a removed or
   * unknown one has no date and an empty title). Parses no DocMeta and keeps nothing.
   */
  compare(a: number, b: number): number {
    const da = this.dateOrderAt(a);
    const db = this.dateOrderAt(b);
    if (da !== db) return db - da;
    return collate(this.titleAt(a), this.titleAt(b));
  }

  push(key: string, meta: DocMeta): void {
    this.metas.push(meta);
    this.keys.push(key);
  }

  remove(doc: number): void {
    this.metas[doc] = null;
  }

  /** The keys, DocMeta, titles and dates of these documents, in this order (for a save). */
  save(docs: readonly number[]): SavedDocMetas {
    const keys: string[] = [];
    const json = new ByteRuns(this.saved?.json.length ?? 0, docs.length);
    const titles = new ByteRuns(this.saved?.titles.length ?? 0, docs.length);
    const dateOrders = new Int32Array(docs.length);
    docs.forEach((doc, n) => {
      const meta = this.metas[doc];
      const saved = meta === undefined ? this.savedAt(doc) : null;
      if (saved) {
        json.add(slice(saved.json, saved.ends, doc));
        titles.add(slice(saved.titles, saved.titleEnds, doc));
        dateOrders[n] = saved.dates[doc] as number;
      } else if (meta) {
        const { title, ...rest } = meta;
        json.add(encoder.encode(JSON.stringify(rest)));
        titles.add(encoder.encode(title));
        dateOrders[n] = dateOrder(meta.date);
      } else {
        throw new Error(`document ${doc} has no DocMeta to save`);
      }
      keys.push(this.keys[doc] as string);
    });
    const [metaJson, metaEnds] = json.done();
    const [titleBytes, titleEnds] = titles.done();
    return { keys, metaJson, metaEnds, titles: titleBytes, titleEnds, dateOrders };
  }

  private dateOrderAt(doc: number): number {
    const meta = this.metas[doc];
    if (meta !== undefined) return meta === null ? -1 : dateOrder(meta.date);
    return this.savedAt(doc)?.dates[doc] ?? -1;
  }

  private titleAt(doc: number): string {
    const meta = this.metas[doc];
    if (meta !== undefined) return meta?.title ?? '';
    const saved = this.savedAt(doc);
    return saved ? decoder.decode(slice(saved.titles, saved.titleEnds, doc)) : '';
  }

  /** The saved arrays, when `doc` is one of the saved documents. */
  private savedAt(doc: number): Saved | null {
    return this.saved && doc < this.saved.ends.length ? this.saved : null;
  }
}

/** The bytes of run `n` of `bytes`, whose runs end at `ends`. */
function slice(bytes: Uint8Array, ends: Uint32Array, n: number): Uint8Array {
  return bytes.subarray(n === 0 ? 0 : (ends[n - 1] as number), ends[n] as number);
}

/** Runs of bytes written one after another into one growing array, with where each ends. */
class ByteRuns {
  private bytes: Uint8Array;
  private length = 0;
  private readonly ends: Uint32Array;
  private count = 0;

  constructor(sizeHint: number, runs: number) {
    this.bytes = new Uint8Array(Math.max(1024, sizeHint));
    this.ends = new Uint32Array(runs);
  }

  add(run: Uint8Array): void {
    if (this.length + run.length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + run.length));
      bigger.set(this.bytes.subarray(0, this.length));
      this.bytes = bigger;
    }
    this.bytes.set(run, this.length);
    this.length += run.length;
    this.ends[this.count++] = this.length;
  }

  done(): [Uint8Array, Uint32Array] {
    return [this.bytes.slice(0, this.length), this.ends];
  }
}

/**
 * A partial date (YYYY, YYYY-MM or YYYY-MM-DD, as the model's PartialDate allows) as a number
 * that orders as the string does in code-unit order (a year before its months, a month before
 * its days); -1 for none, which orders before every date.
 */
export function dateOrder(date: string | null): number {
  if (!date) return -1;
  const month = date.length >= 7 ? digitsAt(date, 5, 7) : 0;
  const day = date.length >= 10 ? digitsAt(date, 8, 10) : 0;
  return digitsAt(date, 0, 4) * 10_000 + month * 100 + day;
}

function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}
