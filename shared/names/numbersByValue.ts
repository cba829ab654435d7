/**
 * Each string's position in `values` (null: a free position, left out): the map back from a
 * string to its number that a restored GramIndex or vocabulary makes only when a change needs
 * it. A string held twice maps to its last position (neither caller holds one twice).
 */
export function numbersByValue(values: readonly (string | null)[]): Map<string, number> {
  const out = new Map<string, number>();
  values.forEach((value, n) => {
    if (value !== null) out.set(value, n);
  });
  return out;
}
