import type { AsPlainObject, MatchInfo, Query } from 'minisearch';
import { editDistance } from '../names/editDistance.js';
import { foldToken } from '../names/foldText.js';
import type { NameMatch, NameTier, SerializedNameIndex, TextRange } from '../names/NameIndex.js';
import { NameIndex } from '../names/NameIndex.js';
import { type WordSpan, wordSpans } from '../names/wordSpans.js';
import { acronymRuns } from './acronymRuns.js';
import type { DocMeta } from './docMeta.js';
import { docKey, groupOf, metaOf } from './docMeta.js';
import type { DocKind, IndexDoc } from './indexDocs.js';
import { leadSnippet, makeSnippet, type MatchSpec, type Snippet } from './makeSnippet.js';
import { matchesFilters } from './matchesFilters.js';
import { sortTop } from './sortTop.js';
import { FullTextIndex } from './FullTextIndex.js';
import {
  exactTermOptions,
  FIELD_BOOSTS,
  type FullTextDoc,
  type FullTextField,
  fuzzyDistance,
  WORD_FIELDS,
} from './miniSearchOptions.js';
import { nameKeyTerms, wordKeyTerms } from './nameKeyTerms.js';
import type { ParsedQuery, SearchFilters, SearchGroupName } from './parseQuery.js';
import { mergeFilters, parseQuery } from './parseQuery.js';
import { splitWords, termOf } from './termOf.js';

/**
 * The archive's search index: case files, sources, notes and annotations in one MiniSearch
 * full-text index, plus the NameIndex for people's names. Updated document by document
 * (add / update / remove), saved and restored whole (toJSON / fromJSON), built in chunks
 * with progress (buildSearchIndex). Pure: no DOM, no storage; the renderer runs it in a Web
 * Worker and keeps its JSON in IndexedDB.
 *
 * Ranking, within each group (case files, sources, notes):
 *  1. how many query words a document answers (a name match, a word, its prefix or typo, an
 *     acronym, a cross-script name key all count), most first;
 *  2. for case files, how well the person's names matched (NameIndex score: exact spelling
 *     above same skeleton above typo, so Statkevich never sinks below Stankevich);
 *  3. the BM25 score with field boosts.
 */

export interface SearchRequest {
  /** What was typed in the search box (see parseQuery for the syntax). */
  text: string;
  /** Filters chosen in the UI, joined with those typed in the text. */
  filters?: SearchFilters;
}

export interface SearchOptions {
  /** Match names across scripts and romanisations. Default true. */
  crossScript?: boolean;
  /** Search the word being typed as a prefix (when the text does not end with a space). Default true. */
  prefix?: boolean;
  /** Tolerate typos in longer words. Default true. */
  fuzzy?: boolean;
  /** Hits returned per group. Default 20. */
  limit?: number;
  /** Snippet length in code points. Default 200. */
  snippetLength?: number;
  /**
   * A source's text by source id, for snippets and to check phrases. Without it, source hits
   * have a snippet of their title only and phrases are assumed to match (the group is then
   * marked approximate).
   */
  textOf?: (sourceId: string) => string | undefined;
}

export interface AsyncSearchOptions extends SearchOptions {
  /** Reads source texts (e.g. from IndexedDB); called once per search with the ids it needs. */
  loadTexts: (sourceIds: string[]) => Promise<ReadonlyMap<string, string>>;
}

export interface SearchHit {
  kind: DocKind;
  id: string;
  /** Case: display name; source: title; note / annotation: its first line. */
  title: string;
  /** The case of a note, the source of an annotation; null otherwise. */
  parentId: string | null;
  /** Source date, when there is one. */
  date: string | null;
  /** How many of the query's words this document answers. */
  matchedWords: number;
  /** For ordering only; not comparable between searches. */
  score: number;
  snippet: Snippet | null;
  /** Case files found by a name: the name as written in the case file, with the match marked. */
  nameMatch: { name: string; highlights: TextRange[]; tier: NameTier } | null;
}

export interface SearchGroup {
  hits: SearchHit[];
  /** Documents in this group that match. */
  total: number;
  /** true when `total` is an estimate (phrases not checked against every text). */
  approximate: boolean;
}

export interface SearchResults {
  query: ParsedQuery;
  filters: SearchFilters;
  cases: SearchGroup;
  sources: SearchGroup;
  notes: SearchGroup;
}

export const SEARCH_INDEX_VERSION = 1;

export interface SerializedSearchIndex {
  format: 'kartoteka-search-index';
  version: number;
  miniSearch: AsPlainObject;
  docs: DocMeta[];
  names: SerializedNameIndex;
}

interface QueryTerm {
  /** The word as typed (a piece of it: RFE/RL gives RFE and RL). */
  raw: string;
  /** As an index term. */
  term: string;
  required: boolean;
  prefix: boolean;
  fuzzy: boolean;
  keyTerms: string[];
  /** Whether the name index should see it (free and +words, not phrase words). */
  forNames: boolean;
}

interface Candidate {
  meta: DocMeta;
  covered: Set<number>;
  msScore: number;
  nameScore: number;
  nameMatch: NameMatch | null;
  match: MatchInfo;
}

interface Plan {
  query: ParsedQuery;
  filters: SearchFilters;
  terms: QueryTerm[];
  phrases: string[][];
  mustNotPhrases: string[][];
  groups: Record<SearchGroupName, Candidate[]>;
  /** Very common words were checked only on the candidates of rarer ones: totals are estimates. */
  pruned: boolean;
}

interface Lookup {
  term: string;
  /** The query term it stands for. */
  query: number;
  weight: number;
  fields: FullTextField[];
  df: number;
}

const GROUPS: readonly SearchGroupName[] = ['cases', 'sources', 'notes'];
/** Candidates whose text is checked for phrases before a group is declared approximate. */
const PHRASE_CHECKS = 200;
/** A term is "common" above this many documents and this share of the archive. */
const COMMON_MIN = 500;
const COMMON_SHARE = 0.03;
/** Completions of the word being typed, and near spellings of an unknown word, looked up. */
const COMPLETIONS = 12;
const NEIGHBOURS = 8;

export class SearchIndex {
  private readonly docs: Map<string, DocMeta>;

  private constructor(
    private readonly fullText: FullTextIndex,
    private readonly names: NameIndex,
    docs: Map<string, DocMeta>,
  ) {
    this.docs = docs;
  }

  static create(): SearchIndex {
    return new SearchIndex(FullTextIndex.create(), new NameIndex(), new Map());
  }

  /** Documents indexed. */
  get size(): number {
    return this.docs.size;
  }

  has(kind: DocKind, id: string): boolean {
    return this.docs.has(docKey(kind, id));
  }

  /** Adds a document; throws if it is already there (use update). */
  add(doc: IndexDoc): void {
    const key = docKey(doc.kind, doc.id);
    if (this.docs.has(key)) throw new Error(`${key} is already indexed`);
    this.fullText.add(fullTextOf(doc));
    if (doc.kind === 'case') this.names.add({ id: doc.id, names: doc.names });
    this.docs.set(key, metaOf(doc));
  }

  /** Adds or replaces a document, without touching anything else in the index. */
  update(doc: IndexDoc): void {
    this.remove(doc.kind, doc.id);
    this.add(doc);
  }

  /** Removes a document; false if it was not indexed. */
  remove(kind: DocKind, id: string): boolean {
    const key = docKey(kind, id);
    if (!this.docs.has(key)) return false;
    // discard() needs only the id (remove() would need the original text back).
    this.fullText.discard(key);
    if (kind === 'case') this.names.remove(id);
    this.docs.delete(key);
    return true;
  }

  /** Adds many documents (replacing ones already there), reporting progress every `every`. */
  addAll(docs: Iterable<IndexDoc>, onProgress?: (done: number) => void, every = 500): number {
    let done = 0;
    for (const doc of docs) {
      this.update(doc);
      done++;
      if (onProgress && done % every === 0) onProgress(done);
    }
    onProgress?.(done);
    return done;
  }

  /** The name index, for findMentions and for name-only look-ups. */
  get nameIndex(): NameIndex {
    return this.names;
  }

  search(request: string | SearchRequest, options: SearchOptions = {}): SearchResults {
    const plan = this.plan(request, options);
    return this.finish(plan, options.textOf ?? (() => undefined), options);
  }

  /**
   * The same search, reading the source texts it needs (for phrases and snippets) through
   * `loadTexts` in one batch: what a worker does with texts kept in IndexedDB.
   */
  async searchAsync(
    request: string | SearchRequest,
    options: AsyncSearchOptions,
  ): Promise<SearchResults> {
    const plan = this.plan(request, options);
    const limit = options.limit ?? 20;
    const checking = plan.phrases.length > 0 || plan.mustNotPhrases.length > 0;
    const wanted = plan.groups.sources
      .slice(0, checking ? PHRASE_CHECKS : limit)
      .map((c) => c.meta.id);
    const texts = wanted.length > 0 ? await options.loadTexts(wanted) : new Map<string, string>();
    return this.finish(plan, (id) => texts.get(id) ?? options.textOf?.(id), options);
  }

  toJSON(): SerializedSearchIndex {
    return {
      format: 'kartoteka-search-index',
      version: SEARCH_INDEX_VERSION,
      miniSearch: this.fullText.toJSON(),
      docs: [...this.docs.values()],
      names: this.names.toJSON(),
    };
  }

  /**
   * Restores a saved index (no text is analysed again). Throws when it was saved by another
   * version of the index; the caller then rebuilds it from the archive.
   */
  static fromJSON(data: SerializedSearchIndex): SearchIndex {
    if (data.format !== 'kartoteka-search-index' || data.version !== SEARCH_INDEX_VERSION) {
      throw new Error('the saved search index was made by another version; rebuild it');
    }
    return new SearchIndex(
      FullTextIndex.load(data.miniSearch),
      NameIndex.fromJSON(data.names),
      new Map(data.docs.map((d) => [d.key, d])),
    );
  }

  // ——— planning: everything that needs only the index ———

  private plan(request: string | SearchRequest, options: SearchOptions): Plan {
    const req = typeof request === 'string' ? { text: request } : request;
    const query = parseQuery(req.text);
    const filters = mergeFilters(query.filters, req.filters);
    const crossScript = options.crossScript ?? true;
    const terms = queryTerms(query, crossScript, options);
    const phrases = query.phrases.map(phraseWords).filter((p) => p.length > 0);
    const mustNotWords = query.mustNot.filter((v) => splitWords(v).length === 1);
    const mustNotPhrases = query.mustNot.filter((v) => splitWords(v).length > 1).map(phraseWords);
    const groups: Record<SearchGroupName, Candidate[]> = { cases: [], sources: [], notes: [] };

    const candidates = new Map<string, Candidate>();
    const pruned = terms.length > 0 && this.collectFullText(terms, candidates);
    if (terms.some((t) => t.forNames)) this.collectNames(terms, candidates, crossScript, options);
    if (terms.length === 0 && hasFilters(filters)) {
      for (const meta of this.docs.values()) candidates.set(meta.key, emptyCandidate(meta));
    }

    const excludedTerms = mustNotWords.flatMap((w) => {
      const t = termOf(w);
      return t === null ? [] : [t];
    });
    const excluded = this.holdsAnyOf(excludedTerms);
    const required = terms.flatMap((t, i) => (t.required ? [i] : []));
    const parentOf = (m: DocMeta) =>
      m.parentId === null
        ? undefined
        : this.docs.get(docKey(m.kind === 'note' ? 'case' : 'source', m.parentId));
    for (const c of candidates.values()) {
      if (excluded(c.meta.key)) continue;
      if (!required.every((i) => c.covered.has(i))) continue;
      if (!matchesFilters(c.meta, filters, parentOf)) continue;
      groups[groupOf(c.meta.kind)].push(c);
    }
    const wanted = Math.max(
      options.limit ?? 20,
      phrases.length + mustNotPhrases.length > 0 ? PHRASE_CHECKS : 0,
    );
    for (const g of GROUPS) groups[g] = sortTop(groups[g], rankOf, wanted, byTitleOrDate);
    return { query, filters, terms, phrases, mustNotPhrases, groups, pruned };
  }

  /**
   * Full-text candidates. Each query word becomes look-ups of exact index terms: the word
   * itself, its completions when it is being typed, its near spellings when the index does
   * not know it (a typo), its cross-script name keys. Look-ups of terms held by a large part
   * of the archive ("prisoners" in an archive about prisoners) are not run through MiniSearch,
   * which would score every one of those documents; they are checked only on the documents
   * the rarer words found, which is what decides the ranking anyway. The group totals are
   * then marked approximate.
   */
  private collectFullText(terms: readonly QueryTerm[], into: Map<string, Candidate>): boolean {
    const lookups = this.lookupsFor(terms);
    if (lookups.length === 0) return false;
    const commonFrom = Math.max(COMMON_MIN, this.fullText.documentCount * COMMON_SHARE);
    let drivers = lookups.filter((l) => l.df <= commonFrom);
    let common = lookups.filter((l) => l.df > commonFrom);
    if (drivers.length === 0) {
      const rarest = common.reduce((a, b) => (b.df < a.df ? b : a));
      drivers = [rarest];
      common = common.filter((l) => l !== rarest);
    }
    const checks = common.map((l) => ({ ...l, fieldsOf: this.fullText.fieldsWith(l.term) }));
    const termIndex = new Map<string, number[]>();
    for (const l of drivers) termIndex.set(l.term, [...(termIndex.get(l.term) ?? []), l.query]);
    const queries: Query[] = drivers.map((l) => ({
      queries: [l.term],
      ...exactTermOptions(l.fields),
      boostTerm: () => l.weight,
    }));
    const results = this.fullText.search(
      { combineWith: 'OR', queries },
      { boost: { ...FIELD_BOOSTS } },
    );
    for (const r of results) {
      const meta = this.docs.get(String(r.id));
      if (!meta) continue;
      const covered = new Set<number>();
      for (const qt of r.queryTerms) for (const i of termIndex.get(qt) ?? []) covered.add(i);
      const c: Candidate = {
        meta,
        covered,
        msScore: r.score,
        nameScore: 0,
        nameMatch: null,
        match: r.match,
      };
      for (const l of checks) {
        if (covered.has(l.query)) continue;
        const fields = l.fieldsOf(meta.key).filter((f) => l.fields.includes(f));
        if (fields.length === 0) continue;
        covered.add(l.query);
        c.match = { ...c.match, [l.term]: fields };
        c.msScore += 0.1 * l.weight;
      }
      into.set(meta.key, c);
    }
    return common.length > 0;
  }

  /** The exact index terms a query's words stand for, with weights and document frequencies. */
  private lookupsFor(terms: readonly QueryTerm[]): Lookup[] {
    const out: Lookup[] = [];
    const add = (term: string, query: number, weight: number, fields: FullTextField[]) => {
      const df = this.fullText.documentFrequency(term);
      if (df > 0) out.push({ term, query, weight, fields, df });
    };
    terms.forEach((t, i) => {
      const known = this.fullText.documentFrequency(t.term) > 0;
      add(t.term, i, 1, WORD_FIELDS);
      // The weights are MiniSearch's own for prefix and fuzzy matches.
      if (t.prefix && Array.from(t.term).length >= 3) {
        for (const c of this.fullText.completions(t.term, COMPLETIONS)) {
          add(
            c,
            i,
            (0.375 * c.length) / (c.length + 0.3 * (c.length - t.term.length)),
            WORD_FIELDS,
          );
        }
      }
      const distance = fuzzyDistance(Array.from(t.term).length);
      if (!known && t.fuzzy && distance !== false) {
        for (const n of this.fullText.neighbours(t.term, distance, NEIGHBOURS)) {
          add(n.term, i, (0.45 * n.term.length) / (n.term.length + n.distance), WORD_FIELDS);
        }
      }
      for (const k of t.keyTerms) add(k, i, 1, ['nameKeys']);
    });
    return out;
  }

  private collectNames(
    terms: readonly QueryTerm[],
    into: Map<string, Candidate>,
    crossScript: boolean,
    options: SearchOptions,
  ): void {
    const positions = terms.flatMap((t, i) => (t.forNames ? [i] : []));
    const words = positions.map((i) => terms[i]?.raw ?? '');
    const lastIsPrefix = terms[positions[positions.length - 1] ?? -1]?.prefix ?? false;
    const matches = this.names.search(words, {
      crossScript,
      prefix: lastIsPrefix && (options.prefix ?? true),
      fuzzy: options.fuzzy ?? true,
      limit: 200,
    });
    for (const m of matches) {
      const key = docKey('case', m.personId);
      const meta = this.docs.get(key);
      if (!meta) continue;
      const c = into.get(key) ?? emptyCandidate(meta);
      for (const w of m.matchedWords) {
        const i = positions[w];
        if (i !== undefined) c.covered.add(i);
      }
      c.nameScore = m.score;
      c.nameMatch = m;
      into.set(key, c);
    }
  }

  /** A test for whether a document holds any of the -words (as written, folded; no typos, no prefixes). */
  private holdsAnyOf(terms: readonly string[]): (key: string) => boolean {
    const tests = terms.map((t) => this.fullText.fieldsWith(t));
    return (key) => tests.some((fieldsOf) => fieldsOf(key).some((f) => WORD_FIELDS.includes(f)));
  }

  // ——— finishing: phrases checked, snippets made ———

  private finish(
    plan: Plan,
    textOf: (sourceId: string) => string | undefined,
    options: SearchOptions,
  ): SearchResults {
    const limit = options.limit ?? 20;
    const length = options.snippetLength ?? 200;
    const checking = plan.phrases.length > 0 || plan.mustNotPhrases.length > 0;
    const group = (name: SearchGroupName): SearchGroup => {
      const candidates = plan.groups[name];
      if (!checking) {
        return {
          hits: candidates.slice(0, limit).map((c) => this.hit(c, plan, textOf, length)),
          total: candidates.length,
          approximate: plan.pruned,
        };
      }
      const hits: SearchHit[] = [];
      let passed = 0;
      let unchecked = 0;
      let checked = 0;
      for (const c of candidates) {
        const text = checked < PHRASE_CHECKS ? this.fullTextOf(c.meta, textOf) : undefined;
        if (text === undefined) {
          unchecked++;
          if (hits.length < limit) hits.push(this.hit(c, plan, textOf, length));
          continue;
        }
        checked++;
        if (!phrasesHold(text, plan.phrases, plan.mustNotPhrases)) continue;
        passed++;
        if (hits.length < limit) hits.push(this.hit(c, plan, textOf, length));
      }
      return { hits, total: passed + unchecked, approximate: unchecked > 0 || plan.pruned };
    };
    return {
      query: plan.query,
      filters: plan.filters,
      cases: group('cases'),
      sources: group('sources'),
      notes: group('notes'),
    };
  }

  /** All the text a phrase may be found in. */
  private fullTextOf(
    meta: DocMeta,
    textOf: (sourceId: string) => string | undefined,
  ): string | undefined {
    if (meta.kind === 'source') {
      const text = textOf(meta.id);
      return text === undefined ? undefined : `${meta.title}\n${text}`;
    }
    if (meta.kind === 'case') {
      const names = this.names.namesOf(meta.id).map((n) => n.text);
      return [...names, meta.text ?? ''].join('\n');
    }
    return meta.text ?? '';
  }

  private hit(
    c: Candidate,
    plan: Plan,
    textOf: (sourceId: string) => string | undefined,
    length: number,
  ): SearchHit {
    const spec = matchSpec(c, plan);
    let snippet: Snippet | null = null;
    if (c.meta.kind === 'source') {
      const text = textOf(c.meta.id);
      snippet =
        (text !== undefined ? makeSnippet(text, spec, length) : null) ??
        makeSnippet(c.meta.title, spec, length) ??
        (text !== undefined ? leadSnippet(text, length) : null);
    } else if (c.meta.text) {
      snippet =
        makeSnippet(c.meta.text, spec, length) ??
        (c.meta.kind === 'case' ? null : leadSnippet(c.meta.text, length));
    }
    return {
      kind: c.meta.kind,
      id: c.meta.id,
      title: c.meta.title,
      parentId: c.meta.parentId,
      date: c.meta.date,
      matchedWords: c.covered.size,
      score: rankOf(c),
      snippet,
      nameMatch: c.nameMatch
        ? { name: c.nameMatch.name, highlights: c.nameMatch.highlights, tier: c.nameMatch.tier }
        : null,
    };
  }
}

function fullTextOf(doc: IndexDoc): FullTextDoc {
  const key = docKey(doc.kind, doc.id);
  const empty = { key, names: '', title: '', byline: '', body: '', acronyms: '', nameKeys: '' };
  switch (doc.kind) {
    case 'case':
      // Names go to the name index; here only as words, for phrases and mixed queries.
      return {
        ...empty,
        names: doc.names.map((n) => n.text).join('\n'),
        body: doc.text,
        acronyms: acronymsOf(doc.text),
      };
    case 'source':
      return {
        ...empty,
        title: doc.title,
        byline: `${doc.publisher}\n${doc.author}`,
        body: doc.text,
        ...derivedTerms(`${doc.title}\n${doc.text}`),
      };
    case 'note':
      return { ...empty, title: firstLineOf(doc.text), body: doc.text, ...derivedTerms(doc.text) };
    case 'annotation': {
      const all = `${doc.quote}\n${doc.text}`;
      return { ...empty, body: all, ...derivedTerms(all) };
    }
  }
}

/** Acronym and cross-script name terms of a text, from one pass over its words. */
function derivedTerms(text: string): { acronyms: string; nameKeys: string } {
  const spans = wordSpans(text);
  return { acronyms: acronymsOf(text, spans), nameKeys: nameKeyTerms(text, spans).join(' ') };
}

function acronymsOf(text: string, spans?: readonly WordSpan[]): string {
  return [...new Set(acronymRuns(text, spans).map((r) => r.acronym))].join(' ');
}

function firstLineOf(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

function queryTerms(query: ParsedQuery, crossScript: boolean, options: SearchOptions): QueryTerm[] {
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  const push = (
    raw: string,
    opts: { required: boolean; prefix: boolean; forNames: boolean; keyed: boolean },
  ) => {
    const term = termOf(raw);
    if (term === null) return;
    const id = `${term}|${opts.required}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({
      raw,
      term,
      required: opts.required,
      prefix: opts.prefix,
      fuzzy: (options.fuzzy ?? true) && opts.keyed,
      keyTerms: crossScript && opts.keyed ? wordKeyTerms(raw) : [],
      forNames: opts.forNames,
    });
  };
  query.words.forEach((word, w) => {
    const pieces = splitWords(word);
    pieces.forEach((piece, p) => {
      const typing =
        query.lastWordIsPartial && w === query.words.length - 1 && p === pieces.length - 1;
      push(piece, {
        required: false,
        prefix: typing && (options.prefix ?? true),
        forNames: true,
        keyed: true,
      });
    });
  });
  for (const word of query.must) {
    for (const piece of splitWords(word))
      push(piece, { required: true, prefix: false, forNames: true, keyed: true });
  }
  for (const phrase of query.phrases) {
    for (const piece of splitWords(phrase))
      push(piece, { required: true, prefix: false, forNames: false, keyed: false });
  }
  return out;
}

function phraseWords(phrase: string): string[] {
  return wordSpans(phrase)
    .map((w) => foldToken(w.text))
    .filter((w) => w !== '');
}

/** Every phrase occurs in the text as consecutive words, and no excluded phrase does. */
function phrasesHold(
  text: string,
  phrases: readonly string[][],
  excluded: readonly string[][],
): boolean {
  const words = wordSpans(text).map((w) => foldToken(w.text));
  const occurs = (p: readonly string[]) => {
    for (let i = 0; i + p.length <= words.length; i++)
      if (p.every((w, k) => words[i + k] === w)) return true;
    return false;
  };
  return phrases.every(occurs) && !excluded.some(occurs);
}

/** What to mark in a hit's text: the document terms that matched, each tied to its query word. */
function matchSpec(c: Candidate, plan: Plan): MatchSpec {
  const terms = new Map<string, number>();
  const keyTerms = new Map<string, number>();
  const acronyms = new Map<string, number>();
  for (const [docTerm, fields] of Object.entries(c.match)) {
    const q = sourceTermOf(docTerm, plan.terms);
    if (q === undefined) continue;
    if (docTerm.startsWith('~')) keyTerms.set(docTerm, q);
    else {
      if (fields.some((f) => f !== 'acronyms')) terms.set(docTerm, q);
      if (fields.includes('acronyms')) acronyms.set(docTerm, q);
    }
  }
  return { terms, keyTerms, acronyms, phrases: plan.phrases };
}

/** The query term a matched document term answers: itself, a prefix of it, or within its typo budget. */
function sourceTermOf(docTerm: string, terms: readonly QueryTerm[]): number | undefined {
  let fallback: number | undefined;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!t) continue;
    if (t.term === docTerm || t.keyTerms.includes(docTerm)) return i;
    if (fallback !== undefined) continue;
    if (t.prefix && docTerm.startsWith(t.term)) fallback = i;
    else if (t.fuzzy) {
      const budget = fuzzyDistance(Array.from(t.term).length);
      if (budget !== false && editDistance(t.term, docTerm, budget) <= budget) fallback = i;
    }
  }
  return fallback;
}

function emptyCandidate(meta: DocMeta): Candidate {
  return { meta, covered: new Set(), msScore: 0, nameScore: 0, nameMatch: null, match: {} };
}

function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));
}

/**
 * Rank as one number: words answered first (×1000), then the name match (×10; a name score
 * stays under 100 for any query shorter than ten words), then BM25 squashed into [0, 1).
 */
function rankOf(c: Candidate): number {
  return c.covered.size * 1000 + c.nameScore * 10 + c.msScore / (1 + c.msScore);
}

function byTitleOrDate(a: Candidate, b: Candidate): number {
  return (
    (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.meta.title.localeCompare(b.meta.title)
  );
}
