import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DossierFonts } from '../../shared/dossier/dossierFonts.js';
import { DOSSIER_FONT_FILES } from '../../shared/dossier/dossierFonts.js';

const require = createRequire(import.meta.url);

/** The folder of an installed @fontsource package (its package.json is an exported path). */
function packageDir(packageName: string): string {
  return dirname(require.resolve(`${packageName}/package.json`));
}

/** Reads every dossier font from node_modules/@fontsource, as base64 for data: URLs. */
export async function loadDossierFonts(): Promise<DossierFonts> {
  const faces = await Promise.all(
    DOSSIER_FONT_FILES.map(async (f) => {
      const bytes = await readFile(join(packageDir(f.packageName), 'files', f.fileName));
      return { ...f, woff2Base64: bytes.toString('base64') };
    }),
  );
  return { faces };
}
