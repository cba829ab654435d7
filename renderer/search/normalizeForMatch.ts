/**
 * Folds a string for forgiving substring matching: case, diacritics (Statkievič → statkievic)
 * and apostrophe variants are ignored (so й, ў and ё fold too: a filter may be generous).
 * Cyrillic stays Cyrillic: matching across scripts and transliterations is the search
 * engine's job (issue 3), not this filter's.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[’ʼ`´]/g, "'")
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** true when every word of the query occurs in the text (after folding both). */
export function matchesAllWords(text: string, query: string): boolean {
  const hay = normalizeForMatch(text);
  return normalizeForMatch(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => hay.includes(word));
}
