import { formatPartialDate } from '../model/partialDate.js';
import type { DossierSource } from './dossierInput.js';
import { factRow } from './factRow.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/** "2025-09-12T08:30:00.000Z" → "12 Sep 2025, 08:30 UTC". */
function formatAddedAt(iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  if (!day) return iso;
  return time ? `${formatPartialDate(day)}, ${time} UTC` : formatPartialDate(day);
}

/**
 * The sources cited, in the order first cited, with everything needed to find and verify
 * them: the SHA-256 identifies the exact text the quotes were checked against.
 */
export function renderSourceList(
  sources: readonly { number: number; source: DossierSource }[],
): SafeHtml | null {
  if (sources.length === 0) return null;
  return markup`<ol class="sources">
    ${sources.map(({ number, source }) => renderSource(number, source))}
  </ol>`;
}

function renderSource(number: number, { source: s }: DossierSource): SafeHtml {
  const title = s.title.trim() || s.fileName.trim() || 'Untitled source';
  const rows: SafeHtml[] = [];
  if (s.publisher.trim()) rows.push(factRow('Publisher', markup`${s.publisher}`));
  if (s.author.trim()) rows.push(factRow('Author', markup`${s.author}`));
  if (s.date) rows.push(factRow('Published', markup`${formatPartialDate(s.date)}`));
  if (s.url.trim()) rows.push(factRow('URL', renderUrl(s.url.trim())));
  if (s.fileName.trim() && s.fileName.trim() !== title)
    rows.push(factRow('File', markup`${s.fileName}`));
  rows.push(factRow('Added', markup`${formatAddedAt(s.addedAt)}`));
  rows.push(factRow('SHA-256', markup`<span class="hash">${s.sha256}</span>`));
  return markup`<li id="source-${number}" class="source">
    <span class="no">[${number}]</span>
    <div class="source-body">
      <div class="source-title">${title}</div>
      <table class="facts source-meta">
        ${rows}
      </table>
    </div>
  </li>`;
}

/** A link only for http(s): the one kind of URL the model admits and a reader can open. */
function renderUrl(url: string): SafeHtml {
  return /^https?:\/\//i.test(url)
    ? markup`<a class="url" href="${url}">${url}</a>`
    : markup`<span class="url">${url}</span>`;
}
