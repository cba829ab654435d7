import type { CaseFile, LegalCase } from '../model/caseFile.js';
import { formatPartialDate } from '../model/partialDate.js';
import type { CaseCitations } from './citationRegistry.js';
import { codeName, formatArticle, formatFineAmount, formatSentenceTerm } from './dossierLabels.js';
import { renderNoteText } from './renderNoteText.js';
import { factRow } from './factRow.js';
import { renderRefs } from './renderRefs.js';
import type { SafeHtml } from './safeHtml.js';
import { joinHtml, markup } from './safeHtml.js';

/** Every prosecution as its own table: articles, charges, court, dates, sentence, fines. */
export function renderLegalCases(c: CaseFile, cites: CaseCitations): SafeHtml | null {
  if (c.legalCases.length === 0) return null;
  const many = c.legalCases.length > 1;
  return markup`${c.legalCases.map((lc, i) => renderLegalCase(lc, many ? i + 1 : null, cites))}`;
}

function caseTitle(lc: LegalCase, index: number | null): string {
  const year = (lc.verdictDate ?? lc.arrestDate)?.slice(0, 4);
  const base = index === null ? 'Criminal case' : `Criminal case ${index}`;
  return year ? `${base} (${lc.verdictDate ? 'verdict' : 'arrest'} ${year})` : base;
}

function renderLegalCase(lc: LegalCase, index: number | null, cites: CaseCitations): SafeHtml {
  const rows: SafeHtml[] = [];
  const codes = [...new Set(lc.articles.map((a) => a.code))];
  if (lc.articles.length > 0) {
    const single = codes.length === 1 ? codes[0] : undefined;
    if (single !== undefined) rows.push(factRow('Code', markup`${codeName(single)}`));
    const articles = lc.articles.map((a) =>
      single !== undefined ? formatArticle(a) : `${formatArticle(a)} (${codeName(a.code)})`,
    );
    rows.push(factRow(lc.articles.length === 1 ? 'Article' : 'Articles', joinHtml(articles, '; ')));
  }
  if (lc.charges.length > 0) {
    rows.push(
      factRow(
        'Charges',
        markup`<ul class="plain">
          ${lc.charges.map((ch) => markup`<li>${ch}</li>`)}
        </ul>`,
      ),
    );
  }
  if (lc.court.trim()) rows.push(factRow('Court', markup`${lc.court}`));
  if (lc.arrestDate) rows.push(factRow('Arrested', markup`${formatPartialDate(lc.arrestDate)}`));
  if (lc.verdictDate) rows.push(factRow('Verdict', markup`${formatPartialDate(lc.verdictDate)}`));
  const sentence = lc.sentence ? renderSentence(lc.sentence) : null;
  if (sentence) rows.push(factRow('Sentence', sentence));
  if (lc.fines.length > 0) {
    const fines = lc.fines.map((f) => {
      const amount = formatFineAmount(f);
      return markup`<li>${amount ?? ''}${amount && f.text.trim() ? ' — ' : ''}${f.text}</li>`;
    });
    rows.push(
      factRow(
        lc.fines.length === 1 ? 'Fine' : 'Fines',
        markup`<ul class="plain">
          ${fines}
        </ul>`,
      ),
    );
  }
  if (lc.note.trim()) rows.push(factRow('Note', renderNoteText(lc.note)));
  const refs = renderRefs(cites.of('legalCases', lc.id));
  return markup`<div class="legal-case">
    <h3>${caseTitle(lc, index)}${refs}</h3>
    ${
      rows.length > 0
        ? markup`<table class="facts">
            ${rows}
          </table>`
        : ''
    }
  </div>`;
}

function renderSentence(s: NonNullable<LegalCase['sentence']>): SafeHtml | null {
  const term = formatSentenceTerm(s);
  const text = s.text.trim();
  if (!term && !text) return null;
  return markup`${term ? markup`<strong>${term}</strong>` : ''}${term && text ? markup`<br />` : ''}${text ? markup`<span class="worded">${text}</span>` : ''}`;
}
