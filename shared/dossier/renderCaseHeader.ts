import { displayNameOf } from '../model/caseFile.js';
import { formatPartialDate } from '../model/partialDate.js';
import type { CaseCitations } from './citationRegistry.js';
import type { DossierCase } from './dossierInput.js';
import { STATUS_LABELS, nameLabel, nameLang } from './dossierLabels.js';
import { renderRefs } from './renderRefs.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';
import { statusAsOf } from './statusAsOf.js';

/** A conflict path ("statusHistory/<entry id>") in the words of the sections. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  names: 'names',
  birthDate: 'birth date',
  gender: 'gender',
  occupation: 'occupation',
  affiliations: 'affiliations',
  statusHistory: 'status history',
  events: 'timeline',
  legalCases: 'criminal cases',
  detention: 'places of detention',
  tagIds: 'tags',
  photoSha256: 'photo',
};

function conflictLabel(path: string): string {
  const field = path.split('/')[0] ?? path;
  return FIELD_WORDS[field] ?? field;
}

/** Only inline raster images: no other URL scheme can reach the printed page. */
const PHOTO_DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * The head of a case file: the display name, every known spelling in every script with
 * its citations, the status on the date of issue and the photo. `kicker` is the small line
 * above the name ("Dossier", or "Case file 2 of 3" in a combined dossier).
 */
export function renderCaseHeader(
  dc: DossierCase,
  cites: CaseCitations,
  issuedOn: string,
  kicker: string,
  confidential: boolean,
): SafeHtml {
  const c = dc.caseFile;
  const name = displayNameOf(c);
  const primary = c.names.find((n) => n.text === name);
  const lang = primary ? nameLang(primary) : null;
  const status = statusAsOf(c, issuedOn);
  const photo = dc.photoDataUrl && PHOTO_DATA_URL.test(dc.photoDataUrl) ? dc.photoDataUrl : null;
  const names = c.names.map(
    (n) =>
      markup`<tr><th scope="row">${nameLabel(n)}</th><td${nameLang(n) ? markup` lang="${nameLang(n)}"` : ''} class="name">${n.text}${renderRefs(cites.of('names', n.id))}</td></tr>`,
  );
  const conflicts = [...new Set((dc.unresolvedConflicts ?? []).map(conflictLabel))];
  return markup`<header class="case-head">
    <div class="kicker-row">
      <div class="kicker">${kicker}</div>
      ${confidential ? markup`<div class="stamp">Confidential</div>` : ''}
    </div>
    <div class="case-head-main">
      <div class="case-head-text">
        <h1 class="person"${lang ? markup` lang="${lang}"` : ''}>${name}</h1>
        ${status ? markup`<p class="status-line">Status on ${formatPartialDate(issuedOn)}: <strong>${STATUS_LABELS[status.status]}</strong>${status.date ? markup`, since ${formatPartialDate(status.date)}` : ''}</p>` : ''}
      </div>
      ${photo ? markup`<img class="photo" src="${photo}" alt="Photograph of ${name}" />` : ''}
    </div>
    <table class="facts names">
      <caption>Names and spellings</caption>
      ${names}
    </table>
    ${conflicts.length > 0 ? markup`<p class="conflicts"><strong>Unresolved edits.</strong> Researchers recorded conflicting values for: ${conflicts.join(', ')}. The values printed are the archive’s current ones; check before relying on them.</p>` : ''}
  </header>`;
}
