import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexDoc } from './indexDocs.js';
import { SearchIndex, type SearchGroup } from './SearchIndex.js';

// Words of very different frequencies, so that a query mixes words held by almost every
// document with rare ones: most candidates are then counted but refused by a full TopK, and
// names add words to case files.
const COMMON = ['court', 'article', 'under'];
const RARE = ['viciebsk', 'babrujsk', 'colony', 'hearing', 'lawyers'];
const NAMES = ['Ales Bialiatski', 'Maria Kalesnikava', 'Ihar Losik', 'Viktar Babaryka'];

const text = fc
  .tuple(
    fc.array(fc.constantFrom(...COMMON), { minLength: 1, maxLength: 6 }),
    fc.array(fc.constantFrom(...RARE), { maxLength: 3 }),
  )
  .map(([common, rare]) => [...common, ...rare].join(' '));

const archive = fc
  .tuple(
    fc.array(fc.tuple(text, fc.option(fc.constantFrom('2021', '2022-05', '2023-01-02'))), {
      minLength: 1,
      maxLength: 40,
    }),
    fc.array(fc.tuple(fc.constantFrom(...NAMES), text), { maxLength: 8 }),
  )
  .map(([sources, cases]): IndexDoc[] => [
    ...sources.map(([body, date], i): IndexDoc => ({
      kind: 'source',
      id: `s${i}`,
      // Titles differ, so that the ranking is a total order.
      title: `Source ${i}`,
      publisher: 'Viasna',
      author: '',
      date,
      text: body,
      sha256: `text-of-s${i}`,
    })),
    ...cases.map(([name, body], i): IndexDoc => ({
      kind: 'case',
      id: `c${i}`,
      names: [{ text: name }],
      title: `${name} ${i}`,
      text: body,
      status: null,
      statusDates: [],
      tagIds: [],
      tagNames: [],
      articles: [],
    })),
  ]);

const query = fc
  .array(fc.constantFrom(...COMMON, ...RARE, 'Losik', 'Babaryka'), { minLength: 1, maxLength: 5 })
  .chain((words) =>
    fc.constantFrom(words.join(' '), `${words.join(' ')} `, `"${words.slice(0, 2).join(' ')}"`),
  );

const page = (g: SearchGroup) => ({
  ids: g.hits.map((h) => h.id),
  scores: g.hits.map((h) => h.score),
  total: g.total,
});

describe('SearchIndex (properties)', () => {
  it('gives as its first hits and total those of a page long enough for every match', () => {
    fc.assert(
      fc.property(archive, query, fc.integer({ min: 1, max: 6 }), (docs, q, limit) => {
        const index = SearchIndex.create();
        index.addAll(docs);
        const texts = new Map(docs.flatMap((d) => (d.kind === 'source' ? [[d.id, d.text]] : [])));
        const textOf = (id: string) => texts.get(id);
        // A limit above the number of documents offers every candidate to the page.
        const all = index.search(q, { limit: 1000, textOf });
        const few = index.search(q, { limit, textOf });
        for (const group of ['cases', 'sources'] as const) {
          const whole = page(all[group]);
          const part = page(few[group]);
          expect(part.ids).toEqual(whole.ids.slice(0, limit));
          expect(part.scores).toEqual(whole.scores.slice(0, limit));
          // A phrase's total counts unchecked candidates (approximate): it depends on the page.
          if (!q.includes('"')) expect(part.total).toBe(whole.total);
        }
      }),
      { numRuns: 300 },
    );
  });
});
