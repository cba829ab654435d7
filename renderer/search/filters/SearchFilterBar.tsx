import { useId } from 'react';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/model/index.js';
import type { SearchFilters } from '../../../shared/search/index.js';
import { type SearchFilterOptions, type TagWithCount } from '../../db';
import { t } from '../../i18n/t';
import { DateBoundField } from './DateBoundField';
import { articleLabel, compact } from './filterChips';
import { articleParam } from './searchFiltersParams';

interface Props {
  filters: SearchFilters;
  crossScript: boolean;
  tags: readonly TagWithCount[];
  options: SearchFilterOptions | undefined;
  onFilters: (filters: SearchFilters) => void;
  onCrossScript: (on: boolean) => void;
}

/**
 * The search page's filter controls. Each list control chooses one value (several, for a
 * key, can be typed: status:released,pardoned); what is chosen shows as a chip as well.
 * Choosing "Any" removes that filter.
 */
export function SearchFilterBar({
  filters,
  crossScript,
  tags,
  options,
  onFilters,
  onCrossScript,
}: Props) {
  const id = useId();
  const set = (patch: SearchFilters) => onFilters(compact({ ...filters, ...patch }));
  const articles = options?.articles ?? [];
  const publishers = options?.publishers ?? [];
  const chosenArticle = filters.articles?.[0];
  return (
    <div className="search-filters" role="group" aria-label={t('searchFilters.label')}>
      <div className="search-filter-row">
        <label className="field">
          <span className="field-label">{t('searchFilters.status')}</span>
          <select
            value={filters.statuses?.[0] ?? ''}
            onChange={(e) =>
              set({ statuses: e.target.value ? [e.target.value as CaseStatus] : undefined })
            }
          >
            <option value="">{t('searchFilters.any')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('searchFilters.tag')}</span>
          <select
            value={tagValue(filters.tags?.[0], tags)}
            onChange={(e) => set({ tags: e.target.value ? [e.target.value] : undefined })}
          >
            <option value="">{t('searchFilters.any')}</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('searchFilters.article')}</span>
          <select
            value={chosenArticle ? articleParam(chosenArticle) : ''}
            disabled={articles.length === 0 && !chosenArticle}
            onChange={(e) => {
              const a = articles.find((x) => articleParam(x) === e.target.value);
              set({ articles: a ? [a] : undefined });
            }}
          >
            <option value="">
              {articles.length === 0 ? t('searchFilters.noneInArchive') : t('searchFilters.any')}
            </option>
            {withChosen(articles, chosenArticle, articleParam).map((a) => (
              <option key={articleParam(a)} value={articleParam(a)}>
                {articleLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('searchFilters.publisher')}</span>
          <select
            value={filters.publishers?.[0] ?? ''}
            disabled={publishers.length === 0 && !filters.publishers}
            onChange={(e) => set({ publishers: e.target.value ? [e.target.value] : undefined })}
          >
            <option value="">
              {publishers.length === 0 ? t('searchFilters.noneInArchive') : t('searchFilters.any')}
            </option>
            {withChosen(publishers, filters.publishers?.[0], (p) => p).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <DateBoundField
          label={t('searchFilters.from')}
          value={filters.from}
          onChange={(from) => set({ from })}
        />
        <DateBoundField
          label={t('searchFilters.to')}
          value={filters.to}
          onChange={(to) => set({ to })}
        />
      </div>
      <div className="search-filter-switch">
        <label className="checkbox-field">
          <input
            type="checkbox"
            role="switch"
            checked={crossScript}
            aria-describedby={`${id}-cross-hint`}
            onChange={(e) => onCrossScript(e.target.checked)}
          />
          {t('searchFilters.crossScript')}
        </label>
        <small id={`${id}-cross-hint`} className="muted">
          {t('searchFilters.crossScriptHint')}
        </small>
      </div>
    </div>
  );
}

/** The select's value for a tag filter: its id, also when it was typed as a name. */
function tagValue(tag: string | undefined, tags: readonly TagWithCount[]): string {
  if (tag === undefined) return '';
  return tags.find((x) => x.id === tag || x.name === tag)?.id ?? '';
}

/** The options, plus the chosen value when the archive no longer has it (a copied link). */
function withChosen<T>(list: readonly T[], chosen: T | undefined, key: (v: T) => string): T[] {
  if (chosen === undefined || list.some((v) => key(v) === key(chosen))) return [...list];
  return [chosen, ...list];
}
