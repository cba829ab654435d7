import { DOSSIER_FONT_FAMILY } from './dossierFonts.js';
import { DOSSIER_PAGE_MARGIN_MM } from './dossierPrintSettings.js';

const SERIF = `'${DOSSIER_FONT_FAMILY.serif}', serif`;
const SANS = `'${DOSSIER_FONT_FAMILY.sans}', sans-serif`;
const M = DOSSIER_PAGE_MARGIN_MM;

/**
 * Print styles: a sober legal-document look on A4. Serif body, sans headings and labels,
 * booktabs-like tables, small numbered notes. Anything from data may be very long (a quote,
 * a name, a URL, a hash), so every text container may break anywhere as a last resort.
 */
export const DOSSIER_CSS = `
@page { size: A4; margin: ${M.top}mm ${M.right}mm ${M.bottom}mm ${M.left}mm; }
* { box-sizing: border-box; }
html { font-family: ${SERIF}; font-size: 10pt; line-height: 1.45; color: #1b1b1b;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; font-kerning: normal;
  text-rendering: optimizeLegibility; }
body { margin: 0; overflow-wrap: anywhere; }
a { color: inherit; text-decoration: none; }
p { margin: 0 0 5pt; orphans: 3; widows: 3; }
h1, h2, h3, .kicker, th, .no, .refs, .tags, .stamp, .review-flag, .note-flag, .case-id, caption {
  font-family: ${SANS}; }
h2, h3 { break-after: avoid; }
strong { font-weight: 700; }
.muted { color: #777; }
.hash { font-family: ${SANS}; font-size: 0.92em; letter-spacing: 0.02em; word-break: break-all;
  font-variant-numeric: tabular-nums; }
.url { word-break: break-all; }
.primer { position: absolute; top: 0; left: 0; visibility: hidden; height: 0; overflow: hidden; font-family: ${SANS}; }

/* Front matter and case heads */
.front { break-after: page; }
.front-title { font-family: ${SERIF}; font-size: 26pt; font-weight: 700; line-height: 1.15; margin: 0 0 4pt; }
.kicker-row { display: flex; justify-content: space-between; align-items: center; margin-bottom: 8pt; }
.kicker { font-size: 8pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: #555; }
.case { break-before: page; }
.case:first-of-type { break-before: auto; }
.case-head { margin-bottom: 12pt; }
.case-head-main { display: flex; gap: 8mm; align-items: flex-start; justify-content: space-between;
  border-bottom: 1.2pt solid #1b1b1b; padding-bottom: 8pt; margin-bottom: 10pt; }
.case-head-text { flex: 1 1 auto; min-width: 0; }
h1.person { font-family: ${SERIF}; font-size: 24pt; line-height: 1.15; font-weight: 700; margin: 0 0 6pt; }
.status-line { font-size: 11pt; margin: 0 0 3pt; }
.case-id { font-size: 7.5pt; color: #666; margin: 0; }
.photo { flex: 0 0 auto; width: 32mm; max-height: 42mm; object-fit: cover; border: 0.5pt solid #999; }
.standalone .case-head { break-after: avoid; }
.conflicts { font-size: 9pt; border-left: 2pt solid #8b0000; padding: 2pt 0 2pt 6pt; margin-top: 8pt; }

/* Issue block and reading guide */
.issue { margin-top: 14pt; }
table.summary { margin-bottom: 4pt; }
.stamp { font-family: ${SANS}; font-size: 9pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  color: #8b0000; border: 1.2pt solid #8b0000; padding: 2pt 6pt 2pt 8pt; }
.method { margin-top: 14pt; padding: 8pt 10pt; background: #f3f2ef; border-left: 2pt solid #1b1b1b;
  font-size: 8.8pt; line-height: 1.45; break-inside: avoid; }
.method-title { font-size: 8pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  margin: 0 0 4pt; border: 0; padding: 0; }
.method p:last-child { margin-bottom: 0; }
.standalone .method { break-after: page; }

/* Sections */
.sec { margin-top: 16pt; }
.sec > h2 { font-size: 9.5pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  border-bottom: 0.75pt solid #1b1b1b; padding-bottom: 2.5pt; margin: 0 0 7pt; }
.secno { display: inline-block; min-width: 7mm; color: #555; }
h3 { font-size: 9.5pt; font-weight: 700; margin: 10pt 0 4pt; }
.legal-case h3 { break-after: avoid; }

/* Tables */
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-size: 7.5pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  color: #555; padding-bottom: 3pt; }
tr { break-inside: avoid; }
table.facts th { width: 31mm; text-align: left; vertical-align: top; font-size: 8pt; font-weight: 400;
  color: #555; padding: 3pt 6pt 3pt 0; line-height: 1.6; }
table.facts td { vertical-align: top; padding: 2.5pt 0; }
table.facts tr + tr > * { border-top: 0.4pt solid #d4d4d4; }
table.facts.names td.name { font-size: 11pt; }
table.grid { margin-top: 2pt; }
table.grid thead th { font-size: 7.5pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: #555;
  text-align: left; padding: 3pt 8pt 3pt 0; border-top: 0.9pt solid #1b1b1b; border-bottom: 0.5pt solid #1b1b1b; }
table.grid tbody td { vertical-align: top; padding: 3.5pt 8pt 3.5pt 0; border-bottom: 0.4pt solid #d4d4d4; }
table.grid tbody tr:last-child td { border-bottom: 0.9pt solid #1b1b1b; }
table.grid .date { width: 27mm; white-space: nowrap; font-variant-numeric: tabular-nums; }
.timeline .status { font-weight: 700; }
table.grid .num { width: 10mm; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain li + li { margin-top: 2pt; }
.role { color: #444; }
.worded { font-style: italic; }

/* Tags and notes */
ul.tags { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4pt 5pt; }
ul.tags li { font-size: 8pt; border: 0.5pt solid #888; border-radius: 2pt; padding: 0.5pt 5pt; }
.note { margin: 0 0 8pt; padding-left: 8pt; border-left: 1pt solid #bbb; }
.note-flag { font-size: 7.5pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: #8b0000; margin-bottom: 2pt; }
p.pre { white-space: pre-wrap; }
/* A note's Markdown: formatting of the note's own, kept quieter than the dossier's. */
.note p:last-child, .note ul:last-child, .note ol:last-child, .note blockquote:last-child { margin-bottom: 0; }
.note ul, .note ol { margin: 0 0 5pt; padding-left: 14pt; }
.note li + li { margin-top: 1.5pt; }
.note blockquote { margin: 0 0 5pt; padding-left: 7pt; border-left: 1pt solid #d4d4d4; color: #444; }
/* No monospace font ships with the dossier (a system one would be needed): code is sans on a tint. */
.note code { font-family: ${SANS}; font-size: 0.88em; background: #f3f2ef; padding: 0 2pt; border-radius: 1pt; }
.note p.pre code { padding: 0; background: none; }
.note hr { border: 0; border-top: 0.5pt solid #bbb; margin: 6pt 0; }
.note table { width: auto; margin: 0 0 5pt; font-size: 9pt; }
.note th, .note td { text-align: left; vertical-align: top; padding: 1.5pt 8pt 1.5pt 0; border-bottom: 0.4pt solid #d4d4d4; }
.note del { color: #666; }
.note .addr { font-size: 0.92em; color: #444; }

/* Note numbers in the text */
.refs { font-size: 6.8pt; font-weight: 700; line-height: 0; margin-left: 1pt; vertical-align: 0; position: relative; top: -0.55em; }
.refs .sep { font-weight: 400; }
.ref.review { color: #8b0000; }

/* Citation notes */
ol.notes, ol.sources { list-style: none; margin: 0; padding: 0; }
ol.notes { font-size: 8.5pt; line-height: 1.42; }
.note-item { display: flex; gap: 0; margin: 0 0 4pt; break-inside: avoid; }
.note-item .no, .source .no { flex: 0 0 9mm; font-size: 8pt; font-weight: 700; text-align: right; padding-right: 3mm;
  font-variant-numeric: tabular-nums; }
.note-text { flex: 1 1 auto; min-width: 0; }
.ctx { color: #6a6a6a; }
.quote { color: #111; }
.src { white-space: normal; }
.src a { font-family: ${SANS}; font-weight: 700; font-size: 0.95em; }
.review-flag { font-family: ${SANS}; font-size: 0.85em; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  color: #fff; background: #8b0000; padding: 0 3pt; border-radius: 1pt; }
.review-why { color: #8b0000; }
.needs-review .no { color: #8b0000; }
.version, .comment { display: block; color: #444; font-style: italic; }

/* Sources */
.sources-part { break-before: page; }
ol.sources { font-size: 8.5pt; }
.source { display: flex; margin: 0 0 9pt; break-inside: avoid; }
.source-body { flex: 1 1 auto; min-width: 0; }
.source-title { font-size: 9.5pt; font-style: italic; margin-bottom: 2pt; }
table.source-meta th { width: 20mm; font-size: 7.5pt; padding-top: 1.5pt; padding-bottom: 1.5pt; line-height: 1.5; }
table.source-meta td { padding: 1.5pt 0; }

/* Contents */
.contents { margin-top: 18pt; }
.contents-title { font-size: 9.5pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; margin: 0 0 4pt; }
.toc .aka { display: block; font-size: 8.5pt; color: #555; }
`;
