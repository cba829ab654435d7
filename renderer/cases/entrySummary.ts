import type {
  Affiliation,
  CaseFactField,
  CaseFile,
  CodeArticle,
  DetentionPlace,
  FactRef,
  LegalCase,
  NameEntry,
  Sentence,
  StatusEntry,
  TimelineEvent,
} from '../../shared/model/index.js';
import { formatPartialDate } from '../../shared/model/index.js';
import { t } from '../i18n/t';

/** One-line descriptions of case file entries, for citation lists and the cite dialog. */
const dated = (date: string | null, text: string) =>
  date ? `${formatPartialDate(date)} · ${text}` : text;
const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function articleLabel(a: CodeArticle): string {
  return a.part
    ? t('legal.articlePartLabel', { article: a.article, part: a.part })
    : t('legal.articleLabel', { article: a.article });
}

export function sentenceLabel(s: Sentence): string {
  const parts: string[] = [];
  if (s.months !== null) {
    const years = Math.floor(s.months / 12);
    const months = s.months % 12;
    const term = [
      years > 0 ? t('legal.sentenceYears', { count: years }) : '',
      months > 0 || years === 0 ? t('legal.sentenceMonths', { count: months }) : '',
    ].filter(Boolean);
    parts.push(term.join(' '));
  }
  if (s.regime) parts.push(t(`regime.${s.regime}`).toLowerCase());
  const structured = parts.join(', ');
  return structured && s.text ? `${structured} (${s.text})` : structured || s.text;
}

export const summarize = {
  names: (n: NameEntry) => `${n.text} (${t(`script.${n.script}`)})`,
  affiliations: (a: Affiliation) => (a.role ? `${a.name}, ${a.role}` : a.name),
  statusHistory: (s: StatusEntry) => dated(s.date, t(`status.${s.status}`)),
  events: (e: TimelineEvent) => dated(e.date, clip(e.text)),
  legalCases: (l: LegalCase, index: number) => {
    const articles = l.articles.map(articleLabel).join(', ');
    const when = l.verdictDate ?? l.arrestDate;
    const label = [t('legal.case', { index: index + 1 }), articles].filter(Boolean).join(': ');
    return when ? `${label} · ${formatPartialDate(when)}` : label;
  },
  detention: (d: DetentionPlace) => {
    const span = [d.from, d.to].map((x) => (x ? formatPartialDate(x) : '')).join('–');
    return span === '–' ? d.place : `${d.place} · ${span}`;
  },
};

type ListField = Exclude<CaseFactField, 'birthDate' | 'gender' | 'occupation'>;

/** The entries of a list field as {id, label}, in the case file's order. */
export function entriesOf(c: CaseFile, field: ListField): { id: string; label: string }[] {
  switch (field) {
    case 'names':
      return c.names.map((e) => ({ id: e.id, label: summarize.names(e) }));
    case 'affiliations':
      return c.affiliations.map((e) => ({ id: e.id, label: summarize.affiliations(e) }));
    case 'statusHistory':
      return c.statusHistory.map((e) => ({ id: e.id, label: summarize.statusHistory(e) }));
    case 'events':
      return c.events.map((e) => ({ id: e.id, label: summarize.events(e) }));
    case 'legalCases':
      return c.legalCases.map((e, i) => ({ id: e.id, label: summarize.legalCases(e, i) }));
    case 'detention':
      return c.detention.map((e) => ({ id: e.id, label: summarize.detention(e) }));
  }
}

/** "Status: 11 Sep 2025 · Released", "Birth date", or "Event (entry removed)". */
export function factLabel(c: CaseFile, fact: FactRef): string {
  const field = t(`fact.${fact.field}`);
  if (fact.entryId === null) return field;
  const entry = entriesOf(c, fact.field as ListField).find((e) => e.id === fact.entryId);
  return entry ? `${field}: ${entry.label}` : t('fact.removedEntry', { field });
}
