import { DOSSIER_FONT_FILES } from '../../shared/dossier/index.js';
import type { DossierFontFace, DossierFonts } from '../../shared/dossier/index.js';

/**
 * The font files a dossier embeds, shipped in the build (Vite emits each as an asset; no
 * font comes from the system or the web). Only the subsets and styles the dossier uses are
 * matched, so the build does not carry Greek or Devanagari it never prints.
 */
const FONT_URLS = import.meta.glob<string>(
  [
    '../../node_modules/@fontsource/noto-serif/files/noto-serif-{latin,latin-ext,cyrillic,cyrillic-ext}-{400,700}-{normal,italic}.woff2',
    '../../node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic,cyrillic-ext}-{400,700}-normal.woff2',
  ],
  { query: '?url', import: 'default', eager: true },
);

const byFileName = new Map(
  Object.entries(FONT_URLS).map(([path, url]) => [path.split('/').pop() ?? path, url]),
);

let cached: Promise<DossierFonts> | null = null;

/** Reads every dossier font once per session, as base64 for the document's @font-face rules. */
export function loadDossierFonts(): Promise<DossierFonts> {
  cached ??= Promise.all(DOSSIER_FONT_FILES.map(loadFace)).then((faces) => ({ faces }));
  cached.catch(() => {
    cached = null;
  });
  return cached;
}

async function loadFace(file: (typeof DOSSIER_FONT_FILES)[number]): Promise<DossierFontFace> {
  const url = byFileName.get(file.fileName);
  if (!url) throw new Error(`the font ${file.fileName} is not part of this build`);
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`the font ${file.fileName} could not be read (HTTP ${response.status})`);
  return { ...file, woff2Base64: toBase64(new Uint8Array(await response.arrayBuffer())) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
