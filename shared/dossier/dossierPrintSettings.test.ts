import { describe, expect, it } from 'vitest';
import type { DossierFonts } from './dossierFonts.js';
import { DOSSIER_FONT_FILES, fontSubsetsFor } from './dossierFonts.js';
import type { DossierFrame } from './dossierFrame.js';
import { dossierFrameMeta, readDossierFrame } from './dossierFrame.js';
import { dossierPrintSettings } from './dossierPrintSettings.js';
import { dossierPrintSettingsFromHtml } from './dossierPrintSettingsFromHtml.js';
import { dossierFrameOf, renderDossierHtml } from './renderDossierHtml.js';

const FONTS: DossierFonts = {
  faces: DOSSIER_FONT_FILES.map((f) => ({ ...f, woff2Base64: 'AAAA' })),
};
const frame: DossierFrame = {
  archiveName: 'Архіў <b>"Вясна"</b>',
  issuedOn: '2025-09-20',
  confidential: true,
  subject: 'Dossier: Mikalai Statkevich',
};

describe('dossierPrintSettings', () => {
  it('puts page N of M, the date of issue, the archive and the marking on every page', () => {
    const s = dossierPrintSettings(frame, FONTS);
    expect(s.footerTemplate).toContain(
      'page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(s.headerTemplate).toContain('issued 20 Sep 2025');
    expect(s.headerTemplate).toContain('Архіў &lt;b&gt;&quot;Вясна&quot;&lt;/b&gt;');
    expect(s.headerTemplate).toContain('CONFIDENTIAL');
    expect(s.footerTemplate).toContain('CONFIDENTIAL');
    expect(
      dossierPrintSettings({ ...frame, confidential: false }, FONTS).headerTemplate,
    ).not.toContain('CONFIDENTIAL');
    expect(s.margin).toEqual({ top: '20mm', right: '20mm', bottom: '20mm', left: '22mm' });
  });

  it('embeds the sans faces the header text needs, and only those', () => {
    const s = dossierPrintSettings(frame, FONTS);
    expect(s.headerTemplate).toContain("font-family:'Kartoteka Sans'");
    expect(s.headerTemplate).not.toContain("font-family:'Kartoteka Serif'");
    expect(s.headerTemplate).toContain('U+0400-045F');
    expect(
      dossierPrintSettings({ ...frame, archiveName: 'Viasna' }, FONTS).headerTemplate,
    ).not.toContain('U+0400-045F');
  });
});

describe('dossier frame in the HTML', () => {
  it('round-trips through the meta element, markup and quotes included', () => {
    expect(readDossierFrame(`<html><head>${dossierFrameMeta(frame)}</head>`)).toEqual(frame);
  });

  it('is null when absent or malformed', () => {
    expect(readDossierFrame('<html><head></head><body></body></html>')).toBeNull();
    expect(
      readDossierFrame(
        '<head><meta name="kartoteka-dossier-frame" content="{&quot;x&quot;:1}"></head>',
      ),
    ).toBeNull();
    expect(
      readDossierFrame('<head><meta name="kartoteka-dossier-frame" content="not json"></head>'),
    ).toBeNull();
  });
});

describe('fontSubsetsFor', () => {
  it('finds the subsets a text needs', () => {
    expect([...fontSubsetsFor('Mikalai')]).toEqual(['latin']);
    expect(fontSubsetsFor('Statkevič').has('latin-ext')).toBe(true);
    expect(fontSubsetsFor('Мікалай Статкевіч').has('cyrillic')).toBe(true);
    expect(fontSubsetsFor('Ѣ').has('cyrillic-ext')).toBe(true);
    expect(fontSubsetsFor('Мікалай').has('cyrillic-ext')).toBe(false);
  });
});

describe('dossierPrintSettingsFromHtml', () => {
  it('rebuilds from the HTML alone the settings the renderer would give', () => {
    // A distinct payload per face, so a face read back under the wrong subset would show.
    const fonts: DossierFonts = {
      faces: DOSSIER_FONT_FILES.map((f, i) => ({ ...f, woff2Base64: btoa(`face ${i}`) })),
    };
    const input = {
      archiveName: 'Архіў <Вясна>',
      issuedOn: '2025-09-20',
      sources: [],
      cases: [
        {
          caseFile: {
            id: '00000000-0000-4000-8000-000000000001',
            names: [
              {
                id: '00000000-0000-4000-8000-000000000002',
                text: 'Ihar Losik',
                script: 'latin' as const,
                kind: 'primary' as const,
              },
            ],
            birthDate: null,
            gender: null,
            occupation: '',
            affiliations: [],
            statusHistory: [],
            events: [],
            legalCases: [],
            detention: [],
            tagIds: [],
            photoSha256: null,
          },
          tags: [],
          notes: [],
          citations: [],
        },
      ],
    };
    const options = { confidential: true, omitPrivateNotes: false };
    const html = renderDossierHtml(input, options, fonts);
    expect(dossierPrintSettingsFromHtml(html)).toEqual(
      dossierPrintSettings(dossierFrameOf(input, options), fonts),
    );
    expect(
      dossierPrintSettingsFromHtml('<html><head></head><body>not a dossier</body></html>'),
    ).toBeNull();
  });
});
