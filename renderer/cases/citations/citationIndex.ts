import type { CaseFile, FactRef } from '../../../shared/model/index.js';
import type { CitationView } from '../../db';
import { timelineOf } from '../timelineOf';

export interface NumberedCitation {
  number: number;
  citation: CitationView;
  /** false when the fact it backs is no longer in the case file (its entry was removed). */
  factExists: boolean;
}

export interface CitationIndex {
  ordered: NumberedCitation[];
  byFact: ReadonlyMap<string, NumberedCitation[]>;
}

export function factKey(fact: FactRef): string {
  return `${fact.field}:${fact.entryId ?? ''}`;
}

/** The facts of a case file in the order the case file view shows them. */
export function factOrder(c: CaseFile): string[] {
  const list = (field: FactRef['field'], entries: readonly { id: string }[]) =>
    entries.map((e) => factKey({ field, entryId: e.id }));
  return [
    ...list('names', c.names),
    factKey({ field: 'birthDate', entryId: null }),
    factKey({ field: 'gender', entryId: null }),
    factKey({ field: 'occupation', entryId: null }),
    ...timelineOf(c).map((item) =>
      factKey({
        field: item.kind === 'status' ? 'statusHistory' : 'events',
        entryId: item.entry.id,
      }),
    ),
    ...list('legalCases', c.legalCases),
    ...list('detention', c.detention),
    ...list('affiliations', c.affiliations),
  ];
}

/**
 * Numbers a case file's citations like footnotes: in the order their facts appear on the
 * page, several citations of one fact by when they were made. Citations of removed entries
 * come last, so nothing cited is ever hidden.
 */
export function numberCitations(c: CaseFile, citations: readonly CitationView[]): CitationIndex {
  const rank = new Map(factOrder(c).map((key, i) => [key, i]));
  const sorted = [...citations].sort((a, b) => {
    const ra = rank.get(factKey(a.fact)) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(factKey(b.fact)) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || a.meta.createdAt.localeCompare(b.meta.createdAt) || a.id.localeCompare(b.id);
  });
  const ordered = sorted.map((citation, i) => ({
    number: i + 1,
    citation,
    factExists: rank.has(factKey(citation.fact)),
  }));
  const byFact = new Map<string, NumberedCitation[]>();
  for (const n of ordered) {
    const key = factKey(n.citation.fact);
    byFact.set(key, [...(byFact.get(key) ?? []), n]);
  }
  return { ordered, byFact };
}
