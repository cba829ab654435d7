import type { CaseStatus } from '../model/caseFile.js';
import { CASE_STATUSES } from '../model/caseStatuses.js';

/**
 * The search box language:
 *
 *   free words            15 years RFE/RL        (ranked; more words matched ranks higher)
 *   "a phrase"            "mass riots"           (must occur exactly, words in this order)
 *   +word / +"phrase"     +Minsk                 (must occur)
 *   -word / -"phrase"     -Lukashenko            (must not occur)
 *   status:released       current status of a case file (any CASE_STATUSES value, or a
 *                         unique part of one: status:exiled, status:incommunicado)
 *   tag:journalist        a tag of the case file (by name or id)
 *   article:342           article of the criminal code; article:342-2 (or 342/2, "342 part 2")
 *                         for part 2; art: is the same key
 *   publisher:"Associated Press"   part of the source's publisher
 *   from:2021 to:2025-09 date:2024  date range (partial dates), on source dates and status dates
 *   in:cases / in:sources / in:notes  which groups to search
 *
 * Values may be quoted; several values of one key are separated by commas or given as
 * several tokens, and any of them may match. A token with an unknown key (`http://…`,
 * `note:this`) is an ordinary word. Parsing never throws: what it cannot use is reported in
 * `problems`, for the UI to show, and left out.
 */

export type SearchGroupName = 'cases' | 'sources' | 'notes';

export interface ArticleFilter {
  article: string;
  /** null: any part. */
  part: string | null;
}

/** Filters, from the query text or passed by the UI as a structured object. */
export interface SearchFilters {
  statuses?: CaseStatus[];
  tags?: string[];
  articles?: ArticleFilter[];
  publishers?: string[];
  /** Partial dates, inclusive: from:2021 starts on 1 Jan 2021, to:2025-09 ends on 30 Sep 2025. */
  from?: string;
  to?: string;
  groups?: SearchGroupName[];
}

export interface QueryProblem {
  /** The token as typed. */
  token: string;
  message: string;
}

export interface ParsedQuery {
  /** Free words as typed (RFE/RL stays one word here; the index splits it). */
  words: string[];
  /** Phrases that must occur. */
  phrases: string[];
  /** Words that must occur. */
  must: string[];
  /** Words and phrases that must not occur. */
  mustNot: string[];
  filters: SearchFilters;
  /** true when the text ends inside the last free word (no space after it): search it as a prefix. */
  lastWordIsPartial: boolean;
  problems: QueryProblem[];
}

const FILTER_KEYS: Readonly<Record<string, keyof SearchFilters | 'date'>> = {
  status: 'statuses',
  tag: 'tags',
  article: 'articles',
  art: 'articles',
  publisher: 'publishers',
  from: 'from',
  to: 'to',
  date: 'date',
  in: 'groups',
};

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u;
const ARTICLE =
  /^(\d{1,4}(?:\.\d{1,3})?)(?:\s*(?:[-/:]|p\.?|part|ч\.?|частка|часть)\s*(\d{1,2}))?$/iu;
const GROUPS: Readonly<Record<string, SearchGroupName>> = {
  case: 'cases',
  cases: 'cases',
  source: 'sources',
  sources: 'sources',
  note: 'notes',
  notes: 'notes',
  annotation: 'notes',
  annotations: 'notes',
};

interface RawToken {
  sign: '' | '+' | '-';
  key: string | null;
  value: string;
  quoted: boolean;
  raw: string;
}

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = {
    words: [],
    phrases: [],
    must: [],
    mustNot: [],
    filters: {},
    lastWordIsPartial: false,
    problems: [],
  };
  const tokens = tokenize(input);
  tokens.forEach((t, i) => {
    if (t.key !== null) {
      if (t.sign === '-') {
        q.problems.push({ token: t.raw, message: 'a filter cannot be negated; it was left out' });
      } else {
        applyFilter(q, t);
      }
      return;
    }
    const value = t.value.trim();
    const bareKey = /^(\p{L}+):$/u.exec(value)?.[1]?.toLowerCase();
    if (bareKey !== undefined && FILTER_KEYS[bareKey] !== undefined) {
      q.problems.push({ token: t.raw, message: `${bareKey}: needs a value` });
      return;
    }
    // A lone "-", "+" or punctuation carries nothing to search for.
    if (!/[\p{L}\p{N}]/u.test(value)) return;
    if (t.sign === '-') q.mustNot.push(value);
    else if (t.quoted) q.phrases.push(value);
    else if (t.sign === '+') q.must.push(value);
    else {
      q.words.push(value);
      q.lastWordIsPartial = i === tokens.length - 1 && !/\s$/u.test(input);
    }
  });
  return q;
}

/** Splits on whitespace outside quotes; recognises +, -, key: and "quoted values". */
function tokenize(input: string): RawToken[] {
  const out: RawToken[] = [];
  const re = /([+-]?)(?:([\p{L}]+):)?(?:"([^"]*)"?|(\S+))/gu;
  for (const m of input.matchAll(re)) {
    const [raw, sign = '', key, quoted, bare] = m;
    const known = key !== undefined && FILTER_KEYS[key.toLowerCase()] !== undefined;
    if (key !== undefined && !known) {
      // Not a filter: the key and its value are one ordinary word ("note:this").
      out.push({
        sign: sign as RawToken['sign'],
        key: null,
        value: raw.slice(sign.length),
        quoted: false,
        raw,
      });
      continue;
    }
    out.push({
      sign: sign as RawToken['sign'],
      key: known ? (key ?? '').toLowerCase() : null,
      value: quoted ?? bare ?? '',
      quoted: quoted !== undefined,
      raw,
    });
  }
  return out;
}

function applyFilter(q: ParsedQuery, t: RawToken): void {
  const target = FILTER_KEYS[t.key ?? ''];
  const values = (t.quoted ? [t.value] : t.value.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (values.length === 0) {
    q.problems.push({ token: t.raw, message: `${t.key ?? ''}: needs a value` });
    return;
  }
  const f = q.filters;
  for (const v of values) {
    switch (target) {
      case 'statuses': {
        const status = statusFrom(v);
        if (status) f.statuses = addUnique(f.statuses, status);
        else
          q.problems.push({
            token: t.raw,
            message: `unknown status "${v}"; use one of ${CASE_STATUSES.join(', ')}`,
          });
        break;
      }
      case 'tags':
        f.tags = addUnique(f.tags, v);
        break;
      case 'publishers':
        f.publishers = addUnique(f.publishers, v);
        break;
      case 'articles': {
        const m = ARTICLE.exec(v);
        if (m?.[1]) {
          const filter = { article: m[1], part: m[2] ?? null };
          if (
            !(f.articles ?? []).some((a) => a.article === filter.article && a.part === filter.part)
          )
            f.articles = [...(f.articles ?? []), filter];
        } else
          q.problems.push({
            token: t.raw,
            message: `"${v}" is not an article number such as 342 or 342-2`,
          });
        break;
      }
      case 'from':
      case 'to':
      case 'date':
        if (!PARTIAL_DATE.test(v)) {
          q.problems.push({
            token: t.raw,
            message: `"${v}" is not a date like 2021, 2021-08 or 2021-08-09`,
          });
        } else {
          if (target !== 'to') f.from = v;
          if (target !== 'from') f.to = v;
        }
        break;
      case 'groups': {
        const g = GROUPS[v.toLowerCase()];
        if (g) f.groups = addUnique(f.groups, g);
        else
          q.problems.push({
            token: t.raw,
            message: `in: takes cases, sources or notes, not "${v}"`,
          });
        break;
      }
      default:
        break;
    }
  }
}

/** An exact status, or the one status that contains the word (exiled, incommunicado, died). */
function statusFrom(value: string): CaseStatus | null {
  const v = value.toLowerCase().replace(/[\s-]+/gu, '_');
  const exact = CASE_STATUSES.find((s) => s === v);
  if (exact) return exact;
  const partial = CASE_STATUSES.filter(
    (s) => s.split('_').some((part) => part.startsWith(v)) || s.startsWith(v),
  );
  return partial.length === 1 ? (partial[0] ?? null) : null;
}

function addUnique<T>(list: T[] | undefined, value: T): T[] {
  return list?.includes(value) ? list : [...(list ?? []), value];
}

/**
 * Filters from the query text and from the UI together: lists are joined, a date bound set
 * by the UI wins over one typed in the text.
 */
export function mergeFilters(
  fromText: SearchFilters,
  fromUi: SearchFilters | undefined,
): SearchFilters {
  if (!fromUi) return fromText;
  const join = <T>(a: T[] | undefined, b: T[] | undefined): T[] | undefined =>
    a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
  const merged: SearchFilters = {};
  const statuses = join(fromText.statuses, fromUi.statuses);
  const tags = join(fromText.tags, fromUi.tags);
  const publishers = join(fromText.publishers, fromUi.publishers);
  const groups = join(fromText.groups, fromUi.groups);
  const articles = [...(fromText.articles ?? []), ...(fromUi.articles ?? [])];
  if (statuses) merged.statuses = statuses;
  if (tags) merged.tags = tags;
  if (publishers) merged.publishers = publishers;
  if (groups) merged.groups = groups;
  if (articles.length > 0) merged.articles = articles;
  const from = fromUi.from ?? fromText.from;
  const to = fromUi.to ?? fromText.to;
  if (from !== undefined) merged.from = from;
  if (to !== undefined) merged.to = to;
  return merged;
}
