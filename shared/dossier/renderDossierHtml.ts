import { displayNameOf } from '../model/caseFile.js';
import { PartialDate } from '../model/partialDate.js';
import { CitationRegistry } from './citationRegistry.js';
import { DOSSIER_CSS } from './dossierCss.js';
import type { DossierFonts } from './dossierFonts.js';
import { fontFaceCss, fontSubsetsFor } from './dossierFonts.js';
import type { DossierFrame } from './dossierFrame.js';
import { dossierFrameMeta } from './dossierFrame.js';
import type { DossierInput, DossierOptions } from './dossierInput.js';
import { dossierFrameText } from './dossierPrintSettings.js';
import { renderCase } from './renderCase.js';
import { renderContents } from './renderContents.js';
import { renderIssueBlock, renderReadingGuide } from './renderIssueBlock.js';
import { renderSourceList } from './renderSourceList.js';
import { markup, trustedHtml } from './safeHtml.js';

/**
 * No script, no fetch: even a host that forgot to disable JavaScript or block the network
 * prints nothing but this document, its inline styles and its data: fonts and photos.
 */
const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/** What the page header and footer of this dossier say; also embedded in the HTML. */
export function dossierFrameOf(input: DossierInput, options: DossierOptions): DossierFrame {
  const first = input.cases[0];
  const subject =
    input.cases.length === 1 && first
      ? `Dossier: ${displayNameOf(first.caseFile)}`
      : `Dossier: ${input.cases.length} case files`;
  return {
    archiveName: input.archiveName,
    issuedOn: input.issuedOn,
    confidential: options.confidential,
    subject,
  };
}

/**
 * The dossier of one or several case files as one complete HTML document, ready for
 * Chromium's print-to-PDF with the header and footer of `dossierPrintSettings`. Pure: the
 * same input gives the same document in the app, the CLI and the tests.
 */
export function renderDossierHtml(
  input: DossierInput,
  options: DossierOptions,
  fonts: DossierFonts,
): string {
  if (input.cases.length === 0) throw new Error('a dossier needs at least one case file');
  if (input.issuedOn.length !== 10 || !PartialDate.safeParse(input.issuedOn).success) {
    throw new Error(`the date of issue must be a day as YYYY-MM-DD, not "${input.issuedOn}"`);
  }
  const frame = dossierFrameOf(input, options);
  const registry = new CitationRegistry(input.sources);
  const combined = input.cases.length > 1;
  const issue = renderIssueBlock(input.archiveName, input.issuedOn);
  const cases = input.cases.map((dc, i) =>
    renderCase(dc, registry, {
      issuedOn: input.issuedOn,
      omitPrivateNotes: options.omitPrivateNotes,
      index: i + 1,
      kicker: combined ? `Case file ${i + 1} of ${input.cases.length}` : 'Dossier',
      afterHead: combined ? null : markup`${issue}${renderReadingGuide()}`,
      confidential: options.confidential,
    }),
  );
  // Sources are numbered as the cases cite them, so the list comes after every case is rendered.
  const sourceList = renderSourceList(registry.citedSources());
  const front = combined
    ? markup`<section class="front">
        <div class="kicker-row">
          <div class="kicker">Dossier</div>
          ${options.confidential ? markup`<div class="stamp">Confidential</div>` : ''}
        </div>
        <h1 class="front-title">${input.cases.length} case files</h1>
        ${issue}${renderContents(input.cases, input.issuedOn, sourceList !== null)}${renderReadingGuide()}
      </section>`
    : '';
  const sources = sourceList
    ? markup`<section class="sec sources-part" id="sources">
        <h2>Sources</h2>
        ${sourceList}
      </section>`
    : '';
  const frameText = dossierFrameText(frame);
  const body = markup`<div class="primer" aria-hidden="true">${frameText}</div>
    ${front}${cases}${sources}`;
  // Only the subsets the text needs: fonts are most of the bytes Chromium must take in.
  const subsets = fontSubsetsFor(body.value + frameText);
  const faces = fonts.faces.filter((f) => subsets.has(f.subset));
  const title = `${frame.subject}${input.archiveName.trim() ? ` — ${input.archiveName}` : ''}`;
  const doc = markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">
${trustedHtml(dossierFrameMeta(frame))}
<title>${title}</title>
<style>
${trustedHtml(fontFaceCss(faces))}
${trustedHtml(DOSSIER_CSS)}
</style>
</head>
<body class="${combined ? 'combined' : 'standalone'}">
${body}
</body>
</html>
`;
  return doc.value;
}
