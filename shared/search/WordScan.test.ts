import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldToken } from '../names/foldText.js';
import { wordSpans } from '../names/wordSpans.js';
import { foldedFirstUnit, isUpperCase, WordScan } from './WordScan.js';

/** Characters where word rules differ: apostrophes, marks, Cyrillic, digits, a surrogate pair, lone surrogates. */
const tricky = fc.constantFrom(
  ...[
    'a',
    'Z',
    '7',
    ' ',
    '.',
    '-',
    '/',
    "'",
    '’',
    'ʼ',
    'ʹ',
    '`',
    '\u0301',
    'č',
    'Ł',
    'Ў',
    'і',
    'ß',
  ],
  ...['½', '²', 'ﬁ', 'İ', 'Σ', '\u00ad', '\u200d', '𝐀', '\ud800', '\udc00', '😀', '\n', 'ǅ'],
);
const text = fc.array(tricky, { maxLength: 30 }).map((cs) => cs.join(''));

function scanned(t: string) {
  const s = new WordScan().scan(t);
  return Array.from({ length: s.count }, (_, w) => ({
    text: s.word(t, w),
    start: s.start[w],
    end: s.end[w],
    start16: s.start16[w],
    end16: s.end16[w],
  }));
}

describe('WordScan', () => {
  it('finds the words of wordSpans, with the same positions', () => {
    expect(scanned("O'Brien's RFE/RL — Мар'я, Statkevič.")).toEqual(
      wordSpans("O'Brien's RFE/RL — Мар'я, Statkevič."),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(t)).toEqual(wordSpans(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('reuses its arrays and grows them for long texts', () => {
    const scan = new WordScan();
    const long = 'word '.repeat(1000);
    expect(scan.scan(long).count).toBe(1000);
    expect(scan.scan('one two').count).toBe(2);
    expect(scan.word('one two', 1)).toBe('two');
  });

  it("tells a word's first folded letter from its first letter alone", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const w of wordSpans(t)) {
          const first = foldedFirstUnit(w.text.codePointAt(0) ?? 0);
          const folded = foldToken(w.text);
          if (first !== -1) expect(folded.charCodeAt(0)).toBe(first);
        }
      }),
    );
    expect(isUpperCase('Ў'.codePointAt(0) ?? 0)).toBe(true);
    expect(isUpperCase('і'.codePointAt(0) ?? 0)).toBe(false);
  });
});
