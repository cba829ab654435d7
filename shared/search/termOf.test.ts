import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitWords, termOf, termsOfText } from './termOf.js';

const tricky = fc.constantFrom(
  ...['a', 'Z', '7', ' ', '.', '-', "'", '’', 'ʼ', '`', '\u0301', 'č', 'Ł', 'Ў', 'і', 'ß', 's'],
  ...['½', 'İ', '\u00ad', '𝐀', '\ud800', '😀', '\n', 'The', 'the ', 'і ', "'s", 'É'],
);

describe('termsOfText', () => {
  it('gives the terms of splitWords and termOf, in order', () => {
    expect(termsOfText("Statkevič's case: the RFE/RL report, Мар'я")).toEqual([
      'statkevic',
      'case',
      'rfe',
      'rl',
      'report',
      'маря',
    ]);
    fc.assert(
      fc.property(
        fc.array(tricky, { maxLength: 30 }).map((cs) => cs.join('')),
        (text) => {
          const expected = splitWords(text).flatMap((w) => {
            const t = termOf(w);
            return t === null ? [] : [t];
          });
          expect(termsOfText(text)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
