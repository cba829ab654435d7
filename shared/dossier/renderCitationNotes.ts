import { formatPartialDate } from '../model/partialDate.js';
import type { CitationAnchor, NumberedCitation } from './citationRegistry.js';
import { quoteContext } from './quoteContext.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/** Quotes longer than this stand on their own; shorter ones get their surrounding words. */
const CONTEXT_UP_TO = 240;

const REVIEW_REASONS: Readonly<
  Record<Exclude<CitationAnchor, { status: 'anchored' }>['reason'], string>
> = {
  quote_not_found: 'These words are no longer found in the text of the source listed.',
  source_text_missing:
    'The archive does not hold the text of this source, so the quote could not be checked.',
  source_missing: 'The cited source is not in the archive.',
};

/**
 * The numbered notes of one case file: each gives the exact quote, its source by number,
 * and a needs-review flag when the quote no longer stands in the source text.
 */
export function renderCitationNotes(citations: readonly NumberedCitation[]): SafeHtml | null {
  if (citations.length === 0) return null;
  return markup`<ol class="notes">${citations.map(renderCitationNote)}</ol>`;
}

function renderCitationNote(n: NumberedCitation): SafeHtml {
  const s = n.citation.selector;
  const quote = s.exact.replace(/\s+/g, ' ').trim();
  const ctx = quote.length <= CONTEXT_UP_TO ? quoteContext(s) : { before: '', after: '' };
  const review =
    n.anchor.status === 'needs_review'
      ? markup`<span class="review-flag">Needs review</span> <span class="review-why">${REVIEW_REASONS[n.anchor.reason]}</span> `
      : '';
  const version =
    n.anchor.status === 'anchored' && !n.anchor.sameText
      ? markup` <span class="version">Quoted from another version of the text (SHA-256 <span class="hash">${n.citation.sourceSha256}</span>); the words stand unchanged in the version listed.</span>`
      : '';
  const comment = n.citation.note.trim()
    ? markup` <span class="comment">Researcher’s note: ${n.citation.note}</span>`
    : '';
  const cls = n.anchor.status === 'anchored' ? 'note-item' : 'note-item needs-review';
  return markup`<li id="note-${n.number}" class="${cls}"><span class="no">${n.number}</span><div class="note-text">${review}<span class="ctx">${ctx.before}</span><span class="quote">“${quote}”</span><span class="ctx">${ctx.after}</span> ${renderSourceRef(n)}${version}${comment}</div></li>`;
}

function renderSourceRef(n: NumberedCitation): SafeHtml {
  if (!n.source || n.sourceNumber === null)
    return markup`<span class="src">— source not in the archive.</span>`;
  const src = n.source.source;
  const label = [src.publisher.trim(), src.date ? formatPartialDate(src.date) : '']
    .filter(Boolean)
    .join(', ');
  return markup`<span class="src">— <a href="#source-${n.sourceNumber}">[${n.sourceNumber}]</a>${label ? markup` ${label}.` : ''}</span>`;
}
