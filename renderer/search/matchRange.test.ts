import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchParam,
  matchRange,
  matchTermsOf,
  SEARCH_MATCH_ID,
  searchMatchMarks,
} from './matchRange';

describe('matchRange', () => {
  it('turns code points into UTF-16 offsets', () => {
    const text = 'a😀b steep fine';
    const r = matchRange(text, matchParam({ start: 4, end: 9 }));
    expect(r).not.toBeNull();
    expect(text.slice(r?.start16, r?.end16)).toBe('steep');
  });

  it('runs to the end of the text', () => {
    expect(matchRange('abc', '1-3')).toEqual({ start16: 1, end16: 3 });
  });

  it('rejects malformed or out-of-range parameters', () => {
    expect(matchRange('abc', 'x')).toBeNull();
    expect(matchRange('abc', '2-2')).toBeNull();
    expect(matchRange('abc', '1-9')).toBeNull();
  });
});

describe('matchTermsOf', () => {
  it('gives the marked words as written, each once', () => {
    const text = '…was sentenced to three years in prison. Three years…';
    const points = Array.from(text);
    const at = (word: string, from = 0) => {
      const start = points.join('').indexOf(word, from);
      return { start, end: start + word.length };
    };
    expect(
      matchTermsOf({
        text,
        highlights: [at('sentenced'), at('three years'), at('Three years')],
      }),
    ).toEqual(['sentenced', 'three years']);
  });

  it('counts code points, as the snippet does', () => {
    expect(matchTermsOf({ text: '😀 Лосік', highlights: [{ start: 2, end: 7 }] })).toEqual([
      'Лосік',
    ]);
  });
});

const PHRASE = 'sentenced to three years in prison and a steep fine';
const TEXT = `Khamenka was ${PHRASE} on charges. In 2021 he was sentenced again; Sentenced twice.`;
const text = (marks: { start16: number; end16: number }[], of = TEXT) =>
  marks.map((m) => of.slice(m.start16, m.end16));

describe('searchMatchMarks', () => {
  it('marks a whole phrase when the passage led to is only its first word', () => {
    const start = Array.from(TEXT).join('').indexOf('sentenced');
    const marks = searchMatchMarks(TEXT, matchParam({ start, end: start + 9 }), [PHRASE]);
    const active = marks.find((m) => m.id === SEARCH_MATCH_ID);
    expect(active && TEXT.slice(active.start16, active.end16)).toBe(PHRASE);
    expect(marks).toHaveLength(1);
  });

  it('marks every occurrence of every matched word, the passage led to apart', () => {
    const start = TEXT.indexOf('sentenced');
    const marks = searchMatchMarks(TEXT, matchParam({ start, end: start + 9 }), [
      'sentenced',
      'steep fine',
    ]);
    expect(text(marks)).toEqual(['sentenced', 'steep fine', 'sentenced', 'Sentenced']);
    expect(marks.filter((m) => m.id === SEARCH_MATCH_ID)).toEqual([
      { id: SEARCH_MATCH_ID, start16: start, end16: start + 9 },
    ]);
  });

  it('marks whole words only', () => {
    const t = 'prisoner prison imprisoned prison.';
    expect(text(searchMatchMarks(t, null, ['prison']), t)).toEqual(['prison', 'prison']);
  });

  it('prefers the longer term where two start at one place', () => {
    expect(text(searchMatchMarks(TEXT, null, ['three', 'three years']))).toEqual(['three years']);
  });

  it('takes terms literally, regular-expression characters included', () => {
    const t = 'RFE/RL (Radio Free Europe) reported; RFERL did not.';
    expect(text(searchMatchMarks(t, null, ['RFE/RL', '(Radio']), t)).toEqual(['RFE/RL', '(Radio']);
  });

  it('without terms, marks only the passage led to (a bad one: nothing)', () => {
    expect(searchMatchMarks(TEXT, '0-8', [])).toEqual([
      { id: SEARCH_MATCH_ID, start16: 0, end16: 8 },
    ]);
    expect(searchMatchMarks(TEXT, '5-1', [])).toEqual([]);
  });

  it('gives sorted marks that never overlap, with at most one the passage led to', () => {
    const word = fc.constantFrom('a', 'ab', 'b a', 'steep', 'fine', 'steep fine', 'Ω');
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')),
        fc.array(word, { maxLength: 4 }),
        fc.nat(40),
        fc.nat(5),
        (t, terms, start, length) => {
          const marks = searchMatchMarks(t, `${start}-${start + length}`, terms);
          expect(marks.filter((m) => m.id === SEARCH_MATCH_ID).length).toBeLessThanOrEqual(1);
          for (let i = 1; i < marks.length; i++) {
            const [prev, next] = [marks[i - 1], marks[i]];
            expect(prev && next && prev.end16 <= next.start16).toBe(true);
          }
          for (const m of marks) expect(m.end16).toBeGreaterThan(m.start16);
        },
      ),
    );
  });
});
