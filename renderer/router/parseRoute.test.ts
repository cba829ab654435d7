import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute } from './parseRoute';
import type { Route } from './parseRoute';

const ID = '830f78fb-29be-5ccb-9d30-72c9e70e20ca';

describe('parseRoute', () => {
  it('reads every place of the app', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/cases?tag=t1')).toEqual({ name: 'cases', tagId: 't1' });
    expect(parseRoute(`#/cases/${ID}`)).toEqual({ name: 'case', id: ID, edit: null });
    expect(parseRoute(`#/sources/${ID}?cite=c1`)).toEqual({
      name: 'source',
      id: ID,
      citationId: 'c1',
      annotationId: null,
    });
    expect(parseRoute('#/search?q=%D0%A1%D1%82%D0%B0%D1%82')).toEqual({
      name: 'search',
      query: 'Стат',
    });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ name: 'notFound', path: '/nowhere/at/all' });
  });

  it('round-trips through hrefFor', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'cases', tagId: null },
      { name: 'cases', tagId: ID },
      { name: 'case', id: ID, edit: 'names' },
      { name: 'sources' },
      { name: 'source', id: ID, citationId: null, annotationId: ID },
      { name: 'tags' },
      { name: 'search', query: 'Mikałaj & co?' },
      {
        name: 'search',
        query: '"steep fine"',
        filters: { statuses: ['convicted'], tags: ['a,b'], from: '2021' },
        crossScript: false,
      },
      {
        name: 'source',
        id: ID,
        citationId: null,
        annotationId: null,
        match: '12-30',
        matchTerms: ['three years', 'RFE/RL'],
      },
    ];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('survives malformed escapes', () => {
    expect(parseRoute('#/cases/%E0%A4%A')).toEqual({ name: 'case', id: '%E0%A4%A', edit: null });
  });
});
