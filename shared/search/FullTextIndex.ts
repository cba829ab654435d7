import type { DocMeta } from './docMeta.js';
import {
  FIELD_BOOSTS,
  FIELD_COUNT,
  FULL_TEXT_FIELDS,
  type FullTextDoc,
  type FullTextField,
  termsOfField,
} from './fullTextFields.js';
import { DocMetaStore } from './DocMetaStore.js';
import { lowerBound, SortedTerms } from './SortedTerms.js';

/**
 * The full-text index: an inverted index kept in typed arrays, because an archive of 50,000
 * 600-word sources has millions of postings, and one JavaScript object or Map entry per
 * posting (what general-purpose libraries such as MiniSearch keep) costs tens of bytes each
 * and a pass over objects per query.
 *
 * - Documents get numbers in the order they are added; a document's DocMeta is kept by number.
 * - Every (term, field) has a posting list: one uint32 per document holding the term,
 *   `document << 8 | min(term frequency, 255)`, in document order. Lists grow by doubling;
 *   a restored index keeps all of them in the one array it was saved with, and a list moves
 *   out of it only when it grows.
 * - Removing a document marks it dead (skipped by every look-up); when dead documents make
 *   up a tenth of the index, it is compacted (dead postings dropped, documents renumbered).
 * - Scoring is BM25 (k 1.2, b 0.7, d 0.5, per field with FIELD_BOOSTS), summed into a
 *   Float64Array by document number, with a bit mask of the query words each document
 *   answers: a word held by every document costs one tight loop, no allocation.
 */

export interface SerializedFullTextIndex {
  /** Live documents' keys (`kind:id`); a document's number is its position. */
  keys: string[];
  /**
   * Their DocMeta as UTF-8 JSON without the title, one after another; a document's ends at
   * `metaEnds[doc]`. One array of bytes, each DocMeta parsed when its document is first asked
   * about: saved as objects, L's ten thousand case files' DocMeta (5.5 MB of small objects)
   * took Chromium some 100 ms to clone back from IndexedDB at every cold start. (A JavaScript
   * string would be UTF-16 for the Cyrillic titles, twice the bytes.)
   */
  metaJson: Uint8Array;
  metaEnds: Uint32Array;
  /** Their titles as UTF-8, one after another, ending at `titleEnds[doc]` (DocMetaStore says why apart). */
  titles: Uint8Array;
  titleEnds: Uint32Array;
  /** Their dates as numbers that order as the dates do (dateOrder; -1 for none). */
  dateOrders: Int32Array;
  /** Their result groups (GROUP_CODES). */
  groups: Uint8Array;
  /** Terms per document and field: `keys.length × FIELD_COUNT`. */
  fieldLengths: Uint32Array;
  /** The vocabulary in code-unit order; a term's number is its position. */
  terms: string[];
  /** End (exclusive) in `postings` of the list of term t, field f, at `t × FIELD_COUNT + f`. */
  listEnds: Uint32Array;
  postings: Uint32Array;
}

/** A term looked up for a query word, with the weight of that kind of match. */
export interface TermLookup {
  term: string;
  /** The query word it stands for (0–31: its bit in the masks). */
  query: number;
  weight: number;
  fields: readonly FullTextField[];
}

/** What `score` found: `docs` are the documents touched; read `score` and `mask` by document number. */
export interface Scores {
  docs: Int32Array;
  score: Float64Array;
  mask: Uint32Array;
}

/** Result groups as numbers: cases, sources, notes (annotations with notes). */
export const GROUP_CODES: Readonly<Record<DocMeta['kind'], number>> = {
  case: 0,
  source: 1,
  note: 2,
  annotation: 2,
};
export const DEAD_GROUP = 255;
const MAX_GROUP_CODE = Math.max(...Object.values(GROUP_CODES));

const K = 1.2;
const B = 0.7;
const D = 0.5;
const MAX_DOCS = 1 << 24;
const FIELD_INDEX = new Map<FullTextField, number>(FULL_TEXT_FIELDS.map((f, i) => [f, i]));
const BOOSTS = Float64Array.from(FULL_TEXT_FIELDS, (f) => FIELD_BOOSTS[f]);

export class FullTextIndex {
  private metas = new DocMetaStore();
  /** Each document's result group (GROUP_CODES), DEAD once removed: read per candidate without touching its DocMeta. */
  private groups: Uint8Array = new Uint8Array(0);
  /**
   * Document numbers by key; null in a restored index until first asked (`docNumbers`):
   * making it is a pass over every key (L's sources part has 50,000), which a start-up need
   * not wait for.
   */
  private docOf: Map<string, number> | null = new Map<string, number>();
  private restoredKeys: readonly string[] = [];
  private fieldLengths: Uint32Array = new Uint32Array(0);
  private fieldTotals = new Float64Array(FIELD_COUNT);
  private live = 0;
  private dead = 0;

  /**
   * A restored index's terms in code-unit order, as saved: a term's number is its position,
   * found by binary search. Putting them all in a Map took most of a restore (one entry per
   * term of every source); a search looks up a few dozen terms.
   */
  private restoredTerms: readonly string[] = [];
  /** Terms added since the restore (every term, in an index built from scratch), with their numbers. */
  private addedTerms = new Map<string, number>();
  private vocabulary = new SortedTerms([]);
  private lists: (Uint32Array | undefined)[] = [];
  private starts: Uint32Array = new Uint32Array(0);
  private counts: Uint32Array = new Uint32Array(0);
  /** The array a restored index was loaded from: lists in it are full and must move out to grow. */
  private packed: Uint32Array | null = null;

  // The accumulator, reused by every query (searches run one at a time).
  private acc = new Float64Array(0);
  private masks = new Uint32Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;

  static create(): FullTextIndex {
    return new FullTextIndex();
  }

  static load(data: SerializedFullTextIndex): FullTextIndex {
    const index = new FullTextIndex();
    index.restore({
      ...data,
      fieldLengths: uint32(data.fieldLengths),
      metaEnds: uint32(data.metaEnds),
      metaJson: bytes(data.metaJson),
      titles: bytes(data.titles),
      titleEnds: uint32(data.titleEnds),
      dateOrders:
        data.dateOrders instanceof Int32Array
          ? data.dateOrders
          : Int32Array.from(uint32(data.dateOrders)),
      groups: bytes(data.groups),
      listEnds: uint32(data.listEnds),
      postings: uint32(data.postings),
    });
    return index;
  }

  /** Live documents. */
  get documentCount(): number {
    return this.live;
  }

  has(key: string): boolean {
    return this.docNumbers().has(key);
  }

  meta(key: string): DocMeta | undefined {
    const doc = this.docNumbers().get(key);
    return doc === undefined ? undefined : this.metaAt(doc);
  }

  /** A document's number (valid until the next add or remove), or undefined. */
  numberOf(key: string): number | undefined {
    return this.docNumbers().get(key);
  }

  /** Document numbers run from 0 to below this (dead ones included). */
  get numberLimit(): number {
    return this.metas.length;
  }

  /** The result group of every document by number (0 cases, 1 sources, 2 notes; DEAD_GROUP: removed). */
  get groupCodes(): Uint8Array {
    return this.groups;
  }

  metaAt(doc: number): DocMeta | undefined {
    return this.metas.at(doc);
  }

  /** Newest first, then by title: how documents of equal rank are ordered (DocMetaStore.compare). */
  compareTies(a: number, b: number): number {
    return this.metas.compare(a, b);
  }

  /** Every live document. */
  *allMetas(): Iterable<DocMeta> {
    for (let doc = 0; doc < this.metas.length; doc++) {
      if (this.groups[doc] === DEAD_GROUP) continue;
      const meta = this.metaAt(doc);
      if (meta) yield meta;
    }
  }

  add(doc: FullTextDoc, meta: DocMeta): void {
    if (this.docNumbers().has(doc.key)) throw new Error(`${doc.key} is already indexed`);
    if (this.metas.length >= MAX_DOCS) this.compact();
    if (this.metas.length >= MAX_DOCS) throw new Error('the full-text index is full');
    const n = this.metas.length;
    this.metas.push(doc.key, meta);
    if (this.groups.length <= n) this.groups = grownBytes(this.groups, n + 1);
    this.groups[n] = GROUP_CODES[meta.kind];
    this.docNumbers().set(doc.key, n);
    this.live++;
    if (this.fieldLengths.length < (n + 1) * FIELD_COUNT) {
      this.fieldLengths = grown(this.fieldLengths, (n + 1) * FIELD_COUNT);
    }
    FULL_TEXT_FIELDS.forEach((field, f) => {
      const terms = termsOfField(field, doc[field]);
      this.fieldLengths[n * FIELD_COUNT + f] = terms.length;
      this.fieldTotals[f] = (this.fieldTotals[f] as number) + terms.length;
      if (terms.length === 0) return;
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, count] of tf)
        this.append(this.termId(term) * FIELD_COUNT + f, (n << 8) | Math.min(count, 255));
    });
  }

  /** Removes a document (its postings are dropped at the next compaction); false if absent. */
  discard(key: string): boolean {
    const docs = this.docNumbers();
    const doc = docs.get(key);
    if (doc === undefined) return false;
    docs.delete(key);
    this.metas.remove(doc);
    this.groups[doc] = DEAD_GROUP;
    for (let f = 0; f < FIELD_COUNT; f++) {
      this.fieldTotals[f] =
        (this.fieldTotals[f] as number) - (this.fieldLengths[doc * FIELD_COUNT + f] as number);
    }
    this.live--;
    this.dead++;
    if (this.dead >= 1000 && this.dead * 10 >= this.metas.length) this.compact();
    return true;
  }

  /** Documents holding the term in any one field (the largest field count; dead ones count until compaction). */
  documentFrequency(term: string): number {
    const t = this.termNumber(term);
    return t === undefined ? 0 : this.frequencyOf(t);
  }

  /**
   * The `n` terms held by the most documents (documentFrequency), most first; not name keys
   * (~…), not shorter than `minLength`.
   */
  frequentTerms(n: number, minLength = 3): string[] {
    let best: { term: string; df: number }[] = [];
    let floor = 0;
    const offer = (term: string, t: number) => {
      if (term.length < minLength || term.startsWith('~')) return;
      const df = this.frequencyOf(t);
      if (df === 0 || (best.length >= n && df <= floor)) return;
      best.push({ term, df });
      if (best.length >= 2 * n) {
        best = best.sort(byFrequency).slice(0, n);
        floor = best[best.length - 1]?.df ?? 0;
      }
    };
    this.restoredTerms.forEach((term, t) => offer(term, t));
    for (const [term, t] of this.addedTerms) offer(term, t);
    return best
      .sort(byFrequency)
      .slice(0, n)
      .map((b) => b.term);
  }

  /** A test for one term: the fields of document `key` that hold it (empty: none). */
  fieldsWith(term: string): (key: string) => FullTextField[] {
    return (key) => {
      const doc = this.docNumbers().get(key);
      return doc === undefined ? [] : this.fieldsAt(term, doc);
    };
  }

  /** The fields of document number `doc` that hold `term`. */
  fieldsAt(term: string, doc: number): FullTextField[] {
    const t = this.termNumber(term);
    const out: FullTextField[] = [];
    if (t === undefined) return out;
    FULL_TEXT_FIELDS.forEach((field, f) => {
      if (this.holds(t * FIELD_COUNT + f, doc)) out.push(field);
    });
    return out;
  }

  /** Documents (numbers) holding any of the terms in any of the fields. */
  documentsWith(terms: readonly string[], fields: readonly FullTextField[]): Set<number> {
    const out = new Set<number>();
    for (const term of terms) {
      const t = this.termNumber(term);
      if (t === undefined) continue;
      for (const field of fields) {
        const l = t * FIELD_COUNT + (FIELD_INDEX.get(field) as number);
        const list = this.lists[l];
        if (!list) continue;
        const start = this.starts[l] as number;
        const end = start + (this.counts[l] as number);
        for (let k = start; k < end; k++) {
          const doc = (list[k] as number) >>> 8;
          if (this.groups[doc] !== DEAD_GROUP) out.add(doc);
        }
      }
    }
    return out;
  }

  /** Index terms that start with `prefix` (the prefix itself excluded), shortest first, at most `limit`. */
  completions(prefix: string, limit: number): string[] {
    return this.vocabulary
      .withPrefix(prefix)
      .filter((t) => t !== prefix && !t.startsWith('~'))
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
      .slice(0, limit);
  }

  /** Index terms within `maxDistance` edits of `term` (not the term itself), closest first. */
  neighbours(
    term: string,
    maxDistance: number,
    limit: number,
  ): { term: string; distance: number }[] {
    return this.vocabulary
      .within(term, maxDistance, '~')
      .filter((n) => n.term !== term && !n.term.startsWith('~'))
      .sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * BM25 of every document holding any of the look-ups, summed per document, and the query
   * words each answers. The arrays are reused by the next call.
   */
  score(lookups: readonly TermLookup[]): Scores {
    const size = this.metas.length;
    if (this.acc.length < size) {
      const capacity = Math.max(1024, size + (size >> 1));
      this.acc = new Float64Array(capacity);
      this.masks = new Uint32Array(capacity);
      this.touched = new Int32Array(capacity);
    } else {
      for (let i = 0; i < this.touchedCount; i++) {
        const doc = this.touched[i] as number;
        this.acc[doc] = 0;
        this.masks[doc] = 0;
      }
    }
    const { acc, masks, touched, groups, fieldLengths } = this;
    const fieldCount = FIELD_COUNT;
    const anyDead = this.dead > 0;
    let touchedCount = 0;
    const n = Math.max(1, this.live);
    for (const lookup of lookups) {
      const t = this.termNumber(lookup.term);
      if (t === undefined || lookup.query > 31) continue;
      const bit = 1 << lookup.query;
      for (const field of lookup.fields) {
        const f = FIELD_INDEX.get(field) as number;
        const l = t * FIELD_COUNT + f;
        const list = this.lists[l];
        const df = this.counts[l] as number;
        if (!list || df === 0) continue;
        // Dead documents still counted in df could make it exceed n until compaction.
        const idf = Math.max(1e-3, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
        const weight = lookup.weight * (BOOSTS[f] as number) * idf;
        const avg = Math.max(1, (this.fieldTotals[f] as number) / n);
        const kNorm = K * (1 - B);
        const kLen = (K * B) / avg;
        const start = this.starts[l] as number;
        const end = start + df;
        // The hottest loop of a search: typed arrays only (a word held by every document
        // runs it for each of them), and a document is touched when its mask is still 0.
        for (let k = start; k < end; k++) {
          const p = list[k] as number;
          const doc = p >>> 8;
          if (anyDead && groups[doc] === DEAD_GROUP) continue;
          const tf = p & 255;
          const len = fieldLengths[doc * fieldCount + f] as number;
          const mask = masks[doc] as number;
          if (mask === 0) touched[touchedCount++] = doc;
          acc[doc] =
            (acc[doc] as number) + weight * (D + (tf * (K + 1)) / (tf + kNorm + kLen * len));
          masks[doc] = mask | bit;
        }
      }
    }
    this.touchedCount = touchedCount;
    return { docs: touched.subarray(0, touchedCount), score: acc, mask: masks };
  }

  /**
   * The index as structured-cloneable data (typed arrays for the postings): live documents
   * only, renumbered, the vocabulary sorted.
   */
  toJSON(): SerializedFullTextIndex {
    const renumber = new Int32Array(this.metas.length).fill(-1);
    const live: number[] = [];
    const fieldLengths = new Uint32Array(this.live * FIELD_COUNT);
    for (let old = 0; old < this.metas.length; old++) {
      if (this.groups[old] === DEAD_GROUP) continue;
      const n = live.length;
      renumber[old] = n;
      live.push(old);
      fieldLengths.set(
        this.fieldLengths.subarray(old * FIELD_COUNT, (old + 1) * FIELD_COUNT),
        n * FIELD_COUNT,
      );
    }
    // Without added terms, the restored terms are the vocabulary in order and a term's number
    // is its position.
    const direct = this.addedTerms.size === 0;
    const sorted = direct
      ? this.restoredTerms
      : [...this.restoredTerms, ...this.addedTerms.keys()].sort();
    let total = 0;
    for (let l = 0; l < this.counts.length; l++) total += this.counts[l] as number;
    const postings = new Uint32Array(total);
    const terms: string[] = [];
    const ends: number[] = [];
    let at = 0;
    for (let i = 0; i < sorted.length; i++) {
      const term = sorted[i] as string;
      const t = direct ? i : (this.termNumber(term) as number);
      const from = at;
      const termEnds: number[] = [];
      for (let f = 0; f < FIELD_COUNT; f++) {
        const l = t * FIELD_COUNT + f;
        const list = this.lists[l];
        if (list) {
          const start = this.starts[l] as number;
          const end = start + (this.counts[l] as number);
          for (let k = start; k < end; k++) {
            const p = list[k] as number;
            const doc = renumber[p >>> 8] as number;
            if (doc >= 0) postings[at++] = (doc << 8) | (p & 255);
          }
        }
        termEnds.push(at);
      }
      if (at === from) continue;
      terms.push(term);
      ends.push(...termEnds);
    }
    return {
      ...this.metas.save(live),
      groups: Uint8Array.from(live, (old) => this.groups[old] as number),
      fieldLengths,
      terms,
      listEnds: Uint32Array.from(ends),
      postings: postings.slice(0, at),
    };
  }

  private restore(data: SerializedFullTextIndex): void {
    const count = data.keys.length;
    if (data.groups.length !== count) throw new Error('the saved index is damaged');
    this.metas = DocMetaStore.restore(data);
    this.groups = Uint8Array.from(data.groups);
    if (this.groups.some((g) => g > MAX_GROUP_CODE)) throw new Error('the saved index is damaged');
    this.docOf = null;
    this.restoredKeys = data.keys;
    this.fieldLengths = data.fieldLengths;
    this.fieldTotals = new Float64Array(FIELD_COUNT);
    for (let i = 0; i < data.fieldLengths.length; i++) {
      const f = i % FIELD_COUNT;
      this.fieldTotals[f] = (this.fieldTotals[f] as number) + (data.fieldLengths[i] as number);
    }
    this.live = count;
    this.dead = 0;
    // Terms are found by binary search: out of order, some would silently not be found.
    for (let i = 1; i < data.terms.length; i++) {
      if (!((data.terms[i - 1] as string) < (data.terms[i] as string)))
        throw new Error('the saved index is damaged');
    }
    this.restoredTerms = data.terms;
    this.addedTerms = new Map();
    // SortedTerms keeps the array and never changes it (it merges into a new one).
    this.vocabulary = new SortedTerms(data.terms);
    const listCount = data.terms.length * FIELD_COUNT;
    this.lists = new Array<Uint32Array | undefined>(listCount);
    this.starts = new Uint32Array(listCount);
    this.counts = new Uint32Array(listCount);
    this.packed = data.postings;
    let start = 0;
    for (let l = 0; l < listCount; l++) {
      const end = data.listEnds[l] as number;
      if (end > start) {
        this.lists[l] = data.postings;
        this.starts[l] = start;
        this.counts[l] = end - start;
      }
      start = end;
    }
    this.touchedCount = 0;
    this.acc = new Float64Array(0);
  }

  private compact(): void {
    this.restore(this.toJSON());
  }

  /** Documents holding term number `t` in any one field (documentFrequency). */
  private frequencyOf(t: number): number {
    let most = 0;
    for (let f = 0; f < FIELD_COUNT; f++)
      most = Math.max(most, this.counts[t * FIELD_COUNT + f] as number);
    return most;
  }

  private termNumber(term: string): number | undefined {
    const added = this.addedTerms.get(term);
    if (added !== undefined) return added;
    const terms = this.restoredTerms;
    if (terms.length === 0) return undefined;
    const at = lowerBound(terms, term);
    return terms[at] === term ? at : undefined;
  }

  private docNumbers(): Map<string, number> {
    if (this.docOf === null) {
      const keys = this.restoredKeys;
      const map = new Map<string, number>();
      for (let i = 0; i < keys.length; i++) map.set(keys[i] as string, i);
      this.docOf = map;
      this.restoredKeys = [];
    }
    return this.docOf;
  }

  private termId(term: string): number {
    let t = this.termNumber(term);
    if (t !== undefined) return t;
    t = this.restoredTerms.length + this.addedTerms.size;
    this.addedTerms.set(term, t);
    this.vocabulary.add(term);
    const needed = (t + 1) * FIELD_COUNT;
    if (this.counts.length < needed) {
      this.counts = grown(this.counts, needed);
      this.starts = grown(this.starts, needed);
    }
    return t;
  }

  private append(l: number, posting: number): void {
    const count = this.counts[l] as number;
    let list = this.lists[l];
    if (!list) {
      list = new Uint32Array(2);
      this.lists[l] = list;
      this.starts[l] = 0;
    } else if (list === this.packed || count === list.length) {
      const start = this.starts[l] as number;
      const bigger = new Uint32Array(Math.max(4, count * 2));
      bigger.set(list.subarray(start, start + count));
      list = bigger;
      this.lists[l] = list;
      this.starts[l] = 0;
    }
    list[count] = posting;
    this.counts[l] = count + 1;
  }

  /** Whether list `l` holds document `doc` (binary search: lists are in document order). */
  private holds(l: number, doc: number): boolean {
    const list = this.lists[l];
    if (!list || this.groups[doc] === DEAD_GROUP) return false;
    let lo = this.starts[l] as number;
    let hi = lo + (this.counts[l] as number);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = (list[mid] as number) >>> 8;
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }
}

/**
 * The saved index is meant to be structured-cloned, but one that went through JSON text has
 * its typed arrays as objects keyed "0", "1", …: those are read back into typed arrays.
 */
function uint32(a: Uint32Array | ArrayLike<number> | Record<string, number>): Uint32Array {
  if (a instanceof Uint32Array) return a;
  if (Array.isArray(a)) return Uint32Array.from(a as number[]);
  const values = a as Record<string, number>;
  const out = new Uint32Array(Object.keys(values).length);
  for (let i = 0; i < out.length; i++) out[i] = values[String(i)] ?? 0;
  return out;
}

function byFrequency(a: { term: string; df: number }, b: { term: string; df: number }): number {
  return b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

function bytes(a: Uint8Array | ArrayLike<number> | Record<string, number>): Uint8Array {
  return a instanceof Uint8Array ? a : Uint8Array.from(uint32(a));
}

function grownBytes(a: Uint8Array, size: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(size, a.length * 2, 64));
  bigger.set(a);
  return bigger;
}

/** A copy of `a` with room for at least `size` elements (doubling). */
function grown(a: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(Math.max(size, a.length * 2, 64));
  bigger.set(a);
  return bigger;
}
