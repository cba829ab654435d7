import type { ArticleFilter, SearchFilters } from '../../../shared/search/index.js';
import { t } from '../../i18n/t';

/** One active filter, as a removable chip. */
export interface FilterChip {
  key: string;
  /** "Status: Released", also the chip's accessible name. */
  label: string;
  /** The filters without this one. */
  without: SearchFilters;
}

export function articleLabel(a: ArticleFilter): string {
  return a.part === null
    ? t('searchFilters.articleAny', { article: a.article })
    : t('searchFilters.articlePart', { article: a.article, part: a.part });
}

const GROUP_LABEL = {
  cases: () => t('search.cases'),
  sources: () => t('search.sources'),
  notes: () => t('search.notes'),
} as const;

/**
 * The chips for a set of filters, in the order of the controls. `tagName` turns a tag id
 * (what the page keeps) into its name; a typed-in name comes back as it is.
 */
export function filterChips(f: SearchFilters, tagName: (idOrName: string) => string): FilterChip[] {
  const chip = (key: string, name: string, value: string, without: SearchFilters): FilterChip => ({
    key,
    label: t('searchFilters.chip', { key: name, value }),
    without,
  });
  const chips: FilterChip[] = [];
  for (const s of f.statuses ?? [])
    chips.push(
      chip(`status:${s}`, t('searchFilters.status'), t(`status.${s}`), {
        ...f,
        statuses: drop(f.statuses, s),
      }),
    );
  for (const tag of f.tags ?? [])
    chips.push(
      chip(`tag:${tag}`, t('searchFilters.tag'), tagName(tag), { ...f, tags: drop(f.tags, tag) }),
    );
  for (const a of f.articles ?? [])
    chips.push(
      chip(`article:${a.article}-${a.part ?? ''}`, t('searchFilters.article'), articleLabel(a), {
        ...f,
        articles: drop(f.articles, a),
      }),
    );
  for (const p of f.publishers ?? [])
    chips.push(
      chip(`publisher:${p}`, t('searchFilters.publisher'), p, {
        ...f,
        publishers: drop(f.publishers, p),
      }),
    );
  if (f.from !== undefined)
    chips.push(chip('from', t('searchFilters.from'), f.from, { ...f, from: undefined }));
  if (f.to !== undefined)
    chips.push(chip('to', t('searchFilters.to'), f.to, { ...f, to: undefined }));
  for (const g of f.groups ?? [])
    chips.push(
      chip(`in:${g}`, t('searchFilters.in'), GROUP_LABEL[g](), { ...f, groups: drop(f.groups, g) }),
    );
  return chips.map((c) => ({ ...c, without: compact(c.without) }));
}

function drop<T>(list: T[] | undefined, value: T): T[] {
  return (list ?? []).filter((v) => v !== value);
}

/** Without empty lists and unset bounds, the form the route keeps. */
export function compact(f: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  if (f.statuses?.length) out.statuses = f.statuses;
  if (f.tags?.length) out.tags = f.tags;
  if (f.articles?.length) out.articles = f.articles;
  if (f.publishers?.length) out.publishers = f.publishers;
  if (f.from !== undefined) out.from = f.from;
  if (f.to !== undefined) out.to = f.to;
  if (f.groups?.length) out.groups = f.groups;
  return out;
}
