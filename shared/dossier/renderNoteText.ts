import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/**
 * A Markdown note as plain paragraphs: blank lines separate paragraphs, line breaks are
 * kept (CSS white-space: pre-wrap), and markup — Markdown or HTML — prints as the
 * characters it is. A dossier is evidence: it shows what the researcher typed, and nothing
 * in a note can change the document around it.
 */
export function renderNoteText(text: string): SafeHtml {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim().length > 0);
  return markup`${paragraphs.map((p) => markup`<p class="pre">${p}</p>`)}`;
}
