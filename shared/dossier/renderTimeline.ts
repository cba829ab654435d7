import type { CaseFile } from '../model/caseFile.js';
import { comparePartialDates, formatPartialDate } from '../model/partialDate.js';
import type { CaseCitations } from './citationRegistry.js';
import { STATUS_LABELS } from './dossierLabels.js';
import { renderRefs } from './renderRefs.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

interface TimelineRow {
  date: string | null;
  render: () => SafeHtml;
}

/**
 * Status changes and other events in one table, in date order. Undated entries follow the
 * dated ones in the order they were recorded: a dossier must not guess where they belong.
 */
export function renderTimeline(c: CaseFile, cites: CaseCitations): SafeHtml | null {
  const rows: TimelineRow[] = [
    ...c.statusHistory.map((s) => ({
      date: s.date,
      render: () =>
        markup`<span class="status">${STATUS_LABELS[s.status]}</span
          >${s.note.trim() ? markup`. ${s.note}` : ''}${renderRefs(cites.of('statusHistory', s.id))}`,
    })),
    ...c.events.map((e) => ({
      date: e.date,
      render: () => markup`${e.text}${renderRefs(cites.of('events', e.id))}`,
    })),
  ];
  if (rows.length === 0) return null;
  const dated = rows.filter((r) => r.date !== null);
  const undated = rows.filter((r) => r.date === null);
  dated.sort((a, b) => comparePartialDates(a.date ?? '', b.date ?? ''));
  const body = [...dated, ...undated].map(
    (r) =>
      markup`<tr>
        <td class="date">
          ${r.date ? formatPartialDate(r.date) : markup`<span class="muted">undated</span>`}
        </td>
        <td>${r.render()}</td>
      </tr>`,
  );
  return markup`<table class="grid timeline">
    <thead>
      <tr>
        <th class="date">Date</th>
        <th>Status or event</th>
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}
