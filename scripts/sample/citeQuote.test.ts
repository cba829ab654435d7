import { describe, expect, it } from 'vitest';
import { anchorSelector } from '../../shared/anchoring/anchorSelector.js';
import { citeQuote } from './citeQuote.js';

const TEXT = 'Statkevich was arrested. Losik was arrested. Мікалай Статкевіч 🙂 was freed.';

describe('citeQuote', () => {
  it('makes a selector that anchors back to the same passage', () => {
    const s = citeQuote(TEXT, 'Статкевіч 🙂 was', 'test');
    expect(s.exact).toBe('Статкевіч 🙂 was');
    const found = anchorSelector(TEXT, s);
    expect(found).toMatchObject({
      status: 'anchored',
      start: s.start,
      end: s.end,
      contextMatches: true,
    });
  });

  it('fails naming the quote and the source when the quote is not in the text', () => {
    expect(() => citeQuote(TEXT, 'Statkevich was released', 'seed 004')).toThrow(
      'quote not found in seed 004: "Statkevich was released"',
    );
  });

  it('refuses an ambiguous quote unless an occurrence is given', () => {
    expect(() => citeQuote(TEXT, 'was arrested', 'seed')).toThrow(/occurs 2 times.*"was arrested"/);
    const second = citeQuote(TEXT, 'was arrested', 'seed', 1);
    expect(second.prefix.endsWith('Losik ')).toBe(true);
  });

  it('fails when the requested occurrence does not exist', () => {
    expect(() => citeQuote(TEXT, 'was arrested', 'seed', 2)).toThrow(/no occurrence 2/);
  });

  it('does not accept a near match with different punctuation', () => {
    expect(() => citeQuote('the no-man’s land', "the no-man's land", 'seed')).toThrow(/not found/);
  });
});
