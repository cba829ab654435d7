import { useMemo } from 'react';
import { currentStatusOf, formatPartialDate } from '../../shared/model/index.js';
import { useCaseList, useSourceList } from '../db';
import { t } from '../i18n/t';
import { href } from '../router/navigation';
import { Loading } from '../components/Loading';
import { StatusBadge } from '../components/StatusBadge';
import { namesForList } from '../cases/namesForList';
import { matchesAllWords } from './normalizeForMatch';

const LIMIT = 50;

/**
 * Interim search (issue 3 brings the real one): case files whose names, and sources whose
 * title or publisher, contain every typed word, ignoring case and diacritics.
 */
export function SearchResultsView({ query }: { query: string }) {
  const cases = useCaseList({});
  const sources = useSourceList();
  const results = useMemo(() => {
    if (!query.trim() || !cases || !sources) return null;
    return {
      cases: cases.filter((c) => matchesAllWords(c.names.map((n) => n.text).join(' '), query)),
      sources: sources.filter((s) =>
        matchesAllWords(`${s.title} ${s.publisher} ${s.author}`, query),
      ),
    };
  }, [query, cases, sources]);

  if (!query.trim()) {
    return (
      <div className="list-view">
        <h1>{t('search.title')}</h1>
        <p className="muted">{t('search.typeSomething')}</p>
      </div>
    );
  }
  if (!results) return <Loading />;
  const none = results.cases.length === 0 && results.sources.length === 0;
  return (
    <div className="list-view search-view">
      <h1>{t('search.resultsFor', { query })}</h1>
      <p className="muted small-text">{t('search.basicHint')}</p>
      {none ? <p role="status">{t('search.noResults')}</p> : null}
      {results.cases.length > 0 ? (
        <section aria-labelledby="search-cases">
          <h2 id="search-cases">
            {t('search.cases')} <span className="muted">({results.cases.length})</span>
          </h2>
          <ul className="result-list">
            {results.cases.slice(0, LIMIT).map((c) => {
              const names = namesForList(c);
              return (
                <li key={c.id}>
                  <a href={href.caseFile(c.id)}>{names.display}</a>
                  {names.cyrillic.length > 0 ? (
                    <span className="alt-names"> {names.cyrillic.join(' · ')}</span>
                  ) : null}{' '}
                  <StatusBadge status={currentStatusOf(c)?.status ?? null} />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {results.sources.length > 0 ? (
        <section aria-labelledby="search-sources">
          <h2 id="search-sources">
            {t('search.sources')} <span className="muted">({results.sources.length})</span>
          </h2>
          <ul className="result-list">
            {results.sources.slice(0, LIMIT).map((s) => (
              <li key={s.id}>
                <a href={href.source(s.id)}>{s.title || t('sources.untitled')}</a>
                <span className="muted">
                  {' '}
                  {[s.publisher, s.date ? formatPartialDate(s.date) : '']
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
