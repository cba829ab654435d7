import { editDistance } from '../names/editDistance.js';
import { foldToken } from '../names/foldText.js';
import type { NameMatch, NameTier, SerializedNameIndex, TextRange } from '../names/NameIndex.js';
import { NameIndex } from '../names/NameIndex.js';
import { wordSpans } from '../names/wordSpans.js';
import { acronymRuns } from './acronymRuns.js';
import type { DocMeta } from './docMeta.js';
import { docKey, metaOf } from './docMeta.js';
import {
  DEAD_GROUP,
  FullTextIndex,
  GROUP_CODES,
  type Scores,
  type SerializedFullTextIndex,
  type TermLookup,
} from './FullTextIndex.js';
import {
  type FullTextDoc,
  type FullTextField,
  fuzzyDistance,
  WORD_FIELDS,
} from './fullTextFields.js';
import type { DocKind, IndexDoc } from './indexDocs.js';
import { leadSnippet, makeSnippet, type MatchSpec, type Snippet } from './makeSnippet.js';
import { matchesFilters } from './matchesFilters.js';
import { phrasesHold } from './phrasesHold.js';
import { TopK } from './TopK.js';
import { WordScan } from './WordScan.js';
import { nameKeyTerms, wordKeyTerms } from './nameKeyTerms.js';
import type { ParsedQuery, SearchFilters, SearchGroupName } from './parseQuery.js';
import { mergeFilters, parseQuery } from './parseQuery.js';
import { splitWords, termOf } from './termOf.js';

/**
 * The archive's search index: case files, sources, notes and annotations in one full-text
 * index (FullTextIndex: typed-array postings, BM25), plus the NameIndex for people's names. Updated document by document
 * (add / update / remove), saved and restored whole (toJSON / fromJSON), built in chunks
 * with progress (buildSearchIndex). Pure: no DOM, no storage; the renderer runs it in a Web
 * Worker and keeps its saved form (structured-cloneable, typed arrays) in IndexedDB.
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
  /**
   * Whether the archive has this word (as an index term) beyond this index: a split index's
   * other part. A word the archive has is taken as meant, not as a typo of a name or of
   * another word.
   */
  knownElsewhere?: (term: string) => boolean;
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

/** A source whose text a search needs, and the SHA-256 its text is stored under. */
export interface TextToLoad {
  sourceId: string;
  sha256: string;
}

/** Reads source texts (e.g. from IndexedDB); returns them by source id, missing ones left out. */
export type LoadTexts = (texts: readonly TextToLoad[]) => Promise<ReadonlyMap<string, string>>;

export interface AsyncSearchOptions extends SearchOptions {
  /** Called once per search with the texts it needs, a few times for a phrase. */
  loadTexts: LoadTexts;
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
  /**
   * true when `total` is an estimate: phrases are checked only on as many of the best
   * candidates as the page needs (the others are counted as if they held them).
   */
  approximate: boolean;
}

export interface SearchResults {
  query: ParsedQuery;
  filters: SearchFilters;
  cases: SearchGroup;
  sources: SearchGroup;
  notes: SearchGroup;
}

/**
 * 4: a source's DocMeta keeps its text's hash (textHash). 5: DocMeta saved as one JSON string
 * with the keys beside it (SerializedFullTextIndex), read document by document. 6: a Latin
 * name with more ambiguous letters than its kept readings cover has its Slavic and English
 * readings among its keys (phoneticKeys), so saved names' keys are made again. 7: titles and
 * dates saved apart from the DocMeta JSON (DocMetaStore), for ties broken without parsing.
 */
export const SEARCH_INDEX_VERSION = 7;

/** Structured-cloneable (typed arrays for the postings); never meant for JSON.stringify. */
export interface SerializedSearchIndex {
  format: 'kartoteka-search-index';
  version: number;
  fullText: SerializedFullTextIndex;
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

/** Document terms that matched, with the fields they matched in. */
type MatchInfo = Record<string, FullTextField[]>;

/**
 * One of a group's best documents. Its DocMeta is read only when it is used (a phrase keeps
 * up to PHRASE_CHECKS candidates, of which the first few usually fill the page): each read
 * parses JSON, and reading all of them was a good part of a quoted search's time.
 */
interface Candidate {
  /** Document number in the full-text index. */
  doc: number;
  /** The query terms it answers, one bit each. */
  mask: number;
  msScore: number;
  nameScore: number;
  nameMatch: NameMatch | null;
}

interface Ranked {
  /** The best candidates, best first (as many as a page and its phrase checks need). */
  best: Candidate[];
  /** Every document of the group that matches. */
  total: number;
}

interface Plan {
  query: ParsedQuery;
  filters: SearchFilters;
  terms: QueryTerm[];
  lookups: TermLookup[];
  phrases: string[][];
  mustNotPhrases: string[][];
  groups: Record<SearchGroupName, Ranked>;
  /** Phrase checks done, by document number: searchAsync finishes a plan several times. */
  held: Map<number, boolean>;
}

interface CandidateBuffers {
  docs: Int32Array;
  masks: Uint32Array;
  bm25: Float64Array;
  ranks: Float64Array;
}

interface NameHit {
  match: NameMatch;
  mask: number;
}

const GROUPS: readonly SearchGroupName[] = ['cases', 'sources', 'notes'];
const CASE_GROUP = GROUP_CODES.case;
/** Candidates whose text may be checked for phrases before a group is declared approximate. */
const PHRASE_CHECKS = 200;
/** Completions of the word being typed, and near spellings of an unknown word, looked up. */
const COMPLETIONS = 12;
const NEIGHBOURS = 8;
/** Query words beyond this many are not looked up (each has a bit in a uint32 mask). */
const MAX_QUERY_TERMS = 32;

/** Words and names from an index, for warm-up searches (SearchIndex.warmUpSample). */
export interface WarmUpSample {
  /** Index terms held by many documents, most first. */
  words: string[];
  /** Case files' titles (people's names). */
  names: string[];
}

export class SearchIndex {
  private buffers: CandidateBuffers = {
    docs: new Int32Array(0),
    masks: new Uint32Array(0),
    bm25: new Float64Array(0),
    ranks: new Float64Array(0),
  };

  private constructor(
    private readonly fullText: FullTextIndex,
    private readonly names: NameIndex,
  ) {}

  static create(): SearchIndex {
    return new SearchIndex(FullTextIndex.create(), new NameIndex());
  }

  /** Whether some document holds this word (an index term, as termOf makes it). */
  knows(term: string): boolean {
    return this.fullText.documentFrequency(term) > 0;
  }

  /** Documents indexed. */
  get size(): number {
    return this.fullText.documentCount;
  }

  has(kind: DocKind, id: string): boolean {
    return this.fullText.has(docKey(kind, id));
  }

  /** The SHA-256s of the indexed sources' texts (what a search may ask `loadTexts` for). */
  textHashes(): Set<string> {
    const out = new Set<string>();
    for (const meta of this.fullText.allMetas()) if (meta.textHash !== null) out.add(meta.textHash);
    return out;
  }

  /** Adds a document; throws if it is already there (use update). */
  add(doc: IndexDoc): void {
    const key = docKey(doc.kind, doc.id);
    if (this.fullText.has(key)) throw new Error(`${key} is already indexed`);
    this.fullText.add(fullTextOf(doc), metaOf(doc));
    if (doc.kind === 'case') this.names.add({ id: doc.id, names: doc.names });
  }

  /** Adds or replaces a document, without touching anything else in the index. */
  update(doc: IndexDoc): void {
    this.remove(doc.kind, doc.id);
    this.add(doc);
  }

  /** Removes a document; false if it was not indexed. */
  remove(kind: DocKind, id: string): boolean {
    if (!this.fullText.discard(docKey(kind, id))) return false;
    if (kind === 'case') this.names.remove(id);
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

  /**
   * What warm-up searches are made of (warmUpQueries): the `words` terms most documents hold,
   * and the titles of `titles` case files spread over the index.
   */
  warmUpSample(words: number, titles: number): WarmUpSample {
    const cases: number[] = [];
    const codes = this.fullText.groupCodes;
    for (let doc = 0; doc < this.fullText.numberLimit; doc++) {
      if (codes[doc] === CASE_GROUP) cases.push(doc);
    }
    const step = Math.max(1, Math.floor(cases.length / Math.max(1, titles)));
    const names: string[] = [];
    for (let i = 0; i < cases.length && names.length < titles; i += step) {
      const title = this.fullText.metaAt(cases[i] as number)?.title;
      if (title) names.push(title);
    }
    return { words: this.fullText.frequentTerms(words), names };
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
   * `loadTexts`: what a worker does with texts kept in IndexedDB. One batch, the page's
   * sources; with a phrase, the texts of the best candidates, half as many again as the page
   * holds and twice as many at each further read, until the page is full of hits that hold
   * the phrase (usually the first batch).
   */
  async searchAsync(
    request: string | SearchRequest,
    options: AsyncSearchOptions,
  ): Promise<SearchResults> {
    const plan = this.plan(request, options);
    const limit = options.limit ?? 20;
    const checking = plan.phrases.length > 0 || plan.mustNotPhrases.length > 0;
    const best = plan.groups.sources.best;
    // The next candidate whose text is not asked for yet.
    let next = 0;
    const texts = new Map<string, string>();
    const asked = new Set<string>();
    // Most of the best candidates for a phrase hold it (they hold all its words): half as
    // many again as the page covers the usual misses in one read. Reading four pages' worth
    // made a quoted phrase the slowest kind of search, most of its time spent reading texts.
    let batch = checking ? Math.ceil(limit * 1.5) : limit;
    for (;;) {
      const wanted: TextToLoad[] = [];
      while (wanted.length < batch && next < best.length) {
        const meta = this.fullText.metaAt((best[next++] as Candidate).doc);
        if (meta?.textHash) wanted.push({ sourceId: meta.id, sha256: meta.textHash });
      }
      if (wanted.length > 0) {
        for (const t of wanted) asked.add(t.sourceId);
        for (const [id, text] of await options.loadTexts(wanted)) texts.set(id, text);
      }
      let short = false;
      const results = this.finish(
        plan,
        (id) => {
          const text = texts.get(id) ?? options.textOf?.(id);
          if (text === undefined && !asked.has(id)) short = true;
          return text;
        },
        options,
      );
      if (!short || next >= best.length) return results;
      batch *= 2;
    }
  }

  /** The index as structured-cloneable data, to keep in IndexedDB or pass to another thread. */
  toJSON(): SerializedSearchIndex {
    return {
      format: 'kartoteka-search-index',
      version: SEARCH_INDEX_VERSION,
      fullText: this.fullText.toJSON(),
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
    return new SearchIndex(FullTextIndex.load(data.fullText), NameIndex.fromJSON(data.names));
  }

  // ——— planning: everything that needs only the index ———

  private plan(request: string | SearchRequest, options: SearchOptions): Plan {
    const req = typeof request === 'string' ? { text: request } : request;
    const query = parseQuery(req.text);
    const filters = mergeFilters(query.filters, req.filters);
    const crossScript = options.crossScript ?? true;
    const terms = queryTerms(query, crossScript, options).slice(0, MAX_QUERY_TERMS);
    const phrases = query.phrases.map(phraseWords).filter((p) => p.length > 0);
    const mustNotWords = query.mustNot.filter((v) => splitWords(v).length === 1);
    const mustNotPhrases = query.mustNot.filter((v) => splitWords(v).length > 1).map(phraseWords);

    const lookups = terms.length > 0 ? this.lookupsFor(terms, options) : [];
    const scores = lookups.length > 0 ? this.fullText.score(lookups) : null;
    // The sources part of a split index holds no case file: its name index is empty.
    const names =
      terms.some((t) => t.forNames) && this.names.size > 0
        ? this.collectNames(terms, crossScript, options)
        : new Map<number, NameHit>();
    const excluded = this.fullText.documentsWith(
      mustNotWords.flatMap((w) => {
        const t = termOf(w);
        return t === null ? [] : [t];
      }),
      WORD_FIELDS,
    );
    const required = terms.reduce((m, t, i) => (t.required ? m | (1 << i) : m), 0) >>> 0;
    const filtering = hasFilters(filters);
    const parentOf = (m: DocMeta) =>
      m.parentId === null
        ? undefined
        : this.fullText.meta(docKey(m.kind === 'note' ? 'case' : 'source', m.parentId));

    const wanted = Math.max(
      options.limit ?? 20,
      phrases.length + mustNotPhrases.length > 0 ? PHRASE_CHECKS : 0,
    );
    // Candidates live in typed arrays by position; only the best `wanted` of each group
    // become objects. Their DocMeta is read only to filter and to break ties.
    const capacity =
      (scores?.docs.length ?? 0) +
      names.size +
      (terms.length === 0 && filtering ? this.fullText.numberLimit : 0);
    const { docs, masks, bm25, ranks } = this.candidateBuffers(capacity);
    const before = (a: number, b: number) =>
      (ranks[b] as number) - (ranks[a] as number) ||
      this.fullText.compareTies(docs[a] as number, docs[b] as number);
    const tops = GROUPS.map(() => new TopK(wanted, before));
    const totals = new Int32Array(GROUPS.length);
    // The rank of each group's worst kept candidate once its TopK is full (−∞ until then).
    const worstRanks = new Float64Array(GROUPS.length).fill(-Infinity);
    const codes = this.fullText.groupCodes;
    let count = 0;
    const excluding = excluded.size > 0;
    const consider = (doc: number, mask: number, ms: number, nameScore: number) => {
      if ((mask & required) >>> 0 !== required || (excluding && excluded.has(doc))) return;
      const g = codes[doc] ?? DEAD_GROUP;
      if (g === DEAD_GROUP) return;
      if (filtering) {
        const meta = this.fullText.metaAt(doc);
        if (!meta || !matchesFilters(meta, filters, parentOf)) return;
      }
      const rank = rankOf(bitCount(mask), nameScore, ms);
      totals[g] = (totals[g] as number) + 1;
      // Most candidates of a common word rank below the group's worst kept one: they are
      // counted but not written or offered (TopK would refuse them anyway).
      if (rank < (worstRanks[g] as number)) return;
      docs[count] = doc;
      masks[count] = mask;
      bm25[count] = ms;
      ranks[count] = rank;
      const top = tops[g] as TopK;
      top.offer(count);
      count++;
      const worst = top.worstIfFull();
      if (worst !== undefined) worstRanks[g] = ranks[worst] as number;
    };
    if (scores) {
      // Indexed loops: for…of over the typed array made an iterator result per document
      // (half of what a search allocated, and the young-generation collections it caused
      // landed in the slowest searches).
      const { docs: touched, mask, score } = scores;
      if (names.size === 0) {
        for (let k = 0; k < touched.length; k++) {
          const doc = touched[k] as number;
          consider(doc, mask[doc] ?? 0, score[doc] ?? 0, 0);
        }
      } else {
        // Only case files have names: the map is not asked about the thousands of sources.
        for (let k = 0; k < touched.length; k++) {
          const doc = touched[k] as number;
          const name = codes[doc] === CASE_GROUP ? names.get(doc) : undefined;
          consider(
            doc,
            (mask[doc] ?? 0) | (name?.mask ?? 0),
            score[doc] ?? 0,
            name?.match.score ?? 0,
          );
        }
      }
    }
    for (const [doc, name] of names) {
      if (!scores || !touchedBy(scores, doc)) consider(doc, name.mask, 0, name.match.score);
    }
    if (terms.length === 0 && filtering) {
      for (let doc = 0; doc < this.fullText.numberLimit; doc++) consider(doc, 0, 0, 0);
    }

    const ranked = (g: number): Ranked => ({
      best: (tops[g]?.best() ?? []).map((i): Candidate => {
        const doc = docs[i] as number;
        const name = names.get(doc);
        return {
          doc,
          mask: masks[i] as number,
          msScore: bm25[i] as number,
          nameScore: name?.match.score ?? 0,
          nameMatch: name?.match ?? null,
        };
      }),
      total: totals[g] ?? 0,
    });
    const groups = { cases: ranked(0), sources: ranked(1), notes: ranked(2) };
    return { query, filters, terms, lookups, phrases, mustNotPhrases, groups, held: new Map() };
  }

  /**
   * The exact index terms a query's words stand for, with weights: the word itself, its
   * completions when it is being typed, its near spellings when the archive does not know it
   * (a typo; neither part of a split index), its cross-script name keys. Every look-up is scored over all the documents
   * that hold it: the posting loop is cheap enough that even a word held by the whole
   * archive costs well under a millisecond, so totals are exact.
   */
  private lookupsFor(terms: readonly QueryTerm[], options: SearchOptions): TermLookup[] {
    const out: TermLookup[] = [];
    const add = (term: string, query: number, weight: number, fields: FullTextField[]) => {
      if (this.knows(term)) out.push({ term, query, weight, fields });
    };
    terms.forEach((t, i) => {
      // Known in the other part of a split index too: a word is a word wherever it is held.
      const known = this.knows(t.term) || (options.knownElsewhere?.(t.term) ?? false);
      add(t.term, i, 1, WORD_FIELDS);
      // The weights of prefix and typo matches are MiniSearch's (0.375 and 0.45 of an exact
      // match, less the farther the term is from the word), which the ranking was tuned with.
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

  /** Case files whose names answer the query's words, by document number, with the words' bits. */
  private collectNames(
    terms: readonly QueryTerm[],
    crossScript: boolean,
    options: SearchOptions,
  ): Map<number, NameHit> {
    const out = new Map<number, NameHit>();
    const positions = terms.flatMap((t, i) => (t.forNames ? [i] : []));
    const words = positions.map((i) => terms[i]?.raw ?? '');
    const lastIsPrefix = terms[positions[positions.length - 1] ?? -1]?.prefix ?? false;
    // A word the archive has (court, release, under) is a word, not a misspelt name: as typos
    // of names such words brought hundreds of case files (release: everyone named Ales;
    // acquittal: Matskuliel), ranked above case files that hold the word itself, and were
    // most of the cost of the names look-up. The full-text look-ups follow the same rule.
    const fuzzy = positions.map((i) => {
      const term = terms[i]?.term ?? '';
      return (
        (options.fuzzy ?? true) && !this.knows(term) && !(options.knownElsewhere?.(term) ?? false)
      );
    });
    const matches = this.names.search(words, {
      crossScript,
      prefix: lastIsPrefix && (options.prefix ?? true),
      fuzzy,
      limit: 200,
    });
    for (const m of matches) {
      const doc = this.fullText.numberOf(docKey('case', m.personId));
      if (doc === undefined) continue;
      let mask = 0;
      for (const w of m.matchedWords) {
        const i = positions[w];
        if (i !== undefined) mask |= 1 << i;
      }
      out.set(doc, { match: m, mask });
    }
    return out;
  }

  /**
   * Arrays for a search's candidates, reused by the next search (searches run one at a time
   * and copy out what they keep): allocating them per keystroke was a good part of the cost.
   */
  private candidateBuffers(size: number): CandidateBuffers {
    if (this.buffers.docs.length < size) {
      const n = Math.max(1024, size + (size >> 1));
      this.buffers = {
        docs: new Int32Array(n),
        masks: new Uint32Array(n),
        bm25: new Float64Array(n),
        ranks: new Float64Array(n),
      };
    }
    return this.buffers;
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
      const { best, total } = plan.groups[name];
      if (!checking) {
        const hits: SearchHit[] = [];
        for (const c of best) {
          if (hits.length >= limit) break;
          const meta = this.fullText.metaAt(c.doc);
          if (meta) hits.push(this.hit(c, meta, plan, textOf, length));
        }
        return { hits, total, approximate: false };
      }
      // Phrases are checked in rank order until the page is full: the texts of candidates
      // further down are neither read nor checked, and count towards an approximate total.
      const hits: SearchHit[] = [];
      let passed = 0;
      let unchecked = 0;
      let checked = 0;
      for (const c of best) {
        if (hits.length >= limit) break;
        const meta = this.fullText.metaAt(c.doc);
        if (!meta) continue;
        const text = this.fullTextOf(meta, textOf);
        if (text === undefined) {
          unchecked++;
          hits.push(this.hit(c, meta, plan, textOf, length));
          continue;
        }
        checked++;
        let held = plan.held.get(c.doc);
        if (held === undefined) {
          held = phrasesHold(text, plan.phrases, plan.mustNotPhrases);
          plan.held.set(c.doc, held);
        }
        if (!held) continue;
        passed++;
        hits.push(this.hit(c, meta, plan, textOf, length));
      }
      unchecked += total - checked - unchecked;
      return { hits, total: passed + unchecked, approximate: unchecked > 0 };
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

  /** The document terms a hit matched and where: looked up for the hits shown only. */
  private matchOf(c: Candidate, plan: Plan): MatchInfo {
    const match: MatchInfo = {};
    for (const l of plan.lookups) {
      if (((c.mask >>> l.query) & 1) === 0) continue;
      const fields = this.fullText.fieldsAt(l.term, c.doc).filter((f) => l.fields.includes(f));
      if (fields.length > 0) match[l.term] = [...(match[l.term] ?? []), ...fields];
    }
    return match;
  }

  private hit(
    c: Candidate,
    meta: DocMeta,
    plan: Plan,
    textOf: (sourceId: string) => string | undefined,
    length: number,
  ): SearchHit {
    const spec = matchSpec(this.matchOf(c, plan), plan);
    let snippet: Snippet | null = null;
    if (meta.kind === 'source') {
      const text = textOf(meta.id);
      snippet =
        (text !== undefined ? makeSnippet(text, spec, length) : null) ??
        makeSnippet(meta.title, spec, length) ??
        (text !== undefined ? leadSnippet(text, length) : null);
    } else if (meta.text) {
      snippet =
        makeSnippet(meta.text, spec, length) ??
        (meta.kind === 'case' ? null : leadSnippet(meta.text, length));
    }
    return {
      kind: meta.kind,
      id: meta.id,
      title: meta.title,
      parentId: meta.parentId,
      date: meta.date,
      matchedWords: bitCount(c.mask),
      score: rankOf(bitCount(c.mask), c.nameScore, c.msScore),
      snippet,
      nameMatch: c.nameMatch
        ? { name: c.nameMatch.name, highlights: c.nameMatch.highlights, tier: c.nameMatch.tier }
        : null,
    };
  }
}

function touchedBy(scores: Scores, doc: number): boolean {
  return (scores.mask[doc] ?? 0) !== 0;
}

function bitCount(mask: number): number {
  let n = mask >>> 0;
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
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
  const words = documentWords.scan(text);
  return { acronyms: acronymsOf(text, words), nameKeys: nameKeyTerms(text, words).join(' ') };
}

/** Reused for every document indexed (indexing runs one document at a time). */
const documentWords = new WordScan();

function acronymsOf(text: string, words?: WordScan): string {
  return [...new Set(acronymRuns(text, words).map((r) => r.acronym))].join(' ');
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

/** What to mark in a hit's text: the document terms that matched, each tied to its query word. */
function matchSpec(match: MatchInfo, plan: Plan): MatchSpec {
  const terms = new Map<string, number>();
  const keyTerms = new Map<string, number>();
  const acronyms = new Map<string, number>();
  for (const [docTerm, fields] of Object.entries(match)) {
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

function hasFilters(f: SearchFilters): boolean {
  return Object.values(f).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));
}

/**
 * Rank as one number: words answered first (×1000), then the name match (×10; a name score
 * stays under 100 for any query shorter than ten words), then BM25 squashed into [0, 1).
 */
function rankOf(words: number, nameScore: number, bm25: number): number {
  return words * 1000 + nameScore * 10 + bm25 / (1 + bm25);
}
