import type { NumberedCitation } from './citationRegistry.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/**
 * The superscript note numbers after a fact, each a link to its note. A citation that needs
 * review is set apart (class "review") so the mark is visible where the fact is read.
 */
export function renderRefs(citations: readonly NumberedCitation[]): SafeHtml {
  if (citations.length === 0) return markup``;
  const links = citations.map(
    (c, i) =>
      markup`${i > 0 ? markup`<span class="sep">,</span>` : ''}<a href="#note-${c.number}" class="${c.anchor.status === 'anchored' ? 'ref' : 'ref review'}">${c.number}</a>`,
  );
  return markup`<sup class="refs">${links}</sup>`;
}
