import type { CitationRegistry } from './citationRegistry.js';
import type { DossierCase } from './dossierInput.js';
import { renderCaseHeader } from './renderCaseHeader.js';
import { renderCitationNotes } from './renderCitationNotes.js';
import { renderDetention } from './renderDetention.js';
import { renderIdentity } from './renderIdentity.js';
import { renderLegalCases } from './renderLegalCases.js';
import { renderNotes } from './renderNotes.js';
import { renderSummary } from './renderSummary.js';
import { renderTags } from './renderTags.js';
import { renderTimeline } from './renderTimeline.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

export interface CaseRenderOptions {
  issuedOn: string;
  omitPrivateNotes: boolean;
  /** 1-based position in the document; the anchor the table of contents links to. */
  index: number;
  kicker: string;
  /** Stamp the case head CONFIDENTIAL (the page header says it too). */
  confidential: boolean;
  /** Printed between the case head and the sections (the issue block of a one-case dossier). */
  afterHead: SafeHtml | null;
}

/**
 * One case file: head, then the sections that have something to say, numbered as printed,
 * then its citation notes. Sections are rendered in reading order because rendering a fact
 * is what gives its citations their numbers.
 */
export function renderCase(
  dc: DossierCase,
  registry: CitationRegistry,
  o: CaseRenderOptions,
): SafeHtml {
  const c = dc.caseFile;
  const cites = registry.forCase(dc.citations);
  // Rendering numbers the notes, so the head (names) renders first; the summary, which
  // counts the notes, renders last but prints right after the head.
  const head = renderCaseHeader(dc, cites, o.issuedOn, o.kicker, o.confidential);
  const sections: [string, SafeHtml | null][] = [
    ['Identity', renderIdentity(c, cites)],
    ['Status and timeline', renderTimeline(c, cites)],
    [c.legalCases.length > 1 ? 'Criminal cases' : 'Criminal case', renderLegalCases(c, cites)],
    ['Places of detention', renderDetention(c, cites)],
    ['Tags', renderTags(dc.tags)],
    ['Researchers’ notes', renderNotes(dc.notes, o.omitPrivateNotes)],
  ];
  sections.push(['Citations', renderCitationNotes(cites.printed())]);
  const summary = renderSummary(c, cites.printed());
  let n = 0;
  const body = sections.flatMap(([title, content]) =>
    content
      ? [
          markup`<section class="sec">
            <h2><span class="secno">${++n}</span>${title}</h2>
            ${content}
          </section>`,
        ]
      : [],
  );
  return markup`<article class="case" id="case-${o.index}">
    ${head}${summary}${o.afterHead ?? ''}${body}
  </article>`;
}
