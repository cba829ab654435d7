/**
 * Merges a set of strings (a case file's tagIds) by additions and removals relative to the
 * base: an element stays if both sides have it, or if a side added it; a removal on either
 * side removes it. Never a conflict: tagging and untagging are independent decisions.
 * Order: the first side's order, then the other side's additions.
 */
export function mergeStringSet(
  base: readonly string[],
  a: readonly string[],
  b: readonly string[],
): string[] {
  const inBase = new Set(base);
  const inA = new Set(a);
  const inB = new Set(b);
  const keep = (x: string) =>
    (inA.has(x) && inB.has(x)) || (inA.has(x) && !inBase.has(x)) || (inB.has(x) && !inBase.has(x));
  return [...new Set([...a, ...b])].filter(keep);
}
