/** A highlighted stretch of a source text, in UTF-16 offsets (what String#slice takes). */
export interface HighlightRange {
  id: string;
  /** match: the passage a search result led to. */
  kind: 'citation' | 'annotation' | 'match';
  start16: number;
  end16: number;
}

export interface Segment {
  start16: number;
  end16: number;
  /** The ranges covering this stretch; empty for plain text. */
  ranges: HighlightRange[];
}

/**
 * Cuts a text of `length` UTF-16 units into consecutive segments at every range boundary,
 * so overlapping highlights (two citations of one sentence) render as nested-free marks.
 * Segments cover the whole text, in order, without gaps; ranges are clamped to the text.
 */
export function buildSegments(length: number, ranges: readonly HighlightRange[]): Segment[] {
  const valid = ranges
    .map((r) => ({ ...r, start16: Math.max(0, r.start16), end16: Math.min(length, r.end16) }))
    .filter((r) => r.end16 > r.start16);
  const cuts = new Set<number>([0, length]);
  for (const r of valid) {
    cuts.add(r.start16);
    cuts.add(r.end16);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start16 = points[i] as number;
    const end16 = points[i + 1] as number;
    const covering = valid.filter((r) => r.start16 <= start16 && r.end16 >= end16);
    const last = segments.at(-1);
    // Adjacent plain stretches merge, so the text is a few large nodes, not thousands.
    if (last && last.ranges.length === 0 && covering.length === 0) last.end16 = end16;
    else segments.push({ start16, end16, ranges: covering });
  }
  return segments;
}
