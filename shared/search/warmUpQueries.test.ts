import { describe, expect, it } from 'vitest';
import { parseQuery } from './parseQuery.js';
import { warmUpQueries } from './warmUpQueries.js';

describe('warmUpQueries', () => {
  const sample = {
    words: ['court', 'sentenced', 'years', 'minsk', 'colony'],
    names: ['Ihar Losik', 'Мікалай Статкевіч'],
  };

  it('makes as many searches as asked, of every kind a researcher types', () => {
    const queries = warmUpQueries(sample, 16);
    expect(queries).toHaveLength(16);
    expect(queries).toContain('Ihar Losik');
    expect(queries).toContain('court');
    expect(queries).toContain('"Мікалай Статкевіч"');
    expect(queries).toContain('"sentenced years"');
    // A word being typed, a misspelt one, a surname with a word, a word left out.
    expect(queries).toContain('colo');
    expect(queries).toContain('corut');
    expect(queries.some((q) => q.startsWith('Статкевіч '))).toBe(true);
    expect(queries.some((q) => / -\S+$/u.test(q))).toBe(true);
  });

  it('makes only searches the query language reads without a problem', () => {
    for (const q of warmUpQueries(sample, 40)) expect(parseQuery(q).problems).toEqual([]);
  });

  it('makes none from an index without words', () => {
    expect(warmUpQueries({ words: [], names: ['Ihar Losik'] }, 10)).toEqual([]);
  });
});
