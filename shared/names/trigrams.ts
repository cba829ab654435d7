/**
 * The trigrams of a key padded with ^ and $, so that the first and last letters count as
 * much as the middle ones: `l*s*k` → ^l*, l*s, *s*, s*k, *k$. One edit changes at most three
 * of them, which is what lets the candidate filter in NameIndex skip most of the vocabulary.
 */
const SURROGATES = /[\uD800-\uDFFF]/u;

export function trigrams(key: string): string[] {
  const padded = `^${key}$`;
  if (!SURROGATES.test(padded)) {
    // The common case (every key is made of BMP characters): slice directly.
    const grams = new Set<string>();
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
    return [...grams];
  }
  const chars = Array.from(padded);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return [...grams];
}
