import { readFile, writeFile } from 'node:fs/promises';
import { buildDossierInput } from '../../shared/dossier/dossierArchive.js';
import { dossierPrintSettings } from '../../shared/dossier/dossierPrintSettings.js';
import { dossierFrameOf, renderDossierHtml } from '../../shared/dossier/renderDossierHtml.js';
import type { DossierPrinter } from './dossierPrinter.js';
import { DEFAULT_CHROMIUM, openDossierPrinter } from './dossierPrinter.js';
import type { ArchiveLoader } from './loadArchiveForDossier.js';
import { loadArchiveForDossier } from './loadArchiveForDossier.js';
import { loadDossierFonts } from './loadDossierFonts.js';
import { DOSSIER_USAGE, parseDossierArgs } from './parseDossierArgs.js';
import { resolveCaseRef } from './resolveCaseRef.js';

export interface DossierCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  /** Reads FILE. Pass a loader built on readBundleFile; the default reads archive JSON. */
  loadArchive?: ArchiveLoader;
  /** Today as YYYY-MM-DD, the default date of issue (injectable for tests). */
  today?: () => string;
  /** A printer to reuse (tests, benchmarks); otherwise one Chromium is started and closed. */
  printer?: DossierPrinter;
}

/**
 * `kartoteka dossier FILE --case NAME_OR_ID [--case …] -o OUT.pdf [options]`: `args` are
 * the arguments after `dossier`. Returns the exit code: 0 done, 1 failed, 2 bad usage.
 */
export async function runDossierCommand(
  args: readonly string[],
  io: DossierCommandIo,
): Promise<number> {
  const parsed = parseDossierArgs(args);
  if (parsed.kind === 'help') {
    io.stdout(DOSSIER_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr(`kartoteka dossier: ${parsed.message}\n\n${DOSSIER_USAGE}`);
    return 2;
  }
  const a = parsed.args;
  try {
    const passphrase = a.passphraseFile
      ? (await readFile(a.passphraseFile, 'utf8')).replace(/\r?\n$/, '')
      : (io.env.KARTOTEKA_PASSPHRASE ?? null);
    const loaded = await (io.loadArchive ?? loadArchiveForDossier)(a.file, { passphrase });
    const ids: string[] = [];
    for (const ref of a.caseRefs) {
      const found = resolveCaseRef(loaded.archive.cases, ref);
      if (found.kind === 'error') {
        io.stderr(`kartoteka dossier: ${found.message}\n`);
        return 1;
      }
      if (!ids.includes(found.id)) ids.push(found.id);
    }
    const issuedOn = a.date ?? (io.today ?? (() => new Date().toISOString().slice(0, 10)))();
    const input = buildDossierInput(loaded.archive, ids, {
      archiveName: a.archiveName ?? loaded.name,
      issuedOn,
    });
    const options = { confidential: a.confidential, omitPrivateNotes: a.omitPrivateNotes };
    const fonts = await loadDossierFonts();
    const html = renderDossierHtml(input, options, fonts);
    const settings = dossierPrintSettings(dossierFrameOf(input, options), fonts);
    const printer =
      io.printer ??
      (await openDossierPrinter({
        chromiumPath: a.chromium ?? io.env.KARTOTEKA_CHROMIUM ?? DEFAULT_CHROMIUM,
      }));
    try {
      await writeFile(a.out, await printer.print(html, settings));
    } finally {
      if (!io.printer) await printer.close();
    }
    io.stdout(
      `Wrote ${a.out} (${ids.length === 1 ? '1 case file' : `${ids.length} case files`}, issued ${issuedOn})\n`,
    );
    return 0;
  } catch (error) {
    io.stderr(`kartoteka dossier: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
