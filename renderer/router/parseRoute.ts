import type { SearchFilters } from '../../shared/search/index.js';
import { readSearchFilters, writeSearchFilters } from '../search/filters/searchFiltersParams';

/**
 * The app's places, addressed by the URL hash so that back/forward work in both hosts and
 * no server routing is needed: #/cases, #/cases/ID, #/sources/ID?cite=CID, …
 */
export type Route =
  | { name: 'home' }
  | { name: 'cases'; tagId: string | null }
  | { name: 'case'; id: string; edit: string | null }
  | { name: 'sources' }
  | {
      name: 'source';
      id: string;
      citationId: string | null;
      annotationId: string | null;
      /** A search match to highlight, "start-end" in code points (?at=…). */
      match?: string | null;
      /** The words a search result matched, each highlighted wherever it occurs (?hl=…&hl=…). */
      matchTerms?: string[];
    }
  | { name: 'tags' }
  | {
      name: 'search';
      query: string;
      /** Filters chosen on the search page (absent: none). */
      filters?: SearchFilters;
      /** Match names across scripts and romanisations (absent: on). */
      crossScript?: boolean;
    }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const params = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter(Boolean).map(safeDecode);
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { name: 'notFound', path: pathPart };
  switch (first) {
    case undefined:
      return { name: 'home' };
    case 'cases':
      return second === undefined
        ? { name: 'cases', tagId: params.get('tag') }
        : { name: 'case', id: second, edit: params.get('edit') };
    case 'sources':
      return second === undefined
        ? { name: 'sources' }
        : {
            name: 'source',
            id: second,
            citationId: params.get('cite'),
            annotationId: params.get('note'),
            ...(params.get('at') ? { match: params.get('at') } : {}),
            ...matchTermsOf(params),
          };
    case 'tags':
      return second === undefined ? { name: 'tags' } : { name: 'notFound', path: pathPart };
    case 'search':
      return second === undefined ? readSearchRoute(params) : { name: 'notFound', path: pathPart };
    default:
      return { name: 'notFound', path: pathPart };
  }
}

function matchTermsOf(params: URLSearchParams): { matchTerms?: string[] } {
  const terms = params.getAll('hl').filter(Boolean);
  return terms.length > 0 ? { matchTerms: terms } : {};
}

/** Only what is set appears, so a plain #/search?q=… reads as { name, query }. */
function readSearchRoute(params: URLSearchParams): Route {
  const { filters, crossScript } = readSearchFilters(params);
  return {
    name: 'search',
    query: params.get('q') ?? '',
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(crossScript ? {} : { crossScript }),
  };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The hash for a route (with the leading '#'), the inverse of parseRoute. */
export function hrefFor(route: Route): string {
  const q = (params: Record<string, string | null>): string => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== '') search.set(k, v);
    const s = search.toString();
    return s ? `?${s}` : '';
  };
  const id = (value: string): string => encodeURIComponent(value);
  switch (route.name) {
    case 'home':
      return '#/';
    case 'cases':
      return `#/cases${q({ tag: route.tagId })}`;
    case 'case':
      return `#/cases/${id(route.id)}${q({ edit: route.edit })}`;
    case 'sources':
      return '#/sources';
    case 'source': {
      const search = new URLSearchParams(
        q({ cite: route.citationId, note: route.annotationId, at: route.match ?? null }),
      );
      for (const term of route.matchTerms ?? []) search.append('hl', term);
      const s = search.toString();
      return `#/sources/${id(route.id)}${s ? `?${s}` : ''}`;
    }
    case 'tags':
      return '#/tags';
    case 'search': {
      const search = new URLSearchParams(q({ q: route.query }));
      writeSearchFilters(search, {
        filters: route.filters ?? {},
        crossScript: route.crossScript ?? true,
      });
      const s = search.toString();
      return `#/search${s ? `?${s}` : ''}`;
    }
    case 'notFound':
      return `#/${route.path}`;
  }
}
