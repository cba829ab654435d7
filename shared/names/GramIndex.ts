import { trigrams } from './trigrams.js';

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
  private readonly ids = new Map<string, number>();
  private readonly strings: (string | null)[] = [];
  private readonly refs: number[] = [];
  private readonly free: number[] = [];
  private readonly postings = new Map<string, number[]>();
  private counts = new Uint16Array(1024);

  /** Adds one use of a string. */
  add(value: string): void {
    const known = this.ids.get(value);
    if (known !== undefined) {
      this.refs[known] = (this.refs[known] ?? 0) + 1;
      return;
    }
    const id = this.free.pop() ?? this.strings.length;
    this.ids.set(value, id);
    this.strings[id] = value;
    this.refs[id] = 1;
    for (const g of trigrams(value)) {
      const list = this.postings.get(g);
      if (list) list.push(id);
      else this.postings.set(g, [id]);
    }
  }

  /** Removes one use of a string; the string goes when its last use does. */
  delete(value: string): void {
    const id = this.ids.get(value);
    if (id === undefined) return;
    const left = (this.refs[id] ?? 1) - 1;
    this.refs[id] = left;
    if (left > 0) return;
    this.ids.delete(value);
    this.strings[id] = null;
    this.free.push(id);
    for (const g of trigrams(value)) {
      const list = this.postings.get(g);
      if (!list) continue;
      const at = list.indexOf(id);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(g);
    }
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
      for (const id of this.postings.get(g) ?? []) {
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
