/**
 * The index's vocabulary in code-unit order, for the two look-ups a term map cannot answer:
 * the terms that complete a prefix (binary search), and the terms within a few edits of an
 * unknown word (a walk over the sorted terms that shares the edit-distance rows of a common
 * prefix, like a walk down a trie, and skips every term under a prefix already too far).
 * Terms added later wait in a small unsorted list, merged in when it grows, so that adding a
 * document never re-sorts the whole vocabulary.
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
    const out: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const t = this.sorted[i] as string;
      if (!t.startsWith(prefix)) break;
      out.push(t);
    }
    for (const t of this.pending) if (t.startsWith(prefix)) out.push(t);
    return out;
  }

  /** Every term within `max` edits (Levenshtein) of `word`, with its distance. */
  within(word: string, max: number): { term: string; distance: number }[] {
    const out: { term: string; distance: number }[] = [];
    walk(this.sorted, word, max, out);
    if (this.pending.length > 0) walk([...this.pending].sort(), word, max, out);
    return out;
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

/** First position whose term is not below `s`. */
function lowerBound(sorted: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position from `from` whose term does not start with `prefix` (the terms that do are contiguous). */
function pastPrefix(sorted: readonly string[], prefix: string, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string).slice(0, prefix.length) <= prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function walk(
  sorted: readonly string[],
  word: string,
  max: number,
  out: { term: string; distance: number }[],
): void {
  const n = word.length;
  // rows[d]: distances between the first d letters of the current term and every prefix of word.
  const rows: Int32Array[] = [Int32Array.from({ length: n + 1 }, (_, j) => j)];
  let prev = '';
  /** Rows are valid for the first `valid` letters of `prev`. */
  let valid = 0;
  let i = 0;
  while (i < sorted.length) {
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
      row[0] = d;
      let rowMin = d;
      for (let j = 1; j <= n; j++) {
        const cost = word.charCodeAt(j - 1) === c ? 0 : 1;
        const v = Math.min(
          (above[j] as number) + 1,
          (row[j - 1] as number) + 1,
          (above[j - 1] as number) + cost,
        );
        row[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) {
        tooFar = d;
        break;
      }
    }
    prev = term;
    if (tooFar >= 0) {
      // No term under this prefix can come back within reach.
      valid = tooFar - 1;
      i = pastPrefix(sorted, term.slice(0, tooFar), i + 1);
      continue;
    }
    valid = term.length;
    const distance = (rows[term.length] as Int32Array)[n] as number;
    if (distance <= max) out.push({ term, distance });
    i++;
  }
}
