import type { CaseFile } from '../model/caseFile.js';
import { formatPartialDate } from '../model/partialDate.js';
import type { NumberedCitation } from './citationRegistry.js';
import { formatSentenceTerm } from './dossierLabels.js';
import { factRow } from './factRow.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/**
 * The case at a glance, for the reader who has one minute: birth, occupation, sentences,
 * and how well the file is sourced. The facts are repeated, with their notes, in the
 * sections that follow; this block carries no note numbers of its own.
 */
export function renderSummary(c: CaseFile, printed: readonly NumberedCitation[]): SafeHtml {
  const rows: SafeHtml[] = [];
  if (c.birthDate) rows.push(factRow('Born', markup`${formatPartialDate(c.birthDate)}`));
  if (c.occupation.trim()) rows.push(factRow('Occupation', markup`${c.occupation}`));
  const sentences = c.legalCases.flatMap((lc) => {
    const term = lc.sentence ? (formatSentenceTerm(lc.sentence) ?? lc.sentence.text.trim()) : '';
    if (!term) return [];
    return [
      markup`<li>
        ${term}${lc.verdictDate ? markup`<span class="muted"> · verdict ${formatPartialDate(lc.verdictDate)}</span>` : ''}
      </li>`,
    ];
  });
  if (sentences.length > 0) {
    rows.push(
      factRow(
        sentences.length === 1 ? 'Sentence' : 'Sentences',
        markup`<ul class="plain">
          ${sentences}
        </ul>`,
      ),
    );
  }
  rows.push(factRow('Evidence', evidenceLine(printed)));
  rows.push(factRow('Case file ID', markup`<span class="hash">${c.id}</span>`));
  return markup`<table class="facts summary">
    <caption>At a glance</caption>
    ${rows}
  </table>`;
}

function evidenceLine(printed: readonly NumberedCitation[]): SafeHtml {
  if (printed.length === 0)
    return markup`<span class="muted">No fact in this case file is cited to a source.</span>`;
  const sources = new Set(printed.map((n) => n.citation.sourceId)).size;
  const review = printed.filter((n) => n.anchor.status !== 'anchored').length;
  const counts = `${printed.length} ${printed.length === 1 ? 'citation' : 'citations'} from ${sources} ${sources === 1 ? 'source' : 'sources'}`;
  return review === 0
    ? markup`${counts}; every quote found in its source text.`
    : markup`${counts};
        <span class="review-flag">${review} ${review === 1 ? 'needs' : 'need'} review</span>`;
}
