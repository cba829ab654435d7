import type { ReactNode } from 'react';
import type { TextRange } from '../../shared/names/index.js';

/**
 * Text with some ranges marked. Ranges count Unicode code points (as the search core's do)
 * and are rendered as React text and <mark> elements, never as HTML.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: TextRange[] }) {
  const points = Array.from(text);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(points.slice(at, start).join(''));
    parts.push(<mark key={start}>{points.slice(start, end).join('')}</mark>);
    at = end;
  }
  if (at < points.length) parts.push(points.slice(at).join(''));
  return <>{parts}</>;
}
