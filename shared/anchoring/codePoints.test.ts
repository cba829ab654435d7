import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  codePointLength,
  codePointOffsetOf,
  snapToCodePoint,
  utf16OffsetOf,
} from './codePoints.js';

// Pieces of text as sources contain them: Latin, Belarusian and Russian Cyrillic (і, ў, ё),
// a letter with a combining acute (two code points, one glyph), astral characters that take
// two UTF-16 units (emoji, a ZWJ family, mathematical letters) and line breaks.
const PIECES = [
  'a',
  'Z',
  ' ',
  '\n',
  'і',
  'ў',
  'ё',
  'Ў',
  'ж',
  'ы',
  'é',
  'e\u0301',
  '\u0301',
  '🙂',
  '👩‍👩‍👧',
  '𝔸',
  '«',
  '.',
];
const piece = fc.constantFrom(...PIECES);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
/** Text that may also hold lone surrogates (halves of "🙂" and others), as a pasted string can. */
const rawText = fc
  .array(fc.oneof(piece, fc.constantFrom('\ud83d', '\ude42', '\udbff', '\udc00')), {
    maxLength: 30,
  })
  .map((p) => p.join(''));

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
/** True when `unit` falls between the two halves of a surrogate pair. */
function splitsPair(s: string, unit: number): boolean {
  return unit > 0 && unit < s.length && isHigh(s.charCodeAt(unit - 1)) && isLow(s.charCodeAt(unit));
}

describe('code point positions', () => {
  it('counts code points, not UTF-16 units: an emoji is one position, a Cyrillic letter is one', () => {
    const s = 'Ігар 🙂 Лосік';
    // 'Ігар' = 0..4, ' ' = 4, '🙂' = 5 (UTF-16 5..7), ' ' = 6 (UTF-16 7), 'Лосік' = 7..12.
    expect(codePointLength(s)).toBe(12);
    expect(s.length).toBe(13);
    expect(utf16OffsetOf(s, 5)).toBe(5);
    expect(utf16OffsetOf(s, 6)).toBe(7);
    expect(utf16OffsetOf(s, 7)).toBe(8);
    expect(codePointOffsetOf(s, 8)).toBe(7);
    expect(codePointOffsetOf(s, 13)).toBe(12);
    // The middle of the emoji has no code point offset of its own: it rounds down.
    expect(codePointOffsetOf(s, 6)).toBe(5);
  });

  it('counts a combining accent as its own code point', () => {
    expect(codePointLength('e\u0301')).toBe(2);
    expect(codePointLength('é')).toBe(1);
  });

  it('agrees with Array.from for every text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(text, rawText), (s) => {
        expect(codePointLength(s)).toBe(Array.from(s).length);
      }),
    );
  });

  it('round-trips every code point offset through UTF-16 and back', () => {
    fc.assert(
      fc.property(fc.oneof(text, rawText), fc.nat(60), (s, cp) => {
        const n = codePointLength(s);
        const unit = utf16OffsetOf(s, cp);
        expect(splitsPair(s, unit)).toBe(false);
        // Offsets beyond the end are clamped to the end.
        expect(codePointOffsetOf(s, unit)).toBe(Math.min(cp, n));
        // The UTF-16 offset is the length of the first cp code points.
        expect(unit).toBe(
          Array.from(s)
            .slice(0, cp)
            .reduce((u, c) => u + c.length, 0),
        );
      }),
    );
  });

  it('round-trips every UTF-16 offset that is a code point boundary, and rounds the others down', () => {
    fc.assert(
      fc.property(fc.oneof(text, rawText), fc.nat(80), (s, raw) => {
        const unit = Math.min(raw, s.length);
        const cp = codePointOffsetOf(s, unit);
        const back = utf16OffsetOf(s, cp);
        if (splitsPair(s, unit)) expect(back).toBe(unit - 1);
        else expect(back).toBe(unit);
        expect(codePointOffsetOf(s, unit)).toBe(Array.from(s.slice(0, back)).length);
      }),
    );
  });

  it('snaps an offset out of a surrogate pair, down for a start and up for an end', () => {
    fc.assert(
      fc.property(fc.oneof(text, rawText), fc.nat(80), (s, raw) => {
        const unit = Math.min(raw, s.length);
        const down = snapToCodePoint(s, unit, 'down');
        const up = snapToCodePoint(s, unit, 'up');
        expect(splitsPair(s, down)).toBe(false);
        expect(splitsPair(s, up)).toBe(false);
        if (splitsPair(s, unit)) {
          expect([down, up]).toEqual([unit - 1, unit + 1]);
        } else {
          expect([down, up]).toEqual([unit, unit]);
        }
      }),
    );
  });

  it('never produces half of a surrogate pair when slicing at converted offsets', () => {
    fc.assert(
      fc.property(text, fc.nat(50), fc.nat(50), (s, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const slice = s.slice(utf16OffsetOf(s, from), utf16OffsetOf(s, to));
        // A well-formed text sliced at code point boundaries stays well formed.
        expect(slice).toBe(Array.from(s).slice(from, to).join(''));
        expect(
          /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(slice),
        ).toBe(false);
      }),
    );
  });
});
