import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldToken } from '../names/foldText.js';
import { wordSpans } from '../names/wordSpans.js';
import { foldedPhrasesHold, phrasesHold } from './phrasesHold.js';

const phrase = (p: string) => wordSpans(p).map((w) => foldToken(w.text));

const tricky = fc.constantFrom(
  ...['a', 'b', 'A', ' ', ' ', '.', '-', "'", '’', 'ʼ', 'ʹ', '`', '´', '‘', '\u0301', 'č', 'Č'],
  ...['½', '№', 'ﬁ', 'Σ', 'σ', 'İ', '\u00ad', '😀', '\n', 'ä', 'ß', 'ł', '1'],
);
const text = fc.array(tricky, { maxLength: 24 }).map((cs) => cs.join(''));

describe('phrasesHold', () => {
  it('finds a phrase across case, diacritics, punctuation and apostrophes', () => {
    const t = 'Mikalai STATKEVIČ was sentenced — to 6 years; O’Brien’s notes.';
    expect(phrasesHold(t, [phrase('statkevic was sentenced')], [])).toBe(true);
    expect(phrasesHold(t, [phrase('sentenced to 6 years')], [])).toBe(true);
    expect(phrasesHold(t, [phrase("o'briens notes")], [])).toBe(true);
    expect(phrasesHold(t, [phrase('was to')], [])).toBe(false);
    expect(phrasesHold(t, [phrase('six years')], [])).toBe(false);
    expect(phrasesHold(t, [phrase('to 6 years')], [phrase('mikalai statkevic')])).toBe(false);
  });

  it('agrees with the whole folded text for any text and any phrase', () => {
    fc.assert(
      fc.property(text, text, fc.nat(3), fc.nat(3), fc.boolean(), (t, other, from, length, neg) => {
        // Phrases made of the text's own words (to be found) or of another text (mostly not).
        const words = wordSpans(t)
          .map((w) => foldToken(w.text))
          .filter((w) => w !== '');
        const own = words.slice(from, from + length + 1);
        const foreign = phrase(other).filter((w) => w !== '');
        const phrases = [own, foreign].filter((p) => p.length > 0);
        const asked = neg ? { hold: [], not: phrases } : { hold: phrases, not: [] };
        expect(phrasesHold(t, asked.hold, asked.not)).toBe(
          foldedPhrasesHold(t, asked.hold, asked.not),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
