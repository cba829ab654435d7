import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SearchFilters, SearchResults } from '../../shared/search/index.js';
import type { IndexProgress, SearchAnswer } from './ArchiveSearch';
import { LatestSearch } from './LatestSearch';
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
 * popover is closed), asked of the search worker and re-asked when the index changes. While
 * an answer is on its way the previous results stay, marked stale; an answer to an older
 * question never replaces a newer one.
 */
export function useSearchResults(query: SearchQuery | null): SearchResultsState {
  const { service, revision, progress } = useSearchIndexState();
  const [latest] = useState(() => new LatestSearch<SearchAnswer>());
  const state = useSyncExternalStore(latest.subscribe, latest.getState);
  const wanted = query !== null && query.text.trim() !== '';
  const text = query?.text ?? '';
  const limit = query?.limit ?? 0;
  const crossScript = query?.crossScript ?? true;
  const filtersKey = JSON.stringify(query?.filters ?? {});
  const key = JSON.stringify([text, filtersKey, limit, crossScript]);

  useEffect(() => {
    if (!wanted) {
      latest.clear();
      return;
    }
    const filters = JSON.parse(filtersKey) as SearchFilters;
    void latest.ask(key, () => service.search({ text, filters }, { limit, crossScript }));
    // revision: the index changed, so the same query may find something else.
  }, [latest, service, wanted, key, text, filtersKey, limit, crossScript, revision]);

  const shown = wanted ? state.value : null;
  return {
    results: shown?.results ?? null,
    stale: wanted && (state.stale || state.key !== key || (shown?.partial ?? false)),
    progress,
  };
}
