import type { DossierFrame } from './dossierFrame.js';
import type { DossierFonts } from './dossierFonts.js';
import { DOSSIER_FONT_FAMILY, fontFaceCss, fontSubsetsFor, isHeaderFace } from './dossierFonts.js';
import { escapeHtml } from './escapeHtml.js';
import { formatPartialDate } from '../model/partialDate.js';

/**
 * Page header and footer of a dossier, for Chromium's print-to-PDF (Playwright `page.pdf`,
 * Electron `webContents.printToPDF`). Chromium does not support `counter(pages)` in CSS page
 * margin boxes, so "page N of M" comes from its header/footer templates, which fill the
 * `pageNumber` and `totalPages` classes. Both hosts take these same strings, so the CLI and
 * the app print identical pages.
 */

/** Page margins in millimetres; the header and footer sit inside the top and bottom ones. */
export const DOSSIER_PAGE_MARGIN_MM = { top: 20, right: 20, bottom: 20, left: 22 } as const;

export interface DossierPrintSettings {
  headerTemplate: string;
  footerTemplate: string;
  /** For Playwright's `margin` option. */
  margin: { top: string; right: string; bottom: string; left: string };
  /** The same in millimetres, as the desktop channel's `PdfPageFrame` (Electron: mm / 25.4 inches). */
  marginMm: { top: number; right: number; bottom: number; left: number };
  /** Tagged (accessible) PDF; Electron: `generateTaggedPDF`. */
  tagged: true;
  /** PDF bookmarks from the headings; Electron: `generateDocumentOutline`. */
  outline: true;
}

/** Every word the header and footer can print, to choose and prime their fonts. */
export function dossierFrameText(frame: DossierFrame): string {
  return `${frame.archiveName} ${frame.subject} Dossier · issued ${formatPartialDate(frame.issuedOn)} CONFIDENTIAL page 0123456789 of`;
}

/** The header/footer faces this frame needs. */
export function frameFaces(frame: DossierFrame, fonts: DossierFonts): DossierFonts['faces'] {
  const subsets = fontSubsetsFor(dossierFrameText(frame));
  return fonts.faces.filter((f) => isHeaderFace(f) && subsets.has(f.subset));
}

function frameStyle(frame: DossierFrame, fonts: DossierFonts): string {
  // Templates render in their own document: fonts and colours must be set here again.
  // Template font sizes are in CSS px of a page scaled to the paper, hence pt values.
  const m = DOSSIER_PAGE_MARGIN_MM;
  return (
    `<style>${fontFaceCss(frameFaces(frame, fonts))}` +
    `.k{box-sizing:border-box;width:100%;padding:0 ${m.right}mm 0 ${m.left}mm;` +
    `font-family:'${DOSSIER_FONT_FAMILY.sans}',sans-serif;font-size:7pt;line-height:1.3;color:#555;` +
    `display:flex;justify-content:space-between;align-items:baseline;gap:6mm;` +
    `-webkit-print-color-adjust:exact;print-color-adjust:exact}` +
    `.k>span{white-space:nowrap}` +
    // The archive name or subject gives way (ellipsis); the page number and the marking never do.
    `.k>span:first-child{flex:0 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis}` +
    `.k>span:not(:first-child){flex:0 0 auto}` +
    `.k .c{color:#8b0000;letter-spacing:.05em}` +
    `.h{margin-top:9mm;padding-bottom:1.5mm}` +
    `.f{margin-bottom:9mm}</style>`
  );
}

export function dossierHeaderTemplate(frame: DossierFrame, fonts: DossierFonts): string {
  const mark = frame.confidential ? `<span class="c">CONFIDENTIAL</span>` : '';
  return (
    frameStyle(frame, fonts) +
    `<div class="k h"><span>${escapeHtml(frame.archiveName)}</span>${mark}` +
    `<span>Dossier · issued ${escapeHtml(formatPartialDate(frame.issuedOn))}</span></div>`
  );
}

export function dossierFooterTemplate(frame: DossierFrame, fonts: DossierFonts): string {
  const mark = frame.confidential ? `<span class="c">CONFIDENTIAL</span>` : '';
  return (
    frameStyle(frame, fonts) +
    `<div class="k f"><span>${escapeHtml(frame.subject)}</span>${mark}` +
    `<span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

export function dossierPrintSettings(
  frame: DossierFrame,
  fonts: DossierFonts,
): DossierPrintSettings {
  const m = DOSSIER_PAGE_MARGIN_MM;
  return {
    headerTemplate: dossierHeaderTemplate(frame, fonts),
    footerTemplate: dossierFooterTemplate(frame, fonts),
    margin: {
      top: `${m.top}mm`,
      right: `${m.right}mm`,
      bottom: `${m.bottom}mm`,
      left: `${m.left}mm`,
    },
    marginMm: { ...m },
    tagged: true,
    outline: true,
  };
}
