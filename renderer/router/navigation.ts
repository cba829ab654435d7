import type { SearchFilters } from '../../shared/search/index.js';
import { hrefFor } from './parseRoute';
import type { Route } from './parseRoute';

/**
 * The search page for a query, with the filters chosen there, in the form parseRoute reads
 * back (nothing for what is not set).
 */
export function searchRoute(
  query: string,
  filters: SearchFilters = {},
  crossScript = true,
): Extract<Route, { name: 'search' }> {
  return {
    name: 'search',
    query,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(crossScript ? {} : { crossScript }),
  };
}

/** Goes to a route, adding a history entry (back returns here). */
export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

/** Goes to a route in place of the current one (typing in the search box, redirects). */
export function replaceRoute(route: Route): void {
  window.location.replace(hrefFor(route));
}

/** Convenience for links that route: `<a href={href.caseFile(id)}>`. */
export const href = {
  cases: (tagId: string | null = null) => hrefFor({ name: 'cases', tagId }),
  caseFile: (id: string, edit: string | null = null) => hrefFor({ name: 'case', id, edit }),
  sources: () => hrefFor({ name: 'sources' }),
  source: (id: string, citationId: string | null = null, annotationId: string | null = null) =>
    hrefFor({ name: 'source', id, citationId, annotationId }),
  tags: () => hrefFor({ name: 'tags' }),
  search: (query: string, filters: SearchFilters = {}, crossScript = true) =>
    hrefFor(searchRoute(query, filters, crossScript)),
};
