import { hrefFor } from './parseRoute';
import type { Route } from './parseRoute';

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
};
