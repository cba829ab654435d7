import { memo, useMemo } from 'react';
import type { ReactNode, Ref } from 'react';
import { buildSegments } from './buildSegments';
import type { HighlightRange } from './buildSegments';

interface HighlightedTextProps {
  text: string;
  ranges: readonly HighlightRange[];
  /** The citation or highlight to show as the current one. */
  activeId: string | null;
  /** What each range is, for the marks' tooltips. */
  labels: ReadonlyMap<string, string>;
  ref?: Ref<HTMLDivElement>;
}

/**
 * A source's exact text with its citations and highlights marked. The text is cut at the
 * ranges' UTF-16 offsets into React text nodes and <mark> elements: the text is never HTML,
 * and the container holds nothing but the text, so DOM offsets are text offsets
 * (selectionOffsets relies on it). The first mark of the active range carries
 * data-active-start for scrolling and focus.
 */
export const HighlightedText = memo(function HighlightedText({
  text,
  ranges,
  activeId,
  labels,
  ref,
}: HighlightedTextProps) {
  const segments = useMemo(() => buildSegments(text.length, ranges), [text, ranges]);
  let activeSeen = false;
  const nodes: ReactNode[] = segments.map((segment) => {
    const piece = text.slice(segment.start16, segment.end16);
    if (segment.ranges.length === 0) return piece;
    const isActive = activeId !== null && segment.ranges.some((r) => r.id === activeId);
    const first = isActive && !activeSeen;
    if (isActive) activeSeen = true;
    const kinds = new Set(segment.ranges.map((r) => r.kind));
    const className = [
      'hl',
      kinds.has('citation') ? 'hl-citation' : '',
      kinds.has('annotation') ? 'hl-annotation' : '',
      kinds.has('match') ? 'hl-match' : '',
      isActive ? 'hl-active' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const title = segment.ranges
      .map((r) => labels.get(r.id) ?? '')
      .filter(Boolean)
      .join('\n');
    return (
      <mark
        key={segment.start16}
        className={className}
        title={title || undefined}
        data-ids={segment.ranges.map((r) => r.id).join(' ')}
        data-active-start={first ? '' : undefined}
        tabIndex={first ? -1 : undefined}
      >
        {piece}
      </mark>
    );
  });
  return (
    <div ref={ref} className="source-text">
      {nodes}
    </div>
  );
});
