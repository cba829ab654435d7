import type { CaseFile } from '../model/caseFile.js';
import { comparePartialDates, formatPartialDate } from '../model/partialDate.js';
import type { CaseCitations } from './citationRegistry.js';
import { renderRefs } from './renderRefs.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/** Places of detention over time; an unknown end date prints as a dash, not as "present". */
export function renderDetention(c: CaseFile, cites: CaseCitations): SafeHtml | null {
  if (c.detention.length === 0) return null;
  const places = [...c.detention].sort((a, b) => {
    if (a.from === null || b.from === null)
      return (a.from === null ? 1 : 0) - (b.from === null ? 1 : 0);
    return comparePartialDates(a.from, b.from);
  });
  const hasNotes = places.some((p) => p.note.trim());
  const rows = places.map(
    (p) =>
      markup`<tr>
        <td>${p.place}${renderRefs(cites.of('detention', p.id))}</td>
        <td class="date">${p.from ? formatPartialDate(p.from) : '–'}</td>
        <td class="date">${p.to ? formatPartialDate(p.to) : '–'}</td>
        ${hasNotes ? markup`<td>${p.note}</td>` : ''}
      </tr>`,
  );
  return markup`<table class="grid detention">
    <thead>
      <tr>
        <th>Place</th>
        <th class="date">From</th>
        <th class="date">To</th>
        ${hasNotes ? markup`<th>Note</th>` : ''}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}
