import { buildDossierInput } from '../../shared/dossier/dossierArchive.js';
import type { DossierFonts } from '../../shared/dossier/dossierFonts.js';
import { dossierPrintSettings } from '../../shared/dossier/dossierPrintSettings.js';
import { dossierFrameOf, renderDossierHtml } from '../../shared/dossier/renderDossierHtml.js';
import type { DossierPrinter } from '../../cli/dossier/dossierPrinter.js';
import { openDossierPrinter } from '../../cli/dossier/dossierPrinter.js';
import { loadDossierFonts } from '../../cli/dossier/loadDossierFonts.js';
import type { DossierFixture } from './dossierFixture.js';
import { progress } from './progress.js';

export interface DossierFigures {
  /** One case file with 50 citations: HTML render + print to PDF, median of SINGLE_RUNS. */
  singleMs: number;
  singleRenderMs: number;
  singlePdfBytes: number;
  /** 100 case files as one combined PDF (with its table of contents). */
  batchMs: number;
  batchRenderMs: number;
  batchPdfBytes: number;
  /** 100 case files as 100 separate PDFs, one after the other in the same Chromium; null unless asked. */
  batchSeparateMs: number | null;
  /** Starting the printer's Chromium (not part of the figures above: the app's is running). */
  launchMs: number;
}

const SINGLE_RUNS = 3;

interface Printed {
  ms: number;
  /** The HTML alone (buildDossierInput + renderDossierHtml); the rest is Chromium printing. */
  renderMs: number;
  bytes: number;
}
const OPTIONS = { confidential: true, omitPrivateNotes: false };
const ISSUED_ON = '2026-01-15';

/** Renders and prints the dossier of these case files; the time and the PDF's size. */
async function printDossier(
  fixture: DossierFixture,
  caseIds: readonly string[],
  fonts: DossierFonts,
  printer: DossierPrinter,
): Promise<Printed> {
  const started = performance.now();
  const input = buildDossierInput(fixture.archive, caseIds, {
    archiveName: 'Benchmark archive',
    issuedOn: ISSUED_ON,
  });
  const html = renderDossierHtml(input, OPTIONS, fonts);
  const rendered = performance.now();
  const pdf = await printer.print(
    html,
    dossierPrintSettings(dossierFrameOf(input, OPTIONS), fonts),
  );
  return { ms: performance.now() - started, renderMs: rendered - started, bytes: pdf.length };
}

/**
 * Dossier speed with the project's own code: the pure renderer (shared/dossier) and the CLI's
 * printer (cli/dossier: Playwright, one script-less offline page kept from document to
 * document, A4 with header and footer), in Debian's Chromium. Fonts are loaded once, as the app does.
 */
export async function measureDossier(
  fixture: DossierFixture,
  chromiumPath: string,
  separate: boolean,
): Promise<DossierFigures> {
  const fonts = await loadDossierFonts();
  const launchStarted = performance.now();
  const printer = await openDossierPrinter({ chromiumPath });
  const launchMs = performance.now() - launchStarted;
  try {
    // One untimed print warms Chromium's font and layout caches, like any earlier print would.
    await printDossier(fixture, [fixture.singleCaseId], fonts, printer);
    const singles: Printed[] = [];
    for (let i = 0; i < SINGLE_RUNS; i++)
      singles.push(await printDossier(fixture, [fixture.singleCaseId], fonts, printer));
    singles.sort((a, b) => a.ms - b.ms);
    const single = singles[Math.floor(singles.length / 2)] as Printed;
    progress(`dossier: one case file with 50 citations in ${Math.round(single.ms)} ms`);

    const batch = await printDossier(fixture, fixture.batchCaseIds, fonts, printer);
    progress(
      `dossier: ${fixture.batchCaseIds.length} case files in one PDF in ${Math.round(batch.ms)} ms`,
    );

    let batchSeparateMs: number | null = null;
    if (separate) {
      const separateStarted = performance.now();
      for (const id of fixture.batchCaseIds) await printDossier(fixture, [id], fonts, printer);
      batchSeparateMs = performance.now() - separateStarted;
      progress(
        `dossier: ${fixture.batchCaseIds.length} separate PDFs in ${Math.round(batchSeparateMs)} ms`,
      );
    }
    return {
      singleMs: single.ms,
      singleRenderMs: single.renderMs,
      singlePdfBytes: single.bytes,
      batchMs: batch.ms,
      batchRenderMs: batch.renderMs,
      batchPdfBytes: batch.bytes,
      batchSeparateMs,
      launchMs,
    };
  } finally {
    await printer.close();
  }
}
