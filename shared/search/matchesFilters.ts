import { foldText } from '../names/foldText.js';
import { dateInRange } from './dateRange.js';
import type { DocMeta } from './docMeta.js';
import { groupOf } from './docMeta.js';
import type { SearchFilters } from './parseQuery.js';

/**
 * Whether a document passes the filters. A filter applies to the documents that have what it
 * tests; notes take their case's status, tags, articles and dates, annotations their source's
 * publisher and date. Documents that cannot have the attribute are left out while the filter
 * is set (status:released shows case files and their notes, no sources).
 */
export function matchesFilters(
  meta: DocMeta,
  f: SearchFilters,
  parentOf: (m: DocMeta) => DocMeta | undefined,
): boolean {
  if (f.groups && !f.groups.includes(groupOf(meta.kind))) return false;
  const owner = meta.kind === 'note' || meta.kind === 'annotation' ? parentOf(meta) : meta;
  const caseOwner = owner?.kind === 'case' ? owner : undefined;
  const sourceOwner = owner?.kind === 'source' ? owner : undefined;

  if (f.statuses && !(caseOwner?.status && f.statuses.includes(caseOwner.status))) return false;
  if (f.tags) {
    const names = new Set(caseOwner?.tagNames.map(foldText) ?? []);
    const ids = new Set(caseOwner?.tagIds ?? []);
    if (!f.tags.some((t) => ids.has(t) || names.has(foldText(t)))) return false;
  }
  if (f.articles) {
    const has = caseOwner?.articles ?? [];
    const ok = f.articles.some((want) =>
      has.some((a) => a.article === want.article && (want.part === null || a.part === want.part)),
    );
    if (!ok) return false;
  }
  if (f.publishers) {
    const publisher = foldText(sourceOwner?.publisher ?? '');
    if (!sourceOwner || !f.publishers.some((p) => publisher.includes(foldText(p)))) return false;
  }
  if (f.from !== undefined || f.to !== undefined) {
    const dates = caseOwner ? caseOwner.statusDates : sourceOwner?.date ? [sourceOwner.date] : [];
    if (!dates.some((d) => dateInRange(d, f.from, f.to))) return false;
  }
  return true;
}
