/** The id of the highlighted search match among a source's marks (the one scrolled to). */
export const SEARCH_MATCH_ID = 'search-match';

/** "start-end" in code points (the search core's positions), as a route parameter. */
export function matchParam(range: { start: number; end: number }): string {
  return `${range.start}-${range.end}`;
}

/**
 * The UTF-16 offsets of a "start-end" code-point range in `text`; null when the parameter is
 * malformed or outside the text.
 */
export function matchRange(text: string, param: string): { start16: number; end16: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(param);
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (end <= start) return null;
  let points = 0;
  let start16 = -1;
  for (let i = 0; i <= text.length;) {
    if (points === start) start16 = i;
    if (points === end) return start16 < 0 ? null : { start16, end16: i };
    if (i === text.length) break;
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    points++;
  }
  return null;
}

/**
 * The words a result's snippet marks, as they are written in the source (a phrase, a name in
 * the source's spelling, "three years" when neighbouring words both matched), each once.
 */
export function matchTermsOf(snippet: {
  text: string;
  highlights: readonly { start: number; end: number }[];
}): string[] {
  const points = Array.from(snippet.text);
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const { start, end } of snippet.highlights) {
    const term = points.slice(start, end).join('').trim();
    const key = term.toLocaleLowerCase();
    if (term === '' || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}

export interface MatchMark {
  id: string;
  start16: number;
  end16: number;
}

/**
 * What a search result marks in its source: the passage it led to (`param`, the one to
 * scroll to; id SEARCH_MATCH_ID), grown to cover the whole of any matched term that overlaps
 * it, so a phrase is marked whole; and every other whole-word occurrence of the matched terms
 * (ids search-match-1, -2, …), ignoring case. Sorted by position, not overlapping.
 */
export function searchMatchMarks(
  text: string,
  param: string | null,
  terms: readonly string[],
): MatchMark[] {
  const anchor = param === null ? null : matchRange(text, param);
  const found = occurrences(text, terms);
  let active = anchor;
  if (active) {
    for (const r of found) {
      if (r.start16 < active.end16 && r.end16 > active.start16)
        active = {
          start16: Math.min(active.start16, r.start16),
          end16: Math.max(active.end16, r.end16),
        };
    }
  }
  const marks: MatchMark[] = [];
  let n = 0;
  for (const r of found) {
    if (active && r.start16 < active.end16 && r.end16 > active.start16) continue;
    const last = marks.at(-1);
    if (last && r.start16 < last.end16) continue;
    marks.push({ id: `${SEARCH_MATCH_ID}-${++n}`, ...r });
  }
  if (active) marks.push({ id: SEARCH_MATCH_ID, ...active });
  return marks.sort((a, b) => a.start16 - b.start16);
}

/** Whole-word occurrences of any term, longest first where two start together. */
function occurrences(text: string, terms: readonly string[]): { start16: number; end16: number }[] {
  const words = terms.map((t) => t.trim()).filter((t) => t !== '');
  if (words.length === 0) return [];
  // Longer terms first, so "three years" wins over "three" at the same place.
  const alternatives = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'));
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return [...text.matchAll(re)].map((m) => ({
    start16: m.index,
    end16: m.index + m[0].length,
  }));
}
