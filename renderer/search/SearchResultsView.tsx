import './searchPopover.css';
import './filters/searchFilters.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SearchFilters, SearchGroupName } from '../../shared/search/index.js';
import { useSearchFilterOptions, useTags } from '../db';
import { t } from '../i18n/t';
import { Loading } from '../components/Loading';
import { replaceRoute, searchRoute } from '../router/navigation';
import { FilterChips } from './filters/FilterChips';
import { filterChips } from './filters/filterChips';
import { SearchFilterBar } from './filters/SearchFilterBar';
import { HighlightedText } from './HighlightedText';
import { searchOptions } from './searchOptions';
import { useSearchResults } from './useSearchResults';

const LIMIT = 50;
const NO_FILTERS: SearchFilters = {};
const GROUP_LABEL: Record<SearchGroupName, () => string> = {
  cases: () => t('search.cases'),
  sources: () => t('search.sources'),
  notes: () => t('search.notes'),
};

interface Props {
  query: string;
  /** Chosen on this page and kept in the route; joined with those typed in the query. */
  filters?: SearchFilters;
  crossScript?: boolean;
}

/**
 * The search page (#/search?q=…&status=…): every group with more results than the popover
 * shows, the filter controls and the cross-script switch. While a newer search runs, the
 * previous results stay (marked busy) rather than flashing away.
 */
export function SearchResultsView({
  query,
  filters: routeFilters = NO_FILTERS,
  crossScript: routeCrossScript = true,
}: Props) {
  // Local copies, so a control shows its new value at once rather than after the hashchange
  // round trip; they follow the route when it changes from elsewhere (back, a link).
  const routeKey = JSON.stringify([routeFilters, routeCrossScript]);
  const [seenKey, setSeenKey] = useState(routeKey);
  const [chosen, setChosen] = useState({ filters: routeFilters, crossScript: routeCrossScript });
  if (routeKey !== seenKey) {
    setSeenKey(routeKey);
    setChosen({ filters: routeFilters, crossScript: routeCrossScript });
  }
  const { filters, crossScript } = chosen;
  const { results, stale, progress } = useSearchResults({
    text: query,
    filters,
    crossScript,
    limit: LIMIT,
  });
  const tags = useTags();
  const filterOptions = useSearchFilterOptions();
  const heading = useRef<HTMLHeadingElement>(null);

  // Filter changes replace the route: back leaves the search page rather than stepping
  // through every filter tried, and a reload or a copied link keeps them.
  const choose = (next: SearchFilters, on: boolean) => {
    const route = searchRoute(query, next, on);
    setChosen({ filters: route.filters ?? NO_FILTERS, crossScript: on });
    replaceRoute(route);
  };
  const setFilters = (next: SearchFilters) => choose(next, crossScript);
  const setCrossScript = (on: boolean) => choose(filters, on);
  const focusHeading = useCallback(() => heading.current?.focus(), []);

  const tagName = useMemo(() => {
    const names = new Map((tags ?? []).map((tag) => [tag.id, tag.name]));
    return (idOrName: string) => names.get(idOrName) ?? idOrName;
  }, [tags]);
  const chips = filterChips(filters, tagName);
  const options = useMemo(() => searchOptions(results), [results]);

  const controls = (
    <>
      <SearchFilterBar
        filters={filters}
        crossScript={crossScript}
        tags={tags ?? []}
        options={filterOptions}
        onFilters={setFilters}
        onCrossScript={setCrossScript}
      />
      <FilterChips chips={chips} onFilters={setFilters} onEmptied={focusHeading} />
    </>
  );

  if (!query.trim()) {
    return (
      <div className="list-view search-view">
        <h1 ref={heading} tabIndex={-1}>
          {t('search.title')}
        </h1>
        {controls}
        <p className="muted">
          {chips.length > 0 ? t('searchFilters.typeWithFilters') : t('search.typeSomething')}
        </p>
      </div>
    );
  }
  const groups = results
    ? (['cases', 'sources', 'notes'] as const).filter((g) => results[g].hits.length > 0)
    : [];
  const problems = results?.query.problems ?? [];
  return (
    <div className="list-view search-view">
      <h1 ref={heading} tabIndex={-1}>
        {t('search.resultsFor', { query })}
      </h1>
      {controls}
      {problems.length > 0 ? (
        <p className="muted small-text">
          {t('searchFilters.problems', {
            problems: problems.map((p) => `${p.token} (${p.message})`).join('; '),
          })}
        </p>
      ) : null}
      {progress ? (
        <p className="muted small-text" role="status">
          {t('search.indexing', { done: String(progress.done), total: String(progress.total) })}
        </p>
      ) : null}
      {!results ? (
        <Loading />
      ) : (
        <div className="search-results" aria-busy={stale || undefined}>
          {groups.length === 0 && !progress && !stale ? (
            <p role="status">{t('search.noResults')}</p>
          ) : null}
          {groups.map((group) => (
            <section key={group} aria-labelledby={`search-${group}`}>
              <h2 id={`search-${group}`}>
                {GROUP_LABEL[group]()} <span className="muted">({results[group].total})</span>
              </h2>
              <ul className="result-list">
                {options
                  .filter((o) => o.group === group)
                  .map(({ hit, href, domId }) => (
                    <li key={domId}>
                      <div className="search-hit">
                        <a href={href}>{hit.title}</a>
                        {hit.snippet ? (
                          <span className="search-option-snippet small-text">
                            <HighlightedText
                              text={hit.snippet.text}
                              highlights={hit.snippet.highlights}
                            />
                          </span>
                        ) : null}
                      </div>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
