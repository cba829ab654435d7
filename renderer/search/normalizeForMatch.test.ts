import { describe, expect, it } from 'vitest';
import { matchesAllWords, normalizeForMatch } from './normalizeForMatch';

describe('normalizeForMatch', () => {
  it('folds case and diacritics', () => {
    expect(normalizeForMatch('Mikałaj Statkievič')).toBe('mikałaj statkievic');
    // A filter may be generous: й and ў fold to и and у, so a hurried spelling still matches.
    expect(normalizeForMatch('Мікалай  СТАТКЕВІЧ')).toBe('мікалаи статкевіч');
  });
  it('matches Cyrillic words in any case', () => {
    expect(normalizeForMatch('Ўладзімір')).toBe('уладзімір');
    expect(matchesAllWords('Николай Статкевич', 'статкевич ник')).toBe(true);
  });
  it('matches every word in any order', () => {
    expect(matchesAllWords('Ihar Losik', 'losik ihar')).toBe(true);
    expect(matchesAllWords('Ihar Losik', 'losik maria')).toBe(false);
  });
});
