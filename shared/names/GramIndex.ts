import { numbersByValue } from './numbersByValue.js';
import { type PackedStrings, packStrings, unpackStrings } from './packedStrings.js';
import { type PackedPostings, PostingMap } from './PostingMap.js';
import { trigrams } from './trigrams.js';
import { asUint32Array } from './typedArrays.js';

/** A GramIndex as saved: its strings by number (unused numbers have no uses) and postings. */
export interface PackedGramIndex {
  strings: PackedStrings;
  /** How many uses each string has; 0: the number is free. */
  refs: Uint32Array;
  postings: PackedPostings;
}

/**
 * Distinct strings indexed by their padded trigrams, to find the strings within a few edits
 * of a query without comparing it to all of them.
 *
 * Filter: a string within k edits of the query shares at least (grams − 3k) of the query's
 * trigrams (an edit touches at most three). Shared trigrams are counted in a typed array over
 * string numbers, which keeps a look-up at tens of thousands of increments, well under a
 * millisecond; only the best-sharing strings go on to exact comparison.
 */
export class GramIndex {
  /** String → number; null after a restore until the first change needs it (see `idsOf`). */
  private ids: Map<string, number> | null = new Map();
  private readonly strings: (string | null)[] = [];
  private readonly refs: number[] = [];
  private readonly free: number[] = [];
  private postings = new PostingMap();
  private counts = new Uint16Array(1024);

  /** Adds one use of a string. */
  add(value: string): void {
    const ids = this.idsOf();
    const known = ids.get(value);
    if (known !== undefined) {
      this.refs[known] = (this.refs[known] ?? 0) + 1;
      return;
    }
    const id = this.free.pop() ?? this.strings.length;
    ids.set(value, id);
    this.strings[id] = value;
    this.refs[id] = 1;
    for (const g of trigrams(value)) this.postings.add(g, id);
  }

  /** Removes one use of a string; the string goes when its last use does. */
  delete(value: string): void {
    const ids = this.idsOf();
    const id = ids.get(value);
    if (id === undefined) return;
    const left = (this.refs[id] ?? 1) - 1;
    this.refs[id] = left;
    if (left > 0) return;
    ids.delete(value);
    this.strings[id] = null;
    this.free.push(id);
    for (const g of trigrams(value)) this.postings.remove(g, id);
  }

  pack(): PackedGramIndex {
    return {
      strings: packStrings(this.strings.map((s) => s ?? '')),
      refs: Uint32Array.from(this.strings, (s, i) => (s === null ? 0 : (this.refs[i] ?? 0))),
      postings: this.postings.pack(),
    };
  }

  /**
   * Restores a packed index: no trigram is computed again, and the map from string to number,
   * which only a change needs, is made at the first change.
   */
  static unpack(packed: PackedGramIndex): GramIndex {
    const index = new GramIndex();
    index.ids = null;
    const strings = unpackStrings(packed.strings);
    const allRefs = asUint32Array(packed.refs);
    if (strings.length !== allRefs.length) throw new Error('packed grams do not add up');
    strings.forEach((value, id) => {
      const refs = allRefs[id] as number;
      index.refs.push(refs);
      if (refs === 0) {
        index.strings.push(null);
        index.free.push(id);
      } else {
        index.strings.push(value);
      }
    });
    index.postings = PostingMap.unpack(packed.postings).map;
    return index;
  }

  private idsOf(): Map<string, number> {
    this.ids ??= numbersByValue(this.strings);
    return this.ids;
  }

  /**
   * Strings that may be within `budget` edits of `key` (same length ± budget, enough shared
   * trigrams), those sharing most first, at most `limit`.
   */
  candidates(key: string, budget: number, limit: number): string[] {
    const grams = trigrams(key);
    if (this.counts.length < this.strings.length)
      this.counts = new Uint16Array(this.strings.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const g of grams) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const id = list[i] as number;
        if (counts[id] === 0) touched.push(id);
        counts[id] = (counts[id] ?? 0) + 1;
      }
    }
    const need = Math.max(1, grams.length - 3 * budget);
    const length = Array.from(key).length;
    const found: { value: string; shared: number }[] = [];
    for (const id of touched) {
      const shared = counts[id] ?? 0;
      counts[id] = 0;
      const value = this.strings[id];
      if (value == null || shared < need) continue;
      if (Math.abs(Array.from(value).length - length) > budget) continue;
      found.push({ value, shared });
    }
    found.sort((a, b) => b.shared - a.shared);
    return found.slice(0, limit).map((f) => f.value);
  }
}
