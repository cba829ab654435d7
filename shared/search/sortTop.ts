/**
 * Puts the `k` best items (highest rank, ties by `tie`) first, in order, and leaves the rest
 * after them unordered: a search shows twenty results of perhaps tens of thousands, and
 * sorting them all would cost more than finding them.
 */
export function sortTop<T>(
  items: T[],
  rank: (item: T) => number,
  k: number,
  tie: (a: T, b: T) => number,
): T[] {
  const ranked = items.map((item) => ({ item, r: rank(item) }));
  const order = (a: { item: T; r: number }, b: { item: T; r: number }) =>
    b.r - a.r || tie(a.item, b.item);
  if (ranked.length <= k * 4) return ranked.sort(order).map((x) => x.item);
  const threshold = kthLargest(
    ranked.map((x) => x.r),
    k,
  );
  const head = ranked.filter((x) => x.r >= threshold).sort(order);
  const tail = ranked.filter((x) => x.r < threshold);
  return [...head, ...tail].map((x) => x.item);
}

/** The k-th largest value (1-based), by quickselect. */
function kthLargest(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = Math.min(k, values.length) - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] ?? 0;
}
