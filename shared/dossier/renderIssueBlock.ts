import { formatPartialDate } from '../model/partialDate.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/** Who issued the document and when. */
export function renderIssueBlock(archiveName: string, issuedOn: string): SafeHtml {
  return markup`<section class="issue">
    <table class="facts issue-facts">
      <caption>This document</caption>
      <tr><th scope="row">Date of issue</th><td>${formatPartialDate(issuedOn)}</td></tr>
      ${archiveName.trim() ? markup`<tr><th scope="row">Archive</th><td>${archiveName}</td></tr>` : ''}
    </table>
  </section>`;
}

/**
 * How to read the notes: a reader who gets the PDF alone, away from the app, must be able to
 * tell what the numbers, the hashes and the review marks mean.
 */
export function renderReadingGuide(): SafeHtml {
  return markup`<div class="method">
    <h2 class="method-title">How to read this dossier</h2>
    <p>Every fact is followed by a note number. The notes after each case file give the exact words of the source that backs the fact, and the number of that source in the list of sources at the end.</p>
    <p>Each source is identified by the SHA-256 fingerprint of its text as held in the archive, so a copy of the text can be checked word for word. A note marked <span class="review-flag">Needs review</span> quotes words that are no longer found in that text.</p>
    <p>Dates are as precise as the sources allow: a year, a month, or a day.</p>
  </div>`;
}
