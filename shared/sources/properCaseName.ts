const LOWER_WORDS = new Set([
  'and',
  'de',
  'da',
  'del',
  'der',
  'den',
  'van',
  'von',
  'la',
  'le',
  'bin',
  'al',
]);

/**
 * A name as a byline in capitals writes it, in ordinary case: "YURAS KARMANAU" becomes
 * "Yuras Karmanau", "JEAN-PIERRE O'NEILL" becomes "Jean-Pierre O'Neill". A name that already
 * has lowercase letters is left as it is, and so are words of one or two capitals ("TA",
 * "J."), which are initials more often than names.
 */
export function properCaseName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (/\p{Ll}/u.test(trimmed)) return trimmed;
  return trimmed
    .split(' ')
    .map((word) => {
      const letters = word.replace(/[^\p{L}]/gu, '');
      if (letters.length <= 2) return word;
      const lower = word.toLowerCase();
      if (LOWER_WORDS.has(lower)) return lower;
      return lower.replace(
        /(^|[-'’])(\p{L})/gu,
        (_m, sep: string, ch: string) => sep + ch.toUpperCase(),
      );
    })
    .join(' ');
}
