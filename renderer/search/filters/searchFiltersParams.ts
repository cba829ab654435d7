import { CASE_STATUSES, type CaseStatus } from '../../../shared/model/index.js';
import type {
  ArticleFilter,
  SearchFilters,
  SearchGroupName,
} from '../../../shared/search/index.js';

/**
 * The search page's chosen filters as URL parameters, so that a reload, back and forward and
 * a copied link keep them. One parameter per value (status=released&status=pardoned), so a
 * value may hold any character, commas included. Values the app could not have written
 * (a hand-edited link) are dropped rather than reported: the page shows what it applies.
 */

const GROUPS: readonly SearchGroupName[] = ['cases', 'sources', 'notes'];
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u;
const ARTICLE = /^(\d{1,4}(?:\.\d{1,3})?)(?:-(\d{1,2}))?$/u;
/** Cross-script matching is on unless the link says otherwise. */
const CROSS_SCRIPT_OFF = 'off';

export interface SearchFilterState {
  filters: SearchFilters;
  crossScript: boolean;
}

/** "342" or "342-2" (article 342 part 2). */
export function articleParam(a: ArticleFilter): string {
  return a.part === null ? a.article : `${a.article}-${a.part}`;
}

export function writeSearchFilters(
  params: URLSearchParams,
  { filters, crossScript }: SearchFilterState,
): void {
  for (const s of filters.statuses ?? []) params.append('status', s);
  for (const tag of filters.tags ?? []) params.append('tag', tag);
  for (const a of filters.articles ?? []) params.append('article', articleParam(a));
  for (const p of filters.publishers ?? []) params.append('publisher', p);
  if (filters.from !== undefined) params.set('from', filters.from);
  if (filters.to !== undefined) params.set('to', filters.to);
  for (const g of filters.groups ?? []) params.append('in', g);
  if (!crossScript) params.set('names', CROSS_SCRIPT_OFF);
}

export function readSearchFilters(params: URLSearchParams): SearchFilterState {
  const filters: SearchFilters = {};
  const statuses = unique(params.getAll('status').filter(isStatus));
  const tags = unique(params.getAll('tag').filter((v) => v !== ''));
  const articles = uniqueArticles(params.getAll('article').flatMap(articleFrom));
  const publishers = unique(params.getAll('publisher').filter((v) => v !== ''));
  const groups = unique(params.getAll('in').filter(isGroup));
  const from = params.get('from');
  const to = params.get('to');
  if (statuses.length > 0) filters.statuses = statuses;
  if (tags.length > 0) filters.tags = tags;
  if (articles.length > 0) filters.articles = articles;
  if (publishers.length > 0) filters.publishers = publishers;
  if (from !== null && PARTIAL_DATE.test(from)) filters.from = from;
  if (to !== null && PARTIAL_DATE.test(to)) filters.to = to;
  if (groups.length > 0) filters.groups = groups;
  return { filters, crossScript: params.get('names') !== CROSS_SCRIPT_OFF };
}

/** Whether a string is a partial date the query language takes (2021, 2021-08, 2021-08-09). */
export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

/** How many filters are set (a date range counts once per bound). */
export function countFilters(f: SearchFilters): number {
  return (
    (f.statuses?.length ?? 0) +
    (f.tags?.length ?? 0) +
    (f.articles?.length ?? 0) +
    (f.publishers?.length ?? 0) +
    (f.groups?.length ?? 0) +
    (f.from === undefined ? 0 : 1) +
    (f.to === undefined ? 0 : 1)
  );
}

function isStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

function isGroup(value: string): value is SearchGroupName {
  return (GROUPS as readonly string[]).includes(value);
}

function articleFrom(value: string): ArticleFilter[] {
  const m = ARTICLE.exec(value);
  return m?.[1] ? [{ article: m[1], part: m[2] ?? null }] : [];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function uniqueArticles(values: ArticleFilter[]): ArticleFilter[] {
  const seen = new Set<string>();
  return values.filter((a) => {
    const key = articleParam(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
