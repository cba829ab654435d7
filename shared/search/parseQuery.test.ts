import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeFilters, parseQuery } from './parseQuery.js';

describe('parseQuery', () => {
  it('reads words, phrases, +must and -must-not', () => {
    const q = parseQuery('15 years "mass riots" +Minsk -Lukashenko -"Union State" RFE/RL');
    expect(q.words).toEqual(['15', 'years', 'RFE/RL']);
    expect(q.phrases).toEqual(['mass riots']);
    expect(q.must).toEqual(['Minsk']);
    expect(q.mustNot).toEqual(['Lukashenko', 'Union State']);
    expect(q.problems).toEqual([]);
  });

  it('reads filters, quoted values and several values', () => {
    const q = parseQuery(
      'status:released,pardoned tag:journalist article:342 art:"293 part 2" publisher:"Associated Press" from:2021 to:2025-09 in:sources',
    );
    expect(q.filters).toEqual({
      statuses: ['released', 'pardoned'],
      tags: ['journalist'],
      articles: [
        { article: '342', part: null },
        { article: '293', part: '2' },
      ],
      publishers: ['Associated Press'],
      from: '2021',
      to: '2025-09',
      groups: ['sources'],
    });
    expect(q.words).toEqual([]);
  });

  it('takes a unique part of a status, and dates for both ends', () => {
    expect(parseQuery('status:exiled').filters.statuses).toEqual(['forcibly_exiled']);
    expect(parseQuery('status:incommunicado').filters.statuses).toEqual(['held_incommunicado']);
    expect(parseQuery('date:2024-03').filters).toEqual({ from: '2024-03', to: '2024-03' });
    expect(parseQuery('article:361.4').filters.articles).toEqual([
      { article: '361.4', part: null },
    ]);
    expect(parseQuery('article:342-1').filters.articles).toEqual([{ article: '342', part: '1' }]);
  });

  it('reports what it cannot use, and keeps the rest', () => {
    const q = parseQuery('status:free from:2021-13 article:abc in:everything -tag:x status: Losik');
    expect(q.words).toEqual(['Losik']);
    expect(q.problems.map((p) => p.token)).toEqual([
      'status:free',
      'from:2021-13',
      'article:abc',
      'in:everything',
      '-tag:x',
      'status:',
    ]);
    expect(q.filters).toEqual({});
  });

  it('treats unknown keys and URLs as words', () => {
    expect(parseQuery('note:this https://rferl.org/a').words).toEqual([
      'note:this',
      'https://rferl.org/a',
    ]);
  });

  it('knows whether the last word is still being typed', () => {
    expect(parseQuery('Statk').lastWordIsPartial).toBe(true);
    expect(parseQuery('Statk ').lastWordIsPartial).toBe(false);
    expect(parseQuery('Statk "riots"').lastWordIsPartial).toBe(false);
    expect(parseQuery('"unfinished phrase').phrases).toEqual(['unfinished phrase']);
  });

  it('never throws, and gives only well-formed results', () => {
    const pieces = fc.constantFrom(
      '"',
      '+',
      '-',
      ':',
      ',',
      ' ',
      'status:',
      'tag:',
      'from:',
      'art:',
      'in:',
      'a',
      'Я',
      '🕊',
      '\n',
      '\\',
    );
    const input = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.array(pieces).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(input, (text) => {
        const q = parseQuery(text);
        for (const list of [q.words, q.phrases, q.must, q.mustNot]) {
          for (const w of list) expect(w.trim()).not.toBe('');
        }
        if (q.filters.from !== undefined) expect(q.filters.from).toMatch(/^\d{4}/u);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mergeFilters', () => {
  it('joins lists and lets the UI set the dates', () => {
    expect(
      mergeFilters(
        { statuses: ['released'], from: '2020' },
        { statuses: ['pardoned', 'released'], from: '2021', to: '2022' },
      ),
    ).toEqual({ statuses: ['released', 'pardoned'], from: '2021', to: '2022' });
    expect(mergeFilters({ tags: ['a'] }, undefined)).toEqual({ tags: ['a'] });
  });
});
