/** The id of the highlighted search match among a source's marks. */
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
