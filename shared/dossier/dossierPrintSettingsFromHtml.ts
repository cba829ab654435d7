import type { DossierFontFace, DossierFontSubset } from './dossierFonts.js';
import {
  DOSSIER_FONT_FAMILY,
  DOSSIER_FONT_FILES,
  DOSSIER_FONT_SUBSET_RANGES,
} from './dossierFonts.js';
import { readDossierFrame } from './dossierFrame.js';
import type { DossierPrintSettings } from './dossierPrintSettings.js';
import { dossierPrintSettings } from './dossierPrintSettings.js';

const FACE = new RegExp(
  `@font-face\\{font-family:'${DOSSIER_FONT_FAMILY.sans}';font-style:normal;font-weight:400;font-display:block;` +
    `src:url\\(data:font/woff2;base64,([A-Za-z0-9+/]*={0,2})\\) format\\('woff2'\\);unicode-range:([^;]*);\\}`,
  'g',
);

const SUBSET_BY_RANGE = new Map(
  (Object.keys(DOSSIER_FONT_SUBSET_RANGES) as DossierFontSubset[]).map((k) => [
    DOSSIER_FONT_SUBSET_RANGES[k],
    k,
  ]),
);

/**
 * The print settings of a dossier made by renderDossierHtml, rebuilt from the HTML alone:
 * its frame (meta element) and the sans faces it embeds. For a host that is handed only the
 * HTML, like Electron's `savePdf(html)` handler, which then needs no fonts of its own. The
 * HTML may come from a sandboxed renderer: the frame is validated, and only font data that
 * matches the exact rule renderDossierHtml writes is taken. Null when the HTML is no dossier.
 */
export function dossierPrintSettingsFromHtml(html: string): DossierPrintSettings | null {
  const frame = readDossierFrame(html);
  if (!frame) return null;
  const headEnd = html.indexOf('</head>');
  const head = headEnd >= 0 ? html.slice(0, headEnd) : html;
  const faces: DossierFontFace[] = [];
  for (const [, base64, range] of head.matchAll(FACE)) {
    const subset = range === undefined ? undefined : SUBSET_BY_RANGE.get(range);
    const file = DOSSIER_FONT_FILES.find(
      (f) => f.family === 'sans' && f.weight === 400 && f.style === 'normal' && f.subset === subset,
    );
    if (file && base64) faces.push({ ...file, woff2Base64: base64 });
  }
  return dossierPrintSettings(frame, { faces });
}
