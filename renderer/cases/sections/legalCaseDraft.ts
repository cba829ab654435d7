import type { LegalCase, SENTENCE_REGIMES } from '../../../shared/model/index.js';
import { newId } from '../../../shared/model/index.js';
import { dateOrNull } from './listDraft';

export type Regime = (typeof SENTENCE_REGIMES)[number];

export interface ArticleDraft {
  code: string;
  article: string;
  part: string;
}
export interface FineDraft {
  amount: string;
  currency: string;
  text: string;
}
/** A legal case as its form edits it: numbers and dates as typed, charges one per line. */
export interface LegalCaseDraft {
  id: string;
  articles: ArticleDraft[];
  charges: string;
  court: string;
  arrestDate: string;
  verdictDate: string;
  years: string;
  months: string;
  regime: Regime | '';
  sentenceText: string;
  fines: FineDraft[];
  note: string;
}

/** The Criminal Code of the Republic of Belarus, the code most cases cite. */
export const DEFAULT_CODE = 'BY-CC';

export function emptyLegalCase(): LegalCaseDraft {
  return {
    id: newId(),
    articles: [],
    charges: '',
    court: '',
    arrestDate: '',
    verdictDate: '',
    years: '',
    months: '',
    regime: '',
    sentenceText: '',
    fines: [],
    note: '',
  };
}

export function toLegalCaseDraft(l: LegalCase): LegalCaseDraft {
  const months = l.sentence?.months ?? null;
  return {
    id: l.id,
    articles: l.articles.map((a) => ({ code: a.code, article: a.article, part: a.part ?? '' })),
    charges: l.charges.join('\n'),
    court: l.court,
    arrestDate: l.arrestDate ?? '',
    verdictDate: l.verdictDate ?? '',
    years: months === null ? '' : String(Math.floor(months / 12)),
    months: months === null ? '' : String(months % 12),
    regime: l.sentence?.regime ?? '',
    sentenceText: l.sentence?.text ?? '',
    fines: l.fines.map((f) => ({
      amount: f.amount === null ? '' : String(f.amount),
      currency: f.currency,
      text: f.text,
    })),
    note: l.note,
  };
}

/** A whole number as typed, NaN when it is not one (the schema then says so at its path). */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function amount(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function fromLegalCaseDraft(d: LegalCaseDraft): LegalCase {
  const hasTerm = d.years.trim() !== '' || d.months.trim() !== '';
  const months = hasTerm
    ? (d.years.trim() ? wholeNumber(d.years) : 0) * 12 +
      (d.months.trim() ? wholeNumber(d.months) : 0)
    : null;
  const hasSentence = hasTerm || d.regime !== '' || d.sentenceText.trim() !== '';
  return {
    id: d.id,
    articles: d.articles.map((a) => ({
      code: a.code.trim() || DEFAULT_CODE,
      article: a.article.trim(),
      part: a.part.trim() === '' ? null : a.part.trim(),
    })),
    charges: d.charges
      .split('\n')
      .map((c) => c.trim())
      .filter(Boolean),
    court: d.court.trim(),
    arrestDate: dateOrNull(d.arrestDate),
    verdictDate: dateOrNull(d.verdictDate),
    sentence: hasSentence
      ? { months, regime: d.regime === '' ? null : d.regime, text: d.sentenceText.trim() }
      : null,
    fines: d.fines.map((f) => ({
      amount: amount(f.amount),
      currency: f.currency.trim(),
      text: f.text.trim(),
    })),
    note: d.note.trim(),
  };
}
