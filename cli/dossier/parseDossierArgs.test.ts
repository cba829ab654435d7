import { describe, expect, it } from 'vitest';
import { parseDossierArgs } from './parseDossierArgs.js';

describe('parseDossierArgs', () => {
  it('reads the file, the cases in order, the output and the options', () => {
    const r = parseDossierArgs([
      'archive.json',
      '--case',
      'Statkevich',
      '--case=Ihar Losik',
      '-o',
      'out.pdf',
      '--confidential',
      '--omit-private-notes',
      '--date',
      '2025-09-20',
      '--chromium',
      '/opt/chromium',
      '--archive-name',
      'Viasna',
    ]);
    expect(r).toEqual({
      kind: 'ok',
      args: {
        file: 'archive.json',
        caseRefs: ['Statkevich', 'Ihar Losik'],
        out: 'out.pdf',
        confidential: true,
        omitPrivateNotes: true,
        archiveName: 'Viasna',
        date: '2025-09-20',
        chromium: '/opt/chromium',
        passphraseFile: null,
      },
    });
  });

  it('says what is missing or wrong', () => {
    const error = (argv: string[]) => {
      const r = parseDossierArgs(argv);
      return r.kind === 'error' ? r.message : r.kind;
    };
    expect(error(['--case', 'x', '-o', 'o.pdf'])).toMatch(/FILE/);
    expect(error(['a.json', '-o', 'o.pdf'])).toMatch(/--case/);
    expect(error(['a.json', '--case', 'x'])).toMatch(/-o OUT\.pdf/);
    expect(error(['a.json', '--case'])).toMatch(/--case needs a value/);
    expect(error(['a.json', '--case', 'x', '-o', 'o.pdf', '--date', '2025-09'])).toMatch(
      /YYYY-MM-DD/,
    );
    expect(error(['a.json', '--case', 'x', '-o', 'o.pdf', '--date', '2025-02-30'])).toMatch(
      /YYYY-MM-DD/,
    );
    expect(error(['a.json', 'b.json', '--case', 'x', '-o', 'o.pdf'])).toMatch(/one FILE only/);
    expect(error(['a.json', '--colour'])).toMatch(/unknown option --colour/);
    expect(parseDossierArgs(['--help']).kind).toBe('help');
  });
});
