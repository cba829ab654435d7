// The dossier: case files as one printable HTML document, and the print settings that go
// with it. Pure, so the app (Electron printToPDF), the CLI (Playwright) and the tests share it.
export { renderDossierHtml, dossierFrameOf } from './renderDossierHtml.js';
export type { DossierInput, DossierCase, DossierSource, DossierOptions } from './dossierInput.js';
export type { DossierFonts, DossierFontFace, DossierFontFile } from './dossierFonts.js';
export { DOSSIER_FONT_FILES } from './dossierFonts.js';
export { DossierFrame, readDossierFrame } from './dossierFrame.js';
export type { DossierPrintSettings } from './dossierPrintSettings.js';
export { dossierPrintSettingsFromHtml } from './dossierPrintSettingsFromHtml.js';
export {
  dossierPrintSettings,
  dossierHeaderTemplate,
  dossierFooterTemplate,
  DOSSIER_PAGE_MARGIN_MM,
} from './dossierPrintSettings.js';
export type { DossierArchive, ArchivedCase } from './dossierArchive.js';
export { buildDossierInput } from './dossierArchive.js';
export { escapeHtml } from './escapeHtml.js';
