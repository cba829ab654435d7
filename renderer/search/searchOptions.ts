import type { SearchGroupName, SearchHit, SearchResults } from '../../shared/search/index.js';
import { href } from '../router/navigation';
import { hrefFor } from '../router/parseRoute';
import { matchParam, matchTermsOf } from './matchRange';

/** One line of the results list, in the order the keyboard walks them. */
export interface SearchOption {
  /** DOM id, for aria-activedescendant. */
  domId: string;
  group: SearchGroupName;
  hit: SearchHit;
  href: string;
}

const GROUPS: readonly SearchGroupName[] = ['cases', 'sources', 'notes'];

/** Where a result leads: a note to its case file, an annotation to its source. */
export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'case':
      return href.caseFile(hit.id);
    case 'source':
      // Straight to the matched passage, highlighted, when the core found one in the text;
      // the words the snippet marks are highlighted wherever else they occur.
      return hit.snippet
        ? hrefFor({
            name: 'source',
            id: hit.id,
            citationId: null,
            annotationId: null,
            match: matchParam(hit.snippet.anchor),
            matchTerms: matchTermsOf(hit.snippet),
          })
        : href.source(hit.id);
    case 'note':
      return href.caseFile(hit.parentId ?? hit.id);
    case 'annotation':
      return href.source(hit.parentId ?? hit.id, null, hit.id);
  }
}

export function searchOptions(results: SearchResults | null): SearchOption[] {
  if (!results) return [];
  return GROUPS.flatMap((group) =>
    results[group].hits.map((hit) => ({
      domId: `search-option-${hit.kind}-${hit.id}`,
      group,
      hit,
      href: hitHref(hit),
    })),
  );
}
