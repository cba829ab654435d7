import { describe, expect, it } from 'vitest';
import { resolveCaseRef } from './resolveCaseRef.js';

const person = (id: string, ...names: string[]) => ({
  id,
  names: names.map((text, i) => ({
    id: `${id.slice(0, -1)}${i}`,
    text,
    script: 'latin' as const,
    kind: 'primary' as const,
  })),
});

const ID1 = '00000000-0000-4000-8000-000000000001';
const ID2 = '00000000-0000-4000-8000-000000000002';

const CASES = [
  person(ID1, 'Mikalai Statkevich', 'Мікалай Статкевіч', 'Statkevič'),
  person(ID2, 'Ihar Losik', 'Ігар Лосік'),
  person('00000000-0000-4000-8000-000000000003', 'Ihar Ivanou'),
];

describe('resolveCaseRef', () => {
  it('finds a case file by id, by any recorded name, ignoring case and diacritics', () => {
    expect(resolveCaseRef(CASES, ID2)).toEqual({
      kind: 'found',
      id: ID2,
    });
    expect(resolveCaseRef(CASES, 'мікалай статкевіч')).toEqual({ kind: 'found', id: ID1 });
    expect(resolveCaseRef(CASES, 'statkevic')).toEqual({ kind: 'found', id: ID1 });
    expect(resolveCaseRef(CASES, 'Losik')).toEqual({ kind: 'found', id: ID2 });
  });

  it('never guesses between several case files, and says when none matches', () => {
    const several = resolveCaseRef(CASES, 'Ihar');
    expect(several.kind).toBe('error');
    expect(several.kind === 'error' && several.message).toMatch(
      /matches 2 case files[\s\S]*Ihar Losik[\s\S]*Ihar Ivanou/,
    );
    expect(resolveCaseRef(CASES, 'Kolesnikova')).toEqual({
      kind: 'error',
      message: 'no case file is called "Kolesnikova"',
    });
  });
});
