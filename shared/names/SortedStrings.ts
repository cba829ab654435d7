/**
 * A sorted set of strings kept sorted on every insert and delete, for prefix look-ups
 * ("statk" → statkevic, statkevich) without scanning. Inserts and deletes move part of an
 * array; with tens of thousands of name words that is far cheaper than re-sorting.
 */
export class SortedStrings {
  private items: string[] = [];

  /** Replaces the content with `values` (sorted once, duplicates dropped): for bulk loads. */
  reset(values: Iterable<string>): void {
    this.items = [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Takes `values` as they are: they must be sorted (UTF-16 order) and distinct. */
  resetSorted(values: string[]): void {
    this.items = values;
  }

  get size(): number {
    return this.items.length;
  }

  add(value: string): void {
    const at = this.lowerBound(value);
    if (this.items[at] !== value) this.items.splice(at, 0, value);
  }

  delete(value: string): void {
    const at = this.lowerBound(value);
    if (this.items[at] === value) this.items.splice(at, 1);
  }

  /** Values that start with `prefix` (the prefix itself included), at most `limit`. */
  withPrefix(prefix: string, limit: number): string[] {
    const out: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.items.length && out.length < limit; i++) {
      const v = this.items[i] ?? '';
      if (!v.startsWith(prefix)) break;
      out.push(v);
    }
    return out;
  }

  private lowerBound(value: string): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid] ?? '') < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
