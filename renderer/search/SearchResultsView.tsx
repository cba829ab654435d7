import './searchPopover.css';
import type { SearchGroupName } from '../../shared/search/index.js';
import { t } from '../i18n/t';
import { Loading } from '../components/Loading';
import { HighlightedText } from './HighlightedText';
import { searchOptions } from './searchOptions';
import { useSearchResults } from './useSearchResults';

const LIMIT = 50;
const GROUP_LABEL: Record<SearchGroupName, () => string> = {
  cases: () => t('search.cases'),
  sources: () => t('search.sources'),
  notes: () => t('search.notes'),
};

/** The search page (#/search?q=…): every group with more results than the popover shows. */
export function SearchResultsView({ query }: { query: string }) {
  const { results, progress } = useSearchResults({ text: query, limit: LIMIT });

  if (!query.trim()) {
    return (
      <div className="list-view">
        <h1>{t('search.title')}</h1>
        <p className="muted">{t('search.typeSomething')}</p>
      </div>
    );
  }
  if (!results) return <Loading />;
  const options = searchOptions(results);
  const groups = (['cases', 'sources', 'notes'] as const).filter((g) => results[g].hits.length > 0);
  return (
    <div className="list-view search-view">
      <h1>{t('search.resultsFor', { query })}</h1>
      {progress ? (
        <p className="muted small-text" role="status">
          {t('search.indexing', { done: String(progress.done), total: String(progress.total) })}
        </p>
      ) : null}
      {groups.length === 0 && !progress ? <p role="status">{t('search.noResults')}</p> : null}
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
  );
}
