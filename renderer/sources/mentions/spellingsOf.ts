import type { Occurrence } from './MentionFinder';

/** The distinct spellings among occurrences, most frequent first (then first written). */
export function spellingsOf(occurrences: readonly Occurrence[]): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of occurrences) {
    const spelling = o.text.replace(/\s+/gu, ' ');
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}
