/**
 * The index's vocabulary in code-unit order, for the two look-ups a term map cannot answer:
 * the terms that complete a prefix (binary search), and the terms within a few edits of an
 * unknown word (a walk over the sorted terms that shares the edit-distance rows of a common
 * prefix, like a walk down a trie, and skips every term under a prefix already too far).
 * Terms added later wait in a small unsorted list, merged in when it grows or before the next
 * look-up, so that adding a document never re-sorts the whole vocabulary.
 */
export class SortedTerms {
  private pending: string[] = [];

  /** `sorted` must be in code-unit order (Array.prototype.sort's default) and is kept, not copied. */
  constructor(private sorted: string[]) {}

  add(term: string): void {
    this.pending.push(term);
    if (this.pending.length > PENDING_MAX) this.merge();
  }

  /** Every term that starts with `prefix`, the prefix itself included. */
  withPrefix(prefix: string): string[] {
    this.settle();
    const out: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const t = this.sorted[i] as string;
      if (!t.startsWith(prefix)) break;
      out.push(t);
    }
    return out;
  }

  /**
   * Every term within `max` edits (Levenshtein) of `word`, with its distance; terms that
   * start with `skip` (when given) are not visited at all, which saves walking a whole block
   * of the vocabulary the caller would throw away.
   */
  within(word: string, max: number, skip?: string): { term: string; distance: number }[] {
    this.settle();
    const out: { term: string; distance: number }[] = [];
    const { sorted } = this;
    if (skip === undefined || skip === '') walk(sorted, word, max, out, 0, sorted.length);
    else {
      const from = lowerBound(sorted, skip);
      walk(sorted, word, max, out, 0, from);
      walk(sorted, word, max, out, pastPrefix(sorted, skip, from), sorted.length);
    }
    return out;
  }

  /**
   * Terms added since the last look-up are merged in before the next one: a merge costs one
   * pass over the vocabulary, once, where sorting the waiting terms cost as much at every
   * look-up (a search while an import is being indexed makes several).
   */
  private settle(): void {
    if (this.pending.length > 0) this.merge();
  }

  private merge(): void {
    const add = this.pending.sort();
    const all = new Array<string>(this.sorted.length + add.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.sorted.length || j < add.length) {
      const a = this.sorted[i];
      const b = add[j];
      if (b === undefined || (a !== undefined && a < b)) {
        all[k++] = a as string;
        i++;
      } else {
        all[k++] = b;
        j++;
      }
    }
    this.sorted = all;
    this.pending = [];
  }
}

const PENDING_MAX = 2048;

/** First position whose term is not below `s` (`sorted` in code-unit order). */
export function lowerBound(sorted: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * First position from `from` whose term does not start with the first `length` code units of
 * `prefix` (the terms that do are contiguous). Compared in place: slicing every probed term
 * (and the prefix, per skip of the walk) made strings a typo look-up threw away by the
 * thousand.
 */
function pastPrefix(
  sorted: readonly string[],
  prefix: string,
  from: number,
  length = prefix.length,
): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (headAtMost(sorted[mid] as string, prefix, length)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `term.slice(0, length) <= prefix.slice(0, length)` in code-unit order, without the slices. */
function headAtMost(term: string, prefix: string, length: number): boolean {
  for (let i = 0; i < length; i++) {
    if (i >= term.length) return true;
    const a = term.charCodeAt(i);
    const b = prefix.charCodeAt(i);
    if (a !== b) return a < b;
  }
  return true;
}

function walk(
  sorted: readonly string[],
  word: string,
  max: number,
  out: { term: string; distance: number }[],
  from: number,
  to: number,
): void {
  const n = word.length;
  // rows[d]: distances between the first d letters of the current term and every prefix of word.
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
  let prev = '';
  /** Rows are valid for the first `valid` letters of `prev`. */
  let valid = 0;
  let i = from;
  while (i < to) {
    const term = sorted[i] as string;
    let depth = 0;
    const limit = Math.min(valid, term.length);
    while (depth < limit && prev.charCodeAt(depth) === term.charCodeAt(depth)) depth++;
    let tooFar = -1;
    for (let d = depth + 1; d <= term.length; d++) {
      const above = rows[d - 1] as Int32Array;
      let row = rows[d];
      if (row === undefined) {
        row = new Int32Array(n + 1);
        rows[d] = row;
      }
      const c = term.charCodeAt(d - 1);
      // Only the band |d − j| ≤ max can hold a distance within reach (Ukkonen): the cells
      // either side of it are set to max + 1, what the next row reads of them.
      const lo = Math.max(1, d - max);
      const hi = Math.min(n, d + max);
      row[0] = d;
      if (lo > 1) row[lo - 1] = max + 1;
      let rowMin = lo === 1 ? d : max + 1;
      for (let j = lo; j <= hi; j++) {
        const cost = word.charCodeAt(j - 1) === c ? 0 : 1;
        const v = Math.min(
          (above[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (above[j - 1] as number) + cost,
        );
        row[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (hi < n) row[hi + 1] = max + 1;
      if (rowMin > max) {
        tooFar = d;
        break;
      }
    }
    prev = term;
    if (tooFar >= 0) {
      // No term under this prefix can come back within reach.
      valid = tooFar - 1;
      i = Math.min(to, pastPrefix(sorted, term, i + 1, tooFar));
      continue;
    }
    valid = term.length;
    const distance =
      Math.abs(term.length - n) > max ? max + 1 : ((rows[term.length] as Int32Array)[n] as number);
    if (distance <= max) out.push({ term, distance });
    i++;
  }
}
