// A quick local timing of dossier printing (not a test, not the project benchmark):
//   npx tsx cli/dossier/timeDossier.ts [chromium-path]
// Prints the time to render the HTML and to print it, for one case file with 50 citations
// and for one combined dossier of 100 case files.
import { buildDossierInput } from '../../shared/dossier/dossierArchive.js';
import { dossierPrintSettings } from '../../shared/dossier/dossierPrintSettings.js';
import { dossierFrameOf, renderDossierHtml } from '../../shared/dossier/renderDossierHtml.js';
import { DEFAULT_CHROMIUM, openDossierPrinter } from './dossierPrinter.js';
import { loadDossierFonts } from './loadDossierFonts.js';
import { syntheticDossierArchive } from './syntheticDossierArchive.js';

const chromiumPath = process.argv[2] ?? process.env.KARTOTEKA_CHROMIUM ?? DEFAULT_CHROMIUM;
const options = { confidential: true, omitPrivateNotes: false };

let t = performance.now();
const fonts = await loadDossierFonts();
const printer = await openDossierPrinter({ chromiumPath });
console.log(`fonts + Chromium launch: ${Math.round(performance.now() - t)} ms`);

for (const [label, cases, perCase, runs] of [
  ['1 case file, 50 citations', 1, 50, 3],
  ['100 case files, 10 citations each, combined', 100, 10, 1],
] as const) {
  const archive = syntheticDossierArchive(cases, perCase);
  for (let run = 1; run <= runs; run++) {
    t = performance.now();
    const input = buildDossierInput(
      archive,
      archive.cases.map((c) => c.id),
      { archiveName: 'Timing', issuedOn: '2025-09-20' },
    );
    const html = renderDossierHtml(input, options, fonts);
    const rendered = performance.now() - t;
    const pdf = await printer.print(
      html,
      dossierPrintSettings(dossierFrameOf(input, options), fonts),
    );
    const total = performance.now() - t;
    console.log(
      `${label} (run ${run}): render ${Math.round(rendered)} ms, print ${Math.round(total - rendered)} ms, total ${Math.round(total)} ms; ` +
        `${(html.length / 1024).toFixed(0)} KiB HTML, ${(pdf.byteLength / 1024).toFixed(0)} KiB PDF`,
    );
  }
}
await printer.close();
