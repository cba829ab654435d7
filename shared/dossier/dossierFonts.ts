/**
 * The fonts a dossier embeds: Noto Serif (body) and Noto Sans (headings, tables, page
 * header and footer) from the @fontsource packages the app ships, in the Latin, Latin
 * Extended, Cyrillic and Cyrillic Extended subsets. They are embedded as data: URLs, so the
 * printed PDF needs no system font and nothing is fetched; Belarusian and Russian names stay
 * searchable, copyable text.
 */

export type DossierFontFamily = 'serif' | 'sans';
export type DossierFontSubset = 'latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext';

export interface DossierFontFile {
  family: DossierFontFamily;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  subset: DossierFontSubset;
  /** The npm package that ships the file. */
  packageName: '@fontsource/noto-serif' | '@fontsource/noto-sans';
  /** The file inside the package's `files/` folder. */
  fileName: string;
}

export interface DossierFontFace extends DossierFontFile {
  /** The woff2 file, base64 (no `data:` prefix). */
  woff2Base64: string;
}

/** What the caller loaded: the CLI from node_modules, the renderer through Vite. */
export interface DossierFonts {
  faces: readonly DossierFontFace[];
}

/** CSS family names of our own, so a system font that happens to be called Noto never stands in. */
export const DOSSIER_FONT_FAMILY: Readonly<Record<DossierFontFamily, string>> = {
  serif: 'Kartoteka Serif',
  sans: 'Kartoteka Sans',
};

/** The unicode-range of each subset, as @fontsource's unicode.json gives it. */
export const DOSSIER_FONT_SUBSET_RANGES: Readonly<Record<DossierFontSubset, string>> = {
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
};

const SUBSETS: readonly DossierFontSubset[] = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];

const STYLES: readonly {
  family: DossierFontFamily;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}[] = [
  { family: 'serif', weight: 400, style: 'normal' },
  { family: 'serif', weight: 400, style: 'italic' },
  { family: 'serif', weight: 700, style: 'normal' },
  { family: 'sans', weight: 400, style: 'normal' },
  { family: 'sans', weight: 700, style: 'normal' },
];

/** Every font file a dossier uses; load each one and pass them all as `DossierFonts`. */
export const DOSSIER_FONT_FILES: readonly DossierFontFile[] = STYLES.flatMap((s) =>
  SUBSETS.map((subset) => {
    const pkg = s.family === 'serif' ? 'noto-serif' : 'noto-sans';
    return {
      ...s,
      subset,
      packageName: `@fontsource/${pkg}` as const,
      fileName: `${pkg}-${subset}-${s.weight}-${s.style}.woff2`,
    };
  }),
);

/** Bold italic is left out: the dossier's styles never combine the two. */

/**
 * The faces the page header and footer may use. Chromium draws those from a separate
 * document that only gets a web font the main document has already loaded, so the dossier
 * prints the header text invisibly once in these faces (the "primer"). One weight only:
 * every page parses the template again, fonts included.
 */
export function isHeaderFace(f: DossierFontFile): boolean {
  return f.family === 'sans' && f.style === 'normal' && f.weight === 400;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * @font-face rules for the given faces. The base64 is checked, because it is the one piece
 * of caller data that lands inside a <style> element, where escaping does not apply.
 */
export function fontFaceCss(faces: readonly DossierFontFace[]): string {
  return faces
    .map((f) => {
      if (!BASE64.test(f.woff2Base64)) throw new Error(`font ${f.fileName} is not base64 data`);
      return (
        `@font-face{font-family:'${DOSSIER_FONT_FAMILY[f.family]}';font-style:${f.style};` +
        `font-weight:${f.weight};font-display:block;` +
        `src:url(data:font/woff2;base64,${f.woff2Base64}) format('woff2');` +
        `unicode-range:${DOSSIER_FONT_SUBSET_RANGES[f.subset]};}`
      );
    })
    .join('\n');
}

function parseRanges(ranges: string): [number, number][] {
  return ranges.split(',').map((r) => {
    const [lo, hi] = r.replace('U+', '').split('-');
    const start = parseInt(lo ?? '0', 16);
    return [start, hi ? parseInt(hi, 16) : start];
  });
}

const PARSED_RANGES = Object.fromEntries(
  (Object.keys(DOSSIER_FONT_SUBSET_RANGES) as DossierFontSubset[]).map((k) => [
    k,
    parseRanges(DOSSIER_FONT_SUBSET_RANGES[k]),
  ]),
) as Record<DossierFontSubset, [number, number][]>;

/**
 * The subsets whose characters occur in `text`. A dossier embeds only those: most have no
 * Latin Extended or Cyrillic Extended letter at all, and every font left out is less for
 * Chromium to take in (the fonts are most of the document's bytes).
 */
export function fontSubsetsFor(text: string): Set<DossierFontSubset> {
  const used = new Set<DossierFontSubset>(['latin']);
  const seen = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80 || seen.has(cp)) continue;
    seen.add(cp);
    for (const subset of SUBSETS) {
      if (!used.has(subset) && PARSED_RANGES[subset].some(([lo, hi]) => cp >= lo && cp <= hi))
        used.add(subset);
    }
  }
  return used;
}
