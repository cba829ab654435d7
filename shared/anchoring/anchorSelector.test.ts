import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorSelector, selectorForQuote, selectorFromRange } from './anchorSelector.js';
import { codePointLength, utf16OffsetOf } from './codePoints.js';
import { SELECTOR_CONTEXT, TextSelector } from '../model/selector.js';

// A small alphabet on purpose: repeated quotes and look-alike passages come up often.
// Latin, Belarusian/Russian Cyrillic (і, ў, ё), a combining acute, astral emoji.
const PIECES = ['a', 'b', ' ', '\n', 'і', 'ў', 'ё', 'ж', 'e\u0301', '\u0301', '🙂', '👩‍👧', '𝔸', '.'];
const piece = fc.constantFrom(...PIECES);
const textOf = (minLength: number, maxLength: number) =>
  fc.array(piece, { minLength, maxLength }).map((p) => p.join(''));
const text = textOf(1, 60);

/** A text with a non-empty code point range [start, end) in it. */
const textWithRange = text.chain((s) => {
  const n = codePointLength(s);
  return fc
    .tuple(fc.nat(n - 1), fc.integer({ min: 1, max: n }))
    .map(([a, len]) => ({ s, start: a, end: Math.min(n, a + len) }));
});

function selectorAt(s: string, start: number, end: number): TextSelector {
  return selectorFromRange(s, utf16OffsetOf(s, start), utf16OffsetOf(s, end));
}

function countOccurrences(s: string, quote: string): number {
  let n = 0;
  for (let at = s.indexOf(quote); at >= 0; at = s.indexOf(quote, at + 1)) n++;
  return n;
}

describe('anchorSelector', () => {
  it('shows that positions are code points: the quote after an emoji and Cyrillic', () => {
    const s = '🙂 Мікалай Статкевіч 🙂 вызвалены';
    const selector = selectorForQuote(s, 'Статкевіч');
    // '🙂' is one position, so 'Статкевіч' starts at 1 + 1 + 7 + 1 = 10, in UTF-16 at 11.
    expect(selector).toMatchObject({
      exact: 'Статкевіч',
      start: 10,
      end: 19,
      prefix: '🙂 Мікалай ',
    });
    expect(anchorSelector(s, selector as TextSelector)).toEqual({
      status: 'anchored',
      start: 10,
      end: 19,
      start16: 11,
      end16: 20,
      contextMatches: true,
    });
    expect(TextSelector.safeParse(selector).success).toBe(true);
  });

  it('widens a range that cuts an emoji in half to the whole emoji', () => {
    const s = 'a🙂b';
    expect(selectorFromRange(s, 2, 3)).toMatchObject({ exact: '🙂', start: 1, end: 2 });
    expect(selectorFromRange(s, 1, 2)).toMatchObject({ exact: '🙂', start: 1, end: 2 });
  });

  it('finds any range of any text again at the same place, with its context', () => {
    fc.assert(
      fc.property(textWithRange, ({ s, start, end }) => {
        const selector = selectorAt(s, start, end);
        expect(TextSelector.safeParse(selector).success).toBe(true);
        expect([selector.start, selector.end]).toEqual([start, end]);
        expect(codePointLength(selector.prefix)).toBe(Math.min(start, SELECTOR_CONTEXT));
        expect(codePointLength(selector.suffix)).toBe(
          Math.min(codePointLength(s) - end, SELECTOR_CONTEXT),
        );
        expect(anchorSelector(s, selector)).toEqual({
          status: 'anchored',
          start,
          end,
          start16: utf16OffsetOf(s, start),
          end16: utf16OffsetOf(s, end),
          contextMatches: true,
        });
      }),
    );
  });

  it('follows the quote when text is inserted before it', () => {
    fc.assert(
      fc.property(textWithRange, textOf(1, 20), fc.nat(), ({ s, start, end }, inserted, where) => {
        const selector = selectorAt(s, start, end);
        const at = utf16OffsetOf(s, where % (start + 1));
        const edited = s.slice(0, at) + inserted + s.slice(at);
        // Only a single occurrence says for sure where the quote must be.
        fc.pre(countOccurrences(edited, selector.exact) === 1);
        const shift = codePointLength(inserted);
        const result = anchorSelector(edited, selector);
        expect(result).toMatchObject({
          status: 'anchored',
          start: start + shift,
          end: end + shift,
        });
        if (result.status === 'anchored') {
          expect(edited.slice(result.start16, result.end16)).toBe(selector.exact);
        }
      }),
    );
  });

  it('stays put when text is inserted after the quote', () => {
    fc.assert(
      fc.property(textWithRange, textOf(1, 20), fc.nat(), ({ s, start, end }, inserted, where) => {
        const selector = selectorAt(s, start, end);
        const n = codePointLength(s);
        const at = utf16OffsetOf(s, end + (where % (n - end + 1)));
        const edited = s.slice(0, at) + inserted + s.slice(at);
        fc.pre(countOccurrences(edited, selector.exact) === 1);
        expect(anchorSelector(edited, selector)).toMatchObject({ status: 'anchored', start, end });
      }),
    );
  });

  it('keeps the context match when the insertion is outside the stored context', () => {
    const before = 'Мікалай Статкевіч 🙂 was released on September 11. ';
    const s = `${before}He refused to cross into Lithuania 🙂 and stood at the border.`;
    const selector = selectorForQuote(s, 'refused to cross') as TextSelector;
    const far = `Added paragraph, far away from the quote.\n\n${s}\n\nAnother ending.`;
    expect(anchorSelector(far, selector)).toMatchObject({
      status: 'anchored',
      start: selector.start + codePointLength('Added paragraph, far away from the quote.\n\n'),
      contextMatches: true,
    });
    const near = s.replace('released', 'freed');
    expect(anchorSelector(near, selector)).toMatchObject({
      status: 'anchored',
      contextMatches: false,
    });
  });

  it('asks for review, with no position, when an edit changes the quote', () => {
    fc.assert(
      fc.property(textWithRange, piece, fc.nat(), ({ s, start, end }, replacement, which) => {
        const selector = selectorAt(s, start, end);
        const chars = Array.from(s);
        const i = start + (which % (end - start));
        fc.pre(chars[i] !== replacement);
        chars[i] = replacement;
        const edited = chars.join('');
        // The quote may survive the edit elsewhere in the text; then it is found exactly there.
        fc.pre(!edited.includes(selector.exact));
        const result = anchorSelector(edited, selector);
        expect(result).toEqual({ status: 'needs_review', reason: 'quote_not_found' });
        expect('start' in result).toBe(false);
      }),
    );
  });

  it('asks for review when the quote is deleted', () => {
    fc.assert(
      fc.property(textWithRange, fc.nat(), ({ s, start, end }, cut) => {
        const selector = selectorAt(s, start, end);
        const chars = Array.from(s);
        // Remove a piece of the quote (at least one code point).
        const from = start + (cut % (end - start));
        const edited = [...chars.slice(0, from), ...chars.slice(from + 1)].join('');
        fc.pre(!edited.includes(selector.exact));
        expect(anchorSelector(edited, selector)).toEqual({
          status: 'needs_review',
          reason: 'quote_not_found',
        });
      }),
    );
  });

  it('does not move a quote to a look-alike: a changed letter, accent or case is needs_review', () => {
    const s = 'Ігар Лосік was sentenced to 15 years.';
    const selector = selectorForQuote(s, 'Ігар Лосік') as TextSelector;
    for (const edited of [
      'Игар Лосік was sentenced to 15 years.',
      'Ігар Лосiк was sentenced to 15 years.', // Latin i
      'ІГАР ЛОСІК was sentenced to 15 years.',
      'Ігар Лосі\u0301к was sentenced to 15 years.',
      'Ігар  Лосік was sentenced to 15 years.',
    ]) {
      expect(anchorSelector(edited, selector)).toEqual({
        status: 'needs_review',
        reason: 'quote_not_found',
      });
    }
  });

  it('between several exact occurrences, picks the one whose context matches', () => {
    fc.assert(
      fc.property(
        textOf(1, 8),
        fc.array(textOf(0, 12), { minLength: 3, maxLength: 5 }),
        fc.nat(),
        textOf(0, 60),
        (quote, gaps, pick, prepended) => {
          // gap0 quote gap1 quote gap2 … : the quote occurs at least gaps.length - 1 times.
          const s = gaps.join(quote);
          const starts: number[] = [];
          for (let at = s.indexOf(quote); at >= 0; at = s.indexOf(quote, at + 1)) starts.push(at);
          const target = starts[pick % starts.length] as number;
          const selector = selectorFromRange(s, target, target + quote.length);
          // The target is decided by context only when no other occurrence has the same one.
          const tied = starts.some((other) => {
            if (other === target) return false;
            const o = selectorFromRange(s, other, other + quote.length);
            return o.prefix.endsWith(selector.prefix) && o.suffix.startsWith(selector.suffix);
          });
          fc.pre(!tied);
          // Prepending text moves the stored position nearer to other occurrences, but the
          // context still tells the right one.
          const edited = prepended + s;
          const shift = codePointLength(prepended);
          expect(anchorSelector(edited, selector)).toMatchObject({
            status: 'anchored',
            start: selector.start + shift,
            end: selector.end + shift,
            start16: target + prepended.length,
            contextMatches: true,
          });
        },
      ),
    );
  });

  it('between occurrences with the same context, picks the one nearest the stored position', () => {
    const filler = 'x'.repeat(SELECTOR_CONTEXT + 5);
    const s = [filler, filler, filler, filler, filler].join('Статкевіч 🙂');
    const third = selectorForQuote(s, 'Статкевіч 🙂', 2) as TextSelector;
    expect(anchorSelector(s, third)).toMatchObject({ status: 'anchored', start: third.start });
    // A few code points inserted at the start shift every occurrence; the third stays nearest.
    const edited = `🙂🙂 ${s}`;
    expect(anchorSelector(edited, third)).toMatchObject({
      status: 'anchored',
      start: third.start + 3,
      contextMatches: true,
    });
    // Deleting the first occurrence leaves the old fourth one exactly at the stored position;
    // with the context identical everywhere, the position is all there is to go by.
    const shorter = s.replace(`${filler}Статкевіч 🙂`, '');
    expect(anchorSelector(shorter, third)).toMatchObject({
      status: 'anchored',
      start: third.start,
      contextMatches: true,
    });
    expect(
      shorter.slice(0, utf16OffsetOf(shorter, third.start)).split('Статкевіч').length - 1,
    ).toBe(2);
  });

  it('never anchors a quote holding a lone surrogate inside a whole emoji', () => {
    // Pasted text can carry half an emoji; that half is not the emoji of a later text.
    const selector = selectorFromRange('a\ud83d b', 1, 2);
    expect(selector).toMatchObject({ exact: '\ud83d', start: 1, end: 2 });
    expect(anchorSelector('a🙂 b', selector)).toEqual({
      status: 'needs_review',
      reason: 'quote_not_found',
    });
  });

  it('finds ranges again in texts with lone surrogates, on code point boundaries only', () => {
    fc.assert(
      fc.property(
        // Halves of "🙂" and other surrogates, alone or next to whole emoji.
        fc
          .array(fc.oneof(piece, fc.constantFrom('\ud83d', '\ude42', '\udbff', '\udc00')), {
            minLength: 1,
            maxLength: 30,
          })
          .map((p) => p.join('')),
        fc.nat(),
        fc.nat(),
        (s, a, len) => {
          const n = codePointLength(s);
          const start = a % n;
          const end = Math.min(n, start + 1 + (len % 5));
          const selector = selectorAt(s, start, end);
          expect(anchorSelector(s, selector)).toMatchObject({ status: 'anchored', start, end });
          const edited = `🙂${s}`;
          const result = anchorSelector(edited, selector);
          if (result.status === 'anchored') {
            expect(utf16OffsetOf(edited, result.start)).toBe(result.start16);
            expect(utf16OffsetOf(edited, result.end)).toBe(result.end16);
          }
        },
      ),
    );
  });

  it('rejects an empty range', () => {
    expect(() => selectorFromRange('abc', 1, 1)).toThrow(RangeError);
    expect(selectorForQuote('abc', '')).toBeNull();
    expect(selectorForQuote('abc', 'd')).toBeNull();
  });
});
