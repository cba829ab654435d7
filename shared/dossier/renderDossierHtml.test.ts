import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { selectorForQuote } from '../anchoring/anchorSelector.js';
import type { CaseFile } from '../model/caseFile.js';
import type { Citation } from '../model/citation.js';
import type { Source } from '../model/source.js';
import type { DossierFonts } from './dossierFonts.js';
import { DOSSIER_FONT_FILES } from './dossierFonts.js';
import { readDossierFrame } from './dossierFrame.js';
import type { DossierCase, DossierInput } from './dossierInput.js';
import { dossierFrameOf, renderDossierHtml } from './renderDossierHtml.js';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const sha = (t: string) => createHash('sha256').update(t).digest('hex');

const TEXT =
  'Also among those released was Ihar Losik, a journalist for Radio Free Europe/Radio Liberty. ' +
  'He was sentenced to 15 years in prison in December 2021. Markup <b>in a source</b> stays text.';

const SOURCE: Source = {
  id: id(10),
  sha256: sha(TEXT),
  title: 'Title with "quotes" and <i>markup</i>',
  publisher: 'The Associated Press',
  author: '',
  date: '2025-09-11',
  url: 'https://example.org/a-very-long-url-that-must-wrap/' + 'x'.repeat(200),
  format: 'txt',
  fileName: '',
  addedAt: '2025-09-12T08:30:00.000Z',
  length: TEXT.length,
};

function citation(n: number, caseId: string, fact: Citation['fact'], quote: string): Citation {
  const selector = selectorForQuote(TEXT, quote);
  if (!selector) throw new Error(`not in text: ${quote}`);
  return {
    id: id(n),
    caseId,
    fact,
    sourceId: SOURCE.id,
    selector,
    sourceSha256: SOURCE.sha256,
    note: '',
  };
}

function losik(): DossierCase {
  const caseFile: CaseFile = {
    id: id(1),
    names: [
      { id: id(101), text: 'Ihar Losik', script: 'latin', kind: 'primary' },
      { id: id(102), text: 'Ігар Лосік', script: 'be', kind: 'primary' },
      { id: id(103), text: '<img src=x onerror=alert(1)>', script: 'other', kind: 'alias' },
    ],
    birthDate: null,
    gender: null,
    occupation: '',
    affiliations: [],
    statusHistory: [
      { id: id(201), status: 'convicted', date: '2021-12', note: '' },
      { id: id(202), status: 'released', date: '2025-09-11', note: '' },
    ],
    events: [{ id: id(301), date: null, text: 'An undated event' }],
    legalCases: [
      {
        id: id(401),
        articles: [{ code: 'BY-CC', article: '293', part: '1' }],
        charges: ['Organising mass riots'],
        court: '',
        arrestDate: null,
        verdictDate: '2021-12',
        sentence: { months: 180, regime: 'strict', text: '' },
        fines: [{ amount: 2500, currency: 'BYN', text: '' }],
        note: '',
      },
    ],
    detention: [],
    tagIds: [],
    photoSha256: null,
  };
  return {
    caseFile,
    tags: [{ id: id(601), name: 'journalist', description: '' }],
    notes: [
      {
        id: id(501),
        caseId: id(1),
        body: 'Public: <script>alert(1)</script> **bold**\n\nSecond </style> paragraph',
        private: false,
      },
      { id: id(502), caseId: id(1), body: 'SECRET-CONTACT', private: true },
    ],
    citations: [
      citation(
        901,
        id(1),
        { field: 'names', entryId: id(101) },
        'Also among those released was Ihar Losik',
      ),
      citation(
        902,
        id(1),
        { field: 'statusHistory', entryId: id(201) },
        'He was sentenced to 15 years in prison in December 2021.',
      ),
      citation(903, id(1), { field: 'legalCases', entryId: id(401) }, 'sentenced to 15 years'),
      {
        ...citation(
          904,
          id(1),
          { field: 'statusHistory', entryId: id(202) },
          'Also among those released',
        ),
        selector: {
          exact: 'Also among those freed',
          prefix: '',
          suffix: ' was Ihar',
          start: 0,
          end: 22,
        },
      },
    ],
  };
}

/** Fonts as placeholders: the HTML only needs valid base64, Chromium is not involved here. */
const FONTS: DossierFonts = {
  faces: DOSSIER_FONT_FILES.map((f) => ({ ...f, woff2Base64: 'AAAA' })),
};

const input = (cases: DossierCase[] = [losik()], issuedOn = '2025-09-20'): DossierInput => ({
  archiveName: 'Archive <of> "tests"',
  issuedOn,
  cases,
  sources: [{ source: SOURCE, text: TEXT }],
});

const render = (i: DossierInput = input(), confidential = false, omitPrivateNotes = false) =>
  renderDossierHtml(i, { confidential, omitPrivateNotes }, FONTS);

/** The document's visible text, roughly: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<div class="primer"[\s\S]*?<\/div>/, '')
    .replace(/<\/?(strong|b|span|a)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('renderDossierHtml', () => {
  it('is one complete document that can run no script and fetch nothing', () => {
    const out = render();
    expect(out.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(
      textOf(
        out.replace(
          /^[\s\S]*?<meta http-equiv="Content-Security-Policy" content="([^"]*)">[\s\S]*$/,
          '$1',
        ),
      ),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:");
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toMatch(/<img src=x/i);
    expect(out).not.toMatch(/\b(src|href)="(?!#|data:|https:\/\/example\.org)/);
  });

  it('prints data markup as text: notes, names, titles, archive name', () => {
    const text = textOf(render());
    expect(text).toContain('Public: <script>alert(1)</script> bold');
    expect(text).toContain('Second </style> paragraph');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('Title with "quotes" and <i>markup</i>');
    expect(text).toContain('Archive <of> "tests"');
    // A note is Markdown: its emphasis is formatting, the HTML in it stays text.
    expect(render()).toContain(
      '<p>Public: &lt;script&gt;alert(1)&lt;/script&gt; <strong>bold</strong></p>',
    );
  });

  it('numbers notes in reading order and points each at its source in the list', () => {
    const out = render();
    const refs = [...out.matchAll(/<a href="#note-(\d+)" class="ref[^"]*">(\d+)<\/a>/g)].map((m) =>
      Number(m[2]),
    );
    expect(refs).toEqual([1, 2, 3, 4]);
    expect(out).toContain('<li id="source-1" class="source">');
    expect(out.match(/<a href="#source-1">\[1\]<\/a>/g)).toHaveLength(4);
    expect(out).toContain(SOURCE.sha256);
  });

  it('marks a quote the source text no longer contains as needing review', () => {
    const out = render();
    expect(out).toMatch(
      /<li id="note-3" class="note-item needs-review">.*Needs review.*Also among those freed/,
    );
    expect(out).toContain('class="ref review">3</a>');
    expect(textOf(out)).toContain('1 needs review');
  });

  it('shows the status on the date of issue, not a later one', () => {
    expect(textOf(render(input(undefined, '2025-09-20')))).toContain(
      'Status on 20 Sep 2025: Released, since 11 Sep 2025',
    );
    expect(textOf(render(input(undefined, '2024-01-01')))).toContain(
      'Status on 1 Jan 2024: Convicted, since Dec 2021',
    );
  });

  it('leaves out fields and sections that hold nothing', () => {
    const text = textOf(render());
    for (const absent of [
      'Gender',
      'Occupation',
      'Court',
      'Arrested',
      'Places of detention',
      'Born',
      'Affiliation',
    ]) {
      expect(text).not.toContain(absent);
    }
    expect(text).toContain('15 years, strict-regime colony');
    expect(text).toContain('2,500 BYN');
    expect(text).toContain('Art. 293 part 1');
    expect(text).toContain('undated An undated event');
  });

  it('labels every spelling by script, and keeps or drops private notes as asked', () => {
    const text = textOf(render());
    expect(text).toMatch(/Latin Ihar Losik 1 Belarusian Ігар Лосік Alias \(Other script\)/);
    expect(text).toContain('Private note SECRET-CONTACT');
    expect(textOf(render(input(), false, true))).not.toContain('SECRET-CONTACT');
  });

  it('stamps the document confidential only when asked', () => {
    expect(render(input(), true)).toContain('<div class="stamp">Confidential</div>');
    expect(render(input(), false)).not.toContain('class="stamp"');
  });

  it('combines several case files with a table of contents and one numbering', () => {
    const second = losik();
    second.caseFile = {
      ...second.caseFile,
      id: id(2),
      names: [{ id: id(111), text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' }],
    };
    const out = render(input([losik(), second]));
    expect(out).toContain('<nav class="contents">');
    expect(out).toContain('<a href="#case-1">Ihar Losik</a>');
    expect(out).toContain('<a href="#case-2">Mikalai Statkevich</a>');
    expect(out).toContain('Case file 2 of 2');
    expect(out).toContain('id="note-7"'); // one numbering: the second case goes on from the first
    expect(out).not.toContain('id="note-8"'); // its names citation backs a name it does not have
    expect(render()).not.toContain('class="contents"');
  });

  it('prints a photo only when it is an inline raster image', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(render(input([{ ...losik(), photoDataUrl: png }]))).toContain(
      `<img class="photo" src="${png}"`,
    );
    for (const bad of [
      'https://example.org/p.png',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:image/png;base64,x" onerror="y',
    ]) {
      expect(render(input([{ ...losik(), photoDataUrl: bad }]))).not.toContain('class="photo"');
    }
  });

  it('embeds only the font subsets the text needs, and refuses font data that is not base64', () => {
    const out = render();
    expect(out).toContain('U+0400-045F'); // Cyrillic: Ігар Лосік
    expect(out).not.toContain('U+0460-052F'); // no Cyrillic Extended letter anywhere
    const bad: DossierFonts = {
      faces: FONTS.faces.map((f) => ({ ...f, woff2Base64: '</style><script>' })),
    };
    expect(() =>
      renderDossierHtml(input(), { confidential: false, omitPrivateNotes: false }, bad),
    ).toThrow(/base64/);
  });

  it('carries its page frame, so a host given only the HTML prints the same header', () => {
    const i = input();
    const frame = readDossierFrame(render(i, true));
    expect(frame).toEqual(dossierFrameOf(i, { confidential: true, omitPrivateNotes: false }));
    expect(frame?.archiveName).toBe('Archive <of> "tests"');
  });

  it('warns on the cover of fields with unresolved conflicting edits, in plain words', () => {
    const text = textOf(
      render(
        input([
          {
            ...losik(),
            unresolvedConflicts: [
              'occupation',
              `statusHistory/${id(201)}`,
              `statusHistory/${id(202)}`,
            ],
          },
        ]),
      ),
    );
    expect(text).toContain(
      'Researchers recorded conflicting values for: occupation, status history.',
    );
  });

  it('refuses an empty dossier and a date of issue that is not a day', () => {
    expect(() => render(input([]))).toThrow(/at least one case file/);
    expect(() => render(input(undefined, '2025-09'))).toThrow(/YYYY-MM-DD/);
    expect(() => render(input(undefined, '2025-02-30'))).toThrow(/YYYY-MM-DD/);
  });
});
