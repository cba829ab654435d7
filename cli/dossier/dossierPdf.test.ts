import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierPrinter } from './dossierPrinter.js';
import { DEFAULT_CHROMIUM, openDossierPrinter } from './dossierPrinter.js';
import {
  LONG_QUOTE,
  ODD_ID,
  ODD_NAME,
  ODD_TOKEN,
  dossierOddArchive,
  HOSTILE_NOTE,
  MARKDOWN_NOTE,
  PRIVATE_NOTE,
  SOURCES,
  dossierTestArchive,
} from './dossierTestArchive.js';
import { runDossierCommand } from './runDossierCommand.js';
import type { LoadedArchive } from './loadArchiveForDossier.js';
import { loadArchiveForDossier } from './loadArchiveForDossier.js';
import { resolveCaseRef } from './resolveCaseRef.js';
import type { Citation } from '../../shared/model/citation.js';
import type { Source } from '../../shared/model/source.js';

/**
 * The dossier end to end: the CLI command prints real PDFs with Chromium, and poppler reads
 * them back. One browser serves the whole file. Page images go to artifacts/dossier/ to be
 * looked at.
 */

const CHROMIUM = process.env.KARTOTEKA_CHROMIUM ?? DEFAULT_CHROMIUM;
const ARTIFACTS = fileURLToPath(new URL('../../artifacts/dossier/', import.meta.url));
/** A font no dossier asks for: if it shows up in a PDF, Chromium fell back to a system font. */
const SENTINEL_FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf';

let dir = '';
let printer: DossierPrinter;

/** Chromium sees only the sentinel font, so any font not embedded by the dossier is caught. */
function sentinelFontconfig(): Record<string, string> {
  if (!existsSync(SENTINEL_FONT)) return {};
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts);
  copyFileSync(SENTINEL_FONT, join(fonts, 'sentinel.ttf'));
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?><fontconfig><dir>${fonts}</dir><cachedir>${join(dir, 'fc-cache')}</cachedir></fontconfig>`,
  );
  return { FONTCONFIG_FILE: conf };
}

beforeAll(async () => {
  for (const tool of ['pdftotext', 'pdffonts', 'pdftoppm']) {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    } catch {
      throw new Error(
        `${tool} is missing: install poppler-utils (scripts/ensure-test-tools.sh does)`,
      );
    }
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: set KARTOTEKA_CHROMIUM`);
  dir = mkdtempSync(join(tmpdir(), 'kartoteka-dossier-'));
  writeFileSync(
    join(dir, 'archive.json'),
    JSON.stringify({ name: 'Viasna documentation desk', ...dossierOddArchive() }),
  );
  printer = await openDossierPrinter({
    chromiumPath: CHROMIUM,
    env: { ...process.env, ...sentinelFontconfig() },
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await printer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Printed {
  /** The PDF file. */
  file: string;
  code: number;
  stderr: string;
  pages: string[];
  /** All text with runs of white space as one space, so wrapped lines still match. */
  flat: string;
  fonts: string;
  /** The text inside the A4 page box only: what overflows the paper is not in it. */
  onPaper: string;
}

/** Prints a dossier of the fixture archive (or `file`) through the CLI command. */
async function dossier(
  name: string,
  args: string[],
  file = join(dir, 'archive.json'),
): Promise<Printed> {
  const out = join(dir, `${name}.pdf`);
  let stderr = '';
  const code = await runDossierCommand([file, '-o', out, '--date', '2025-09-20', ...args], {
    stdout: () => {},
    stderr: (t) => (stderr += t),
    env: {},
    printer,
  });
  if (code !== 0) return { file: out, code, stderr, pages: [], flat: '', fonts: '', onPaper: '' };
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim().length > 0);
  for (const f of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`)))
    rmSync(join(ARTIFACTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', out, join(ARTIFACTS, name)]);
  return {
    file: out,
    code,
    stderr,
    pages,
    flat: text.replace(/\s+/g, ' '),
    fonts: execFileSync('pdffonts', [out], { encoding: 'utf8' }),
    onPaper: execFileSync(
      'pdftotext',
      ['-enc', 'UTF-8', '-x', '0', '-y', '0', '-W', '595', '-H', '842', out, '-'],
      {
        encoding: 'utf8',
      },
    ),
  };
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The embedded fonts (as pdffonts names them, e.g. `FAAAAA+NotoSerif-Italic`) of the text
 * runs that contain `words`. poppler's XML gives each run a font whose family carries the
 * subset tag; pdffonts gives the full name under the same tag.
 */
function fontsOf(pdf: Printed, words: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf.file], {
    encoding: 'utf8',
  });
  const tags = new Map(
    [...xml.matchAll(/<fontspec id="(\d+)"[^>]* family="([A-Z]{6})\+[^"]*"/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  const fullName = (tag: string | undefined) =>
    pdf.fonts
      .split('\n')
      .find((line) => tag && line.startsWith(`${tag}+`))
      ?.split(' ')[0] ?? '?';
  return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)]
    .filter((m) => (m[2] ?? '').replace(/<[^>]*>/g, '').includes(words))
    .map((m) => fullName(tags.get(m[1] ?? '')));
}

/**
 * Every quote is printed in full, notes are numbered 1..n in the Citations section, each
 * note names its source as [k], every [k] is in the source list, and the list gives each
 * cited source's title and SHA-256.
 */
function expectCitedAndListed(
  pdf: Printed,
  citations: readonly Citation[],
  sources: readonly Source[],
) {
  const quotes = citations.map((c) => flat(c.selector.exact));
  for (const q of quotes) expect(pdf.flat).toContain(`“${q}”`);
  const notes = pdf.flat.slice(pdf.flat.indexOf('CITATIONS'), pdf.flat.indexOf('SOURCES'));
  const sourceRefs = [...notes.matchAll(/— \[(\d+)\]/g)].map((m) => Number(m[1]));
  expect(sourceRefs).toHaveLength(quotes.length);
  for (let n = 1; n <= quotes.length; n++)
    expect(notes).toMatch(new RegExp(`(^| )${n} (NEEDS REVIEW |…|“)`));
  const list = pdf.flat.slice(pdf.flat.indexOf('SOURCES'));
  for (const k of new Set(sourceRefs)) expect(list).toContain(`[${k}]`);
  const cited = sources.filter((s) => citations.some((c) => c.sourceId === s.id));
  expect(cited.length).toBeGreaterThan(0);
  for (const s of cited) {
    expect(list).toContain(s.title);
    // A hash may wrap across lines: look for it with the spaces taken out.
    expect(list.slice(list.indexOf(s.title)).replace(/ /g, '')).toContain(s.sha256);
  }
}

describe('kartoteka dossier (Chromium + poppler)', () => {
  let losik: Printed;
  let combined: Printed;

  beforeAll(async () => {
    losik = await dossier('losik', ['--case', 'Losik', '--omit-private-notes']);
    combined = await dossier('combined', [
      '--case',
      'Николай Статкевич',
      '--case',
      'Ihar Losik',
      '--confidential',
    ]);
  }, 120_000);

  it('prints every spelling of every name, in Latin and Cyrillic, as searchable text', () => {
    expect(combined.code).toBe(0);
    for (const name of [
      'Mikalai Statkevich',
      'Мікалай Статкевіч',
      'Николай Статкевич',
      'Nikolai Statkevich',
      'Statkevič',
      'Ihar Losik',
      'Ігар Лосік',
      'Игорь Лосик',
    ]) {
      expect(combined.flat).toContain(name);
    }
  });

  it('quotes every cited passage exactly, with its note number and its source by number', () => {
    expectCitedAndListed(combined, dossierTestArchive().citations, SOURCES);
    const list = combined.flat.slice(combined.flat.indexOf('SOURCES'));
    expect(list).toContain(`[1] ${SOURCES[0]?.title ?? 'AP'}`); // the AP article is cited first
  });

  it('numbers the pages "page N of M" and repeats date, archive and marking on every page', () => {
    const total = combined.pages.length;
    expect(total).toBeGreaterThan(4);
    combined.pages.forEach((page, i) => {
      const p = flat(page);
      expect(p).toContain(`page ${i + 1} of ${total}`);
      expect(p).toContain('issued 20 Sep 2025');
      expect(p).toContain('Viasna documentation desk');
      expect(p).toContain('CONFIDENTIAL');
    });
    expect(losik.flat).not.toContain('CONFIDENTIAL');
  });

  it('embeds every font, and only the Noto fonts the app ships', () => {
    for (const pdf of [losik, combined]) {
      const rows = pdf.fonts.trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)-\w+ .* yes yes yes /);
      }
    }
  });

  it('prints markup in a note as text and leaves private notes out when asked', () => {
    expect(HOSTILE_NOTE).toContain('**bold**');
    expect(losik.flat).toContain(flat(HOSTILE_NOTE.replace('**bold**', 'bold')));
    expect(losik.flat).toContain(
      '<script>alert(1)</script> and bold and <img src=x onerror=alert(2)>',
    );
    expect(MARKDOWN_NOTE).toContain('<div onclick=');
    expect(losik.flat).toContain(
      '<div onclick="steal()"><img src="https://tracker.example/p.png">RAW-HTML-BLOCK</div>',
    );
    expect(losik.flat).not.toContain('PRIVATE-7Q');
    expect(combined.flat).toContain(flat(PRIVATE_NOTE));
  });

  it("prints a note's Markdown as formatting: emphasis, lists, quotes, links with their address", () => {
    expect(losik.flat).toContain('said under no circumstances to publish the prison address;');
    expect(losik.flat).not.toMatch(/\*under|address\*/);
    expect(fontsOf(losik, 'under no circumstances')).toEqual([
      expect.stringMatching(/\+NotoSerif-Italic$/),
    ]);
    expect(fontsOf(losik, 'prison address')).toEqual([expect.stringMatching(/\+NotoSerif-Bold$/)]);
    expect(losik.flat.replace(/\s/g, '')).toContain(
      'theAPreport(https://apnews.com/article/belarus-prisoners)',
    );
    expect(losik.flat).toContain('first point of the list second point of the list');
    expect(losik.flat).toContain('Quoted from the family.');
    expect(losik.flat).not.toMatch(/(^| )[-*>] (first|second|Quoted)/);
  });

  it('flags a quote that no longer stands in its source as needing review', () => {
    expect(losik.flat).toMatch(
      /NEEDS REVIEW These words are no longer found in the text of the source listed\. [^“]*“a journalist for the U\.S\. government broadcaster”/,
    );
  });

  it('gives a combined dossier a table of contents and both case files', () => {
    expect(combined.code).toBe(0);
    const first = flat(combined.pages[0] ?? '');
    expect(first).toContain('CONTENTS');
    expect(first).toMatch(
      /CONTENTS .*1 Mikalai Statkevich .*Мікалай Статкевіч Николай Статкевич .*2 Ihar Losik .*Ігар Лосік Игорь Лосик Sources/,
    );
    expect(combined.flat).toContain('Case file 2 of 2'.toUpperCase());
    expect(losik.flat).not.toContain('CONTENTS');
  });

  it('wraps very long names, quotes and notes inside the page, and leaves empty fields out', async () => {
    const odd = await dossier('odd', ['--case', ODD_ID]);
    expect(odd.code).toBe(0);
    // pdftotext joins a word broken at a hyphen without it; compare without spaces and hyphens.
    const squeeze = (t: string) => t.replace(/[\s-]+/g, '');
    for (const long of [ODD_NAME, ODD_TOKEN, LONG_QUOTE]) {
      expect(squeeze(odd.onPaper)).toContain(squeeze(long));
    }
    odd.pages.forEach((page, i) => {
      expect(flat(page)).toContain(`page ${i + 1} of ${odd.pages.length}`);
    });
    for (const absent of [
      'Born',
      'Gender',
      'Occupation',
      'CRIMINAL CASE',
      'PLACES OF DETENTION',
      'TAGS',
      'Status on',
    ]) {
      expect(odd.flat).not.toContain(absent);
    }
  });

  it('refuses a case it cannot pin down, saying why', async () => {
    expect(await dossier('none', ['--case', 'Kolesnikova'])).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no case file is called "Kolesnikova"'),
    });
  });
});

const SAMPLE = fileURLToPath(new URL('../../assets/sample/sample-archive.json', import.meta.url));

describe('dossiers of the sample archive', () => {
  let sample: LoadedArchive;
  let statkevich: Printed;
  let losik: Printed;

  beforeAll(async () => {
    sample = await loadArchiveForDossier(SAMPLE, { passphrase: null });
    statkevich = await dossier(
      'sample-statkevich',
      ['--case', 'Mikalai Statkevich', '--confidential'],
      SAMPLE,
    );
    losik = await dossier('sample-losik', ['--case', 'Ihar Losik'], SAMPLE);
  }, 120_000);

  const citationsOf = (name: string) => {
    const found = resolveCaseRef(sample.archive.cases, name);
    if (found.kind !== 'found') throw new Error(found.message);
    return sample.archive.citations.filter((c) => c.caseId === found.id);
  };

  it('prints Statkevich in Latin and Cyrillic, every quote, and the sources with their SHA-256', () => {
    expect(statkevich.code).toBe(0);
    for (const name of ['Mikalai Statkevich', 'Мікалай Статкевіч', 'Николай Статкевич']) {
      expect(statkevich.flat).toContain(name);
    }
    expectCitedAndListed(statkevich, citationsOf('Mikalai Statkevich'), sample.archive.sources);
    statkevich.pages.forEach((page, i) => {
      expect(flat(page)).toContain(`page ${i + 1} of ${statkevich.pages.length}`);
      expect(flat(page)).toContain('CONFIDENTIAL');
    });
  });

  it('prints Losik in Latin and Cyrillic, every quote, and the sources with their SHA-256', () => {
    expect(losik.code).toBe(0);
    expect(losik.flat).toContain('Ihar Losik');
    expect(losik.flat).toMatch(/Ігар Лосік|Игорь Лосик/);
    expectCitedAndListed(losik, citationsOf('Ihar Losik'), sample.archive.sources);
    expect(losik.flat).not.toContain('CONFIDENTIAL');
    expect(
      losik.fonts
        .trim()
        .split('\n')
        .slice(2)
        .every((row) => / yes yes yes /.test(row)),
    ).toBe(true);
  });
});
