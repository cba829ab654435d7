import { useMemo } from 'react';
import type { SearchFilters, SearchResults } from '../../shared/search/index.js';
import type { IndexProgress } from './ArchiveSearch';
import { useSearchIndexState } from './useArchiveSearch';

/** What a view asks the archive's search for. */
export interface SearchQuery {
  /** What was typed (see shared/search parseQuery for the syntax). */
  text: string;
  /** Filters chosen with the controls, joined with those typed in the text. */
  filters?: SearchFilters;
  /** Match names across scripts and romanisations. Default true. */
  crossScript?: boolean;
  /** Hits per group. */
  limit: number;
}

export interface SearchResultsState {
  /** null: nothing asked (empty text, or no query), or no result yet. */
  results: SearchResults | null;
  /** The results shown are not yet those of the latest query or index (a search is running). */
  stale: boolean;
  /** Progress of an index build; null when idle. */
  progress: IndexProgress | null;
}

/**
 * The one way a view searches the archive: results for `query` (null: none wanted, e.g. the
 * popover is closed), re-run when the index changes.
 */
export function useSearchResults(query: SearchQuery | null): SearchResultsState {
  const { service, revision, progress } = useSearchIndexState();
  const wanted = query !== null;
  const text = query?.text ?? '';
  const limit = query?.limit ?? 0;
  const crossScript = query?.crossScript ?? true;
  const filtersKey = JSON.stringify(query?.filters ?? {});
  const results = useMemo(
    () =>
      wanted && text.trim()
        ? service.search(
            { text, filters: JSON.parse(filtersKey) as SearchFilters },
            { limit, crossScript },
          )
        : null,
    // revision: the index changed, so the same query may find something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [service, wanted, text, filtersKey, limit, crossScript, revision],
  );
  return { results, stale: false, progress };
}
