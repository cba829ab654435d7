import type { CaseFile } from '../model/caseFile.js';
import { formatPartialDate } from '../model/partialDate.js';
import type { CaseCitations } from './citationRegistry.js';
import { GENDER_LABELS } from './dossierLabels.js';
import { factRow } from './factRow.js';
import { renderRefs } from './renderRefs.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';

/** Birth date, gender, occupation and affiliations as a table; null when none is known. */
export function renderIdentity(c: CaseFile, cites: CaseCitations): SafeHtml | null {
  const rows: SafeHtml[] = [];
  if (c.birthDate) {
    rows.push(
      factRow(
        'Born',
        markup`${formatPartialDate(c.birthDate)}${renderRefs(cites.of('birthDate'))}`,
      ),
    );
  }
  if (c.gender)
    rows.push(
      factRow('Gender', markup`${GENDER_LABELS[c.gender]}${renderRefs(cites.of('gender'))}`),
    );
  if (c.occupation.trim()) {
    rows.push(factRow('Occupation', markup`${c.occupation}${renderRefs(cites.of('occupation'))}`));
  }
  if (c.affiliations.length > 0) {
    const items = c.affiliations.map(
      (a) =>
        markup`<li>
          ${a.name}${a.role.trim() ? markup`<span class="role"> — ${a.role}</span>` : ''}${renderRefs(cites.of('affiliations', a.id))}
        </li>`,
    );
    rows.push(
      factRow(
        c.affiliations.length === 1 ? 'Affiliation' : 'Affiliations',
        markup`<ul class="plain">
          ${items}
        </ul>`,
      ),
    );
  }
  if (rows.length === 0) return null;
  return markup`<table class="facts">
    ${rows}
  </table>`;
}
