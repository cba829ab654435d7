import { describe, expect, it } from 'vitest';
import type { CitationView } from '../../db';
import { occurrenceCited } from './occurrenceCited';
import { spellingsOf } from './spellingsOf';

const at = (start16: number, end16: number, text = 'Losik') => ({
  start: start16,
  end: end16,
  start16,
  end16,
  text,
});
const citation = (caseId: string, start16: number, end16: number) =>
  ({
    caseId,
    anchor: {
      status: 'anchored',
      start: start16,
      end: end16,
      start16,
      end16,
      contextMatches: true,
    },
  }) as unknown as CitationView;

describe('occurrenceCited', () => {
  it('is true only for a citation of that case file whose passage holds the occurrence', () => {
    const cites = [citation('a', 10, 40), citation('b', 50, 60)];
    expect(occurrenceCited(cites, 'a', at(12, 17))).toBe(true);
    expect(occurrenceCited(cites, 'a', at(38, 43))).toBe(false);
    expect(occurrenceCited(cites, 'a', at(52, 57))).toBe(false);
    expect(occurrenceCited(cites, 'b', at(52, 57))).toBe(true);
    const lost = { caseId: 'a', anchor: { status: 'needs_review' } } as unknown as CitationView;
    expect(occurrenceCited([lost], 'a', at(12, 17))).toBe(false);
  });
});

describe('spellingsOf', () => {
  it('counts each spelling, most frequent first, line breaks read as spaces', () => {
    const list = [
      at(0, 5, 'Ihar Losik'),
      at(9, 14, 'Losik'),
      at(20, 25, 'Losik'),
      at(30, 40, 'Ihar\nLosik'),
    ];
    expect(spellingsOf(list)).toEqual([
      { text: 'Ihar Losik', count: 2 },
      { text: 'Losik', count: 2 },
    ]);
  });
});
