import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../../shared/model/index.js';
import type { SearchFilters } from '../../../shared/search/index.js';
import { searchRoute } from '../../router/navigation';
import { hrefFor, parseRoute } from '../../router/parseRoute';
import { readSearchFilters } from './searchFiltersParams';

const uniqueList = <T>(item: fc.Arbitrary<T>, key: (t: T) => string = String) =>
  fc.uniqueArray(item, { minLength: 1, maxLength: 4, selector: key });

const partialDate = fc
  .tuple(
    fc.integer({ min: 1000, max: 9999 }),
    fc.option(fc.integer({ min: 1, max: 12 })),
    fc.option(fc.integer({ min: 1, max: 31 })),
  )
  .map(([y, m, d]) => {
    const two = (n: number) => String(n).padStart(2, '0');
    if (m === null) return String(y);
    return d === null ? `${y}-${two(m)}` : `${y}-${two(m)}-${two(d)}`;
  });

const article = fc.record({
  article: fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.option(fc.integer({ min: 1, max: 999 })))
    .map(([a, sub]) => (sub === null ? String(a) : `${a}.${sub}`)),
  part: fc.option(fc.integer({ min: 1, max: 99 }).map(String)),
});

// Tags and publishers are whatever people typed: any text, commas, quotes, & and = included.
const freeText = fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' });

/** Filters as the search page keeps them: only what is set, no empty lists, no repeats. */
const filters: fc.Arbitrary<SearchFilters> = fc.record(
  {
    statuses: uniqueList(fc.constantFrom(...CASE_STATUSES)),
    tags: uniqueList(freeText),
    articles: uniqueList(article, (a) => `${a.article}/${a.part}`),
    publishers: uniqueList(freeText),
    from: partialDate,
    to: partialDate,
    groups: uniqueList(fc.constantFrom('cases' as const, 'sources' as const, 'notes' as const)),
  },
  { requiredKeys: [] },
);

describe('search filters in the route', () => {
  it('any filters, query and cross-script switch survive the URL', () => {
    fc.assert(
      fc.property(fc.string(), filters, fc.boolean(), (query, f, crossScript) => {
        const route = searchRoute(query, f, crossScript);
        const back = parseRoute(hrefFor(route));
        expect(back).toEqual(route);
        expect(back.name === 'search' ? (back.filters ?? {}) : null).toEqual(f);
        expect(back.name === 'search' ? (back.crossScript ?? true) : null).toBe(crossScript);
      }),
    );
  });

  it('reads a plain search link as no filters and cross-script on', () => {
    expect(parseRoute('#/search?q=Lasik')).toEqual({ name: 'search', query: 'Lasik' });
  });

  it('reads what a person would write by hand', () => {
    const route = parseRoute(
      '#/search?q=prisoners&status=released&status=pardoned&tag=journalist&article=342-2&publisher=Associated%20Press&from=2021&to=2025-09&in=sources&names=off',
    );
    expect(route).toEqual({
      name: 'search',
      query: 'prisoners',
      filters: {
        statuses: ['released', 'pardoned'],
        tags: ['journalist'],
        articles: [{ article: '342', part: '2' }],
        publishers: ['Associated Press'],
        from: '2021',
        to: '2025-09',
        groups: ['sources'],
      },
      crossScript: false,
    });
  });

  it('drops values the app could not have written', () => {
    const params = new URLSearchParams(
      'status=free&status=released&article=abc&from=2021-13&to=yesterday&in=everything&tag=&names=maybe',
    );
    expect(readSearchFilters(params)).toEqual({
      filters: { statuses: ['released'] },
      crossScript: true,
    });
  });
});
