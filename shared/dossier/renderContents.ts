import { displayNameOf } from '../model/caseFile.js';
import type { DossierCase } from './dossierInput.js';
import { STATUS_LABELS, nameLang } from './dossierLabels.js';
import type { SafeHtml } from './safeHtml.js';
import { markup } from './safeHtml.js';
import { statusAsOf } from './statusAsOf.js';

/**
 * The table of contents of a combined dossier. Chromium cannot print page numbers of link
 * targets (no CSS target-counter), so entries are numbered and linked instead.
 */
export function renderContents(
  cases: readonly DossierCase[],
  issuedOn: string,
  hasSources: boolean,
): SafeHtml {
  const rows = cases.map((dc, i) => {
    const c = dc.caseFile;
    const name = displayNameOf(c);
    const cyrillic = c.names.filter(
      (n) => n.kind === 'primary' && (n.script === 'be' || n.script === 'ru'),
    );
    const status = statusAsOf(c, issuedOn);
    return markup`<tr>
      <td class="num">${i + 1}</td>
      <td>
        <a href="#case-${i + 1}">${name}</a>${cyrillic.map((n) => markup`<span class="aka" lang="${nameLang(n) ?? ''}">${n.text}</span>`)}
      </td>
      <td>${status ? STATUS_LABELS[status.status] : ''}</td>
    </tr>`;
  });
  return markup`<nav class="contents">
    <h2 class="contents-title">Contents</h2>
    <table class="grid toc">
      <thead>
        <tr>
          <th class="num">No.</th>
          <th>Case file</th>
          <th>Status on date of issue</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
        ${
          hasSources
            ? markup`<tr>
                <td class="num"></td>
                <td><a href="#sources">Sources</a></td>
                <td></td>
              </tr>`
            : ''
        }
      </tbody>
    </table>
  </nav>`;
}
