import Fuse from 'fuse.js';
import type { NameScript } from '../model/caseFile.js';
import { editDistance } from './editDistance.js';
import { foldToken } from './foldText.js';
import { givenNameClasses } from './givenNameVariants.js';
import { phoneticKeys } from './phoneticKeys.js';
import { SortedStrings } from './SortedStrings.js';
import { GramIndex } from './GramIndex.js';
import { wordSpans } from './wordSpans.js';

/**
 * The names of every person in the archive, indexed for matching across scripts,
 * romanisations and typos. See docs/name-matching.md.
 *
 * Every distinct name word is stored once (a vocabulary), with its folded form, phonetic keys
 * and given-name classes; inverted maps lead from folded forms, skeletons, given-name classes
 * and key trigrams to words, and from words to people. A query word is looked up in those
 * maps (a few hash look-ups), and only the few dozen words that share enough trigrams with it
 * are handed to fuse.js for fuzzy ranking. Nothing scans all the names.
 */

export interface PersonName {
  text: string;
  script?: NameScript;
  kind?: 'primary' | 'alias';
}

export interface PersonNames {
  id: string;
  names: readonly PersonName[];
}

/** How a query word met a name word, strongest first. */
export type NameTier = 'exact' | 'prefix' | 'variant' | 'fuzzy';

export interface NameSearchOptions {
  /**
   * Match across scripts and romanisations (phonetic skeletons and the given-name table).
   * false: only the same spelling, folded (case, diacritics, apostrophes), with typos.
   * Default true.
   */
  crossScript?: boolean;
  /** The last query word may be the beginning of a name word (search as you type). Default false. */
  prefix?: boolean;
  /** Tolerate typing errors: 1 edit in words of 4–7 letters, 2 from 8. Default true. */
  fuzzy?: boolean;
  /** Most people returned. Default 20. */
  limit?: number;
}

/** A range of code points, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export interface NameMatch {
  personId: string;
  /** Sum over the query words of how well each matched (1 exact … <0.5 fuzzy). */
  score: number;
  /** Indices of the query words that matched a name of this person. */
  matchedWords: number[];
  /** The weakest way a matched word met this person's names. */
  tier: NameTier;
  /** The name of this person that matched best, as written in the archive. */
  name: string;
  /** The matched words in `name`. */
  highlights: TextRange[];
}

/** One query word's match with one person, as findMentions needs it. */
export interface WordMatch {
  personId: string;
  score: number;
  tier: NameTier;
  /** true when the word matched only given names of this person (Mikalai, not Statkevich). */
  givenOnly: boolean;
}

export const NAME_INDEX_VERSION = 1;

export interface SerializedNameIndex {
  format: 'kartoteka-name-index';
  version: number;
  /** [token id, form, folded, fine keys, skeletons, given-name classes] */
  tokens: [number, string, string, string[], string[], string[]][];
  /** [person id, [name text, script, kind, token ids][]] */
  persons: [string, [string, NameScript | null, 'primary' | 'alias' | null, number[]][]][];
}

interface Token {
  id: number;
  /** The word lower-cased with its diacritics (statkevič): what the phonetic keys read. */
  form: string;
  /** The word folded (statkevic): what same-spelling matching compares. */
  folded: string;
  fine: string[];
  skeletons: string[];
  given: string[];
  /** person number → how many name words of that person are this token */
  persons: Map<number, number>;
}

interface StoredName {
  text: string;
  script: NameScript | null;
  kind: 'primary' | 'alias' | null;
  tokens: number[];
}

interface Person {
  no: number;
  id: string;
  names: StoredName[];
  /** Tokens that are surnames (or patronymics, or single-word names) for this person. */
  surnames: Set<number>;
}

interface Hit {
  score: number;
  tier: NameTier;
}

const TIER_STRENGTH: Readonly<Record<NameTier, number>> = {
  exact: 3,
  prefix: 2,
  variant: 2,
  fuzzy: 1,
};
const PREFIX_LIMIT = 300;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const FUZZY_CANDIDATES = 64;

export class NameIndex {
  private nextToken = 0;
  private nextPerson = 0;
  private readonly tokens = new Map<number, Token>();
  private readonly byForm = new Map<string, number>();
  private readonly byFolded = new Map<string, Set<number>>();
  private readonly bySkeleton = new Map<string, Set<number>>();
  private readonly byGiven = new Map<string, Set<number>>();
  private readonly skeletonGrams = new GramIndex();
  private readonly foldedGrams = new GramIndex();
  private readonly sortedFolded = new SortedStrings();
  private readonly sortedSkeletons = new SortedStrings();
  private readonly persons = new Map<number, Person>();
  private readonly personNo = new Map<string, number>();

  get size(): number {
    return this.persons.size;
  }

  has(personId: string): boolean {
    return this.personNo.has(personId);
  }

  /** Adds a person. Throws if the id is already indexed: use `update` to replace. */
  add(person: PersonNames): void {
    if (this.personNo.has(person.id)) throw new Error(`person ${person.id} is already indexed`);
    const names = person.names.map((n) => ({
      text: n.text,
      script: n.script ?? null,
      kind: n.kind ?? null,
      tokens: nameWords(n.text).map((w) => this.internToken(w)),
    }));
    this.insertPerson(person.id, names);
  }

  /** Replaces a person's names (or adds the person). */
  update(person: PersonNames): void {
    this.remove(person.id);
    this.add(person);
  }

  /** Removes a person; false if it was not indexed. */
  remove(personId: string): boolean {
    const no = this.personNo.get(personId);
    if (no === undefined) return false;
    const person = this.persons.get(no);
    this.persons.delete(no);
    this.personNo.delete(personId);
    for (const name of person?.names ?? []) {
      for (const t of name.tokens) {
        const token = this.tokens.get(t);
        if (!token) continue;
        const left = (token.persons.get(no) ?? 1) - 1;
        if (left > 0) token.persons.set(no, left);
        else token.persons.delete(no);
        if (token.persons.size === 0) this.dropToken(token);
      }
    }
    return true;
  }

  /** The names indexed for a person, as given. */
  namesOf(personId: string): PersonName[] {
    const no = this.personNo.get(personId);
    const p = no === undefined ? undefined : this.persons.get(no);
    return (p?.names ?? []).map((n) => ({
      text: n.text,
      ...(n.script ? { script: n.script } : {}),
      ...(n.kind ? { kind: n.kind } : {}),
    }));
  }

  /**
   * People whose names match the query, best first. The query is a string (split into words)
   * or words already split. Word order does not matter; each query word is matched against
   * every name word of every name of a person.
   *
   * Ranking: more query words matched first; then the sum of how each word matched: exact
   * folded spelling 1, the beginning of a word (last word, when `prefix`) 0.6–0.9, the same
   * skeleton 0.7–0.9 (closer fine keys higher) or an equivalent given name 0.7, a typo below
   * 0.5. A person matched exactly therefore always ranks above one matched only by a
   * look-alike (Statkevich above Stankevich for "Statkevich").
   */
  search(query: string | readonly string[], options: NameSearchOptions = {}): NameMatch[] {
    const words = (typeof query === 'string' ? nameWords(query) : [...query]).map((w) => ({
      raw: w,
      folded: foldToken(w),
    }));
    const crossScript = options.crossScript ?? true;
    const limit = options.limit ?? 20;
    const wordHits = words.map((w, i) =>
      w.folded === ''
        ? new Map<number, Hit>()
        : this.matchWord(w.raw, w.folded, {
            crossScript,
            prefix: (options.prefix ?? false) && i === words.length - 1,
            fuzzy: options.fuzzy ?? true,
          }),
    );

    // person → per query word, the best hit on any of their tokens
    const perPerson = new Map<number, (Hit | undefined)[]>();
    wordHits.forEach((hits, i) => {
      for (const [tokenId, hit] of hits) {
        for (const no of this.tokens.get(tokenId)?.persons.keys() ?? []) {
          let row = perPerson.get(no);
          if (!row) perPerson.set(no, (row = new Array<Hit | undefined>(words.length)));
          const prev = row[i];
          if (!prev || hit.score > prev.score) row[i] = hit;
        }
      }
    });

    const queryCyrillic = words.some((w) => CYRILLIC.test(w.raw));
    const ranked = [...perPerson].map(([no, row]) => ({ no, row, ...summarize(row) }));
    ranked.sort(byCoverageThenScore);
    return ranked
      .slice(0, limit * 3)
      .map((r) => this.describe(r.no, r.row, wordHits, queryCyrillic))
      .sort((a, b) => b.matchedWords.length - a.matchedWords.length || b.score - a.score)
      .slice(0, limit);
  }

  /**
   * How one word of a text matches people, for finding mentions: exact folded spelling, same
   * skeleton or equivalent given name; no prefixes, no typos (a text is not typed at us).
   */
  matchTextWord(word: string, crossScript = true): WordMatch[] {
    const folded = foldToken(word);
    if (folded === '') return [];
    const hits = this.matchWord(word, folded, { crossScript, prefix: false, fuzzy: false });
    const best = new Map<number, WordMatch & { surname: boolean }>();
    for (const [tokenId, hit] of hits) {
      for (const no of this.tokens.get(tokenId)?.persons.keys() ?? []) {
        const person = this.persons.get(no);
        if (!person) continue;
        const surname = person.surnames.has(tokenId);
        const prev = best.get(no);
        if (!prev || hit.score > prev.score || (hit.score === prev.score && surname)) {
          best.set(no, {
            personId: person.id,
            score: hit.score,
            tier: hit.tier,
            givenOnly: !surname && !(prev?.surname ?? false),
            surname: surname || (prev?.surname ?? false),
          });
        } else if (surname) {
          prev.givenOnly = false;
          prev.surname = true;
        }
      }
    }
    return [...best.values()]
      .map(({ personId, score, tier, givenOnly }) => ({ personId, score, tier, givenOnly }))
      .sort((a, b) => b.score - a.score);
  }

  toJSON(): SerializedNameIndex {
    return {
      format: 'kartoteka-name-index',
      version: NAME_INDEX_VERSION,
      tokens: [...this.tokens.values()].map((t) => [
        t.id,
        t.form,
        t.folded,
        t.fine,
        t.skeletons,
        t.given,
      ]),
      persons: [...this.persons.values()].map((p) => [
        p.id,
        p.names.map((n): [string, NameScript | null, 'primary' | 'alias' | null, number[]] => [
          n.text,
          n.script,
          n.kind,
          n.tokens,
        ]),
      ]),
    };
  }

  /**
   * Restores an index saved with toJSON without recomputing any key: only the look-up maps
   * are filled again. Throws when the data was written by another version of the keys, in
   * which case the caller rebuilds from the case files.
   */
  static fromJSON(data: SerializedNameIndex): NameIndex {
    if (data.format !== 'kartoteka-name-index' || data.version !== NAME_INDEX_VERSION) {
      throw new Error('the saved name index was made by another version; rebuild it');
    }
    const index = new NameIndex();
    for (const [id, form, folded, fine, skeletons, given] of data.tokens) {
      index.registerToken({ id, form, folded, fine, skeletons, given, persons: new Map() }, true);
      index.nextToken = Math.max(index.nextToken, id + 1);
    }
    // The sorted lists are filled once at the end rather than word by word.
    index.sortedFolded.reset(index.byFolded.keys());
    index.sortedSkeletons.reset(index.bySkeleton.keys());
    for (const [id, names] of data.persons) {
      index.insertPerson(
        id,
        names.map(([text, script, kind, tokens]) => ({ text, script, kind, tokens })),
      );
    }
    return index;
  }

  // ——— internals ———

  private insertPerson(id: string, names: StoredName[]): void {
    const no = this.nextPerson++;
    const surnames = new Set<number>();
    for (const n of names) {
      n.tokens.forEach((t, i) => {
        const token = this.tokens.get(t);
        if (!token) return;
        token.persons.set(no, (token.persons.get(no) ?? 0) + 1);
        // A surname is a word that is not a known given name and stands after the first word
        // of a name, or alone: "Mikalai Statkevich", "Статкевич Николай" (both forms present),
        // "Statkevič".
        if (token.given.length === 0 && (i > 0 || n.tokens.length === 1)) surnames.add(t);
      });
    }
    this.persons.set(no, { no, id, names, surnames });
    this.personNo.set(id, no);
  }

  private internToken(word: string): number {
    const form = wordForm(word);
    const known = this.byForm.get(form);
    if (known !== undefined) return known;
    const keys = phoneticKeys(form);
    const token: Token = {
      id: this.nextToken++,
      form,
      folded: foldToken(word),
      fine: keys.fine,
      skeletons: keys.skeletons,
      given: givenNameClasses(form),
      persons: new Map(),
    };
    this.registerToken(token);
    return token.id;
  }

  private registerToken(token: Token, bulk = false): void {
    this.tokens.set(token.id, token);
    this.byForm.set(token.form, token.id);
    if (!bulk && !this.byFolded.has(token.folded)) this.sortedFolded.add(token.folded);
    addTo(this.byFolded, token.folded, token.id);
    this.foldedGrams.add(token.folded);
    for (const s of token.skeletons) {
      if (!bulk && !this.bySkeleton.has(s)) this.sortedSkeletons.add(s);
      addTo(this.bySkeleton, s, token.id);
      this.skeletonGrams.add(s);
    }
    for (const c of token.given) addTo(this.byGiven, c, token.id);
  }

  private dropToken(token: Token): void {
    this.tokens.delete(token.id);
    this.byForm.delete(token.form);
    removeFrom(this.byFolded, token.folded, token.id);
    if (!this.byFolded.has(token.folded)) this.sortedFolded.delete(token.folded);
    this.foldedGrams.delete(token.folded);
    for (const s of token.skeletons) {
      removeFrom(this.bySkeleton, s, token.id);
      if (!this.bySkeleton.has(s)) this.sortedSkeletons.delete(s);
      this.skeletonGrams.delete(s);
    }
    for (const c of token.given) removeFrom(this.byGiven, c, token.id);
  }

  /** Tokens matching one query word (as typed, and folded), with how well. */
  private matchWord(
    raw: string,
    folded: string,
    opts: { crossScript: boolean; prefix: boolean; fuzzy: boolean },
  ): Map<number, Hit> {
    const hits = new Map<number, Hit>();
    const offer = (tokenId: number, hit: Hit) => {
      const prev = hits.get(tokenId);
      if (!prev || hit.score > prev.score) hits.set(tokenId, hit);
    };
    for (const t of this.byFolded.get(folded) ?? []) offer(t, { score: 1, tier: 'exact' });

    const keys = phoneticKeys(wordForm(raw));
    if (opts.crossScript) {
      for (const s of keys.skeletons) {
        for (const t of this.bySkeleton.get(s) ?? []) {
          offer(t, { score: 0.7 + 0.2 * this.fineSimilarity(keys.fine, t), tier: 'variant' });
        }
      }
      for (const c of givenNameClasses(wordForm(raw))) {
        for (const t of this.byGiven.get(c) ?? []) offer(t, { score: 0.7, tier: 'variant' });
      }
    }

    if (opts.prefix && Array.from(folded).length >= 2) {
      for (const f of this.sortedFolded.withPrefix(folded, PREFIX_LIMIT)) {
        if (f === folded) continue;
        for (const t of this.byFolded.get(f) ?? []) {
          offer(t, { score: 0.6 + 0.3 * (folded.length / f.length), tier: 'prefix' });
        }
      }
      if (opts.crossScript) {
        for (const s of keys.skeletons) {
          if (s.length < 3) continue;
          for (const full of this.sortedSkeletons.withPrefix(s, PREFIX_LIMIT)) {
            if (full === s) continue;
            for (const t of this.bySkeleton.get(full) ?? []) {
              offer(t, { score: 0.5 + 0.2 * (s.length / full.length), tier: 'prefix' });
            }
          }
        }
      }
    }

    // Typos are looked for unless the word is spelled exactly as some name: then it is taken
    // as meant (and the look-up, the costly part of a query, is saved). A skeleton match does
    // not stop the search: a typo can land on another person's skeleton.
    const budget = editBudget(Array.from(folded).length);
    const exact = [...hits.values()].some((h) => h.tier === 'exact');
    if (opts.fuzzy && budget > 0 && !exact) {
      // The two most likely readings are enough to catch a typo.
      const queryKeys = opts.crossScript ? keys.skeletons.slice(0, 2) : [folded];
      for (const key of queryKeys) {
        // A skeleton of three signs (m*r) is one edit from too many names to mean anything.
        if (Array.from(key).length < 4) continue;
        this.fuzzyMatches(key, keys.fine, budget, opts.crossScript, offer);
      }
    }
    return hits;
  }

  /**
   * Typo tolerance: the strings that share enough trigrams with the key (GramIndex) are
   * ranked by fuse.js (Bitap) and kept only if truly within the edit budget.
   */
  private fuzzyMatches(
    key: string,
    queryFine: readonly string[],
    budget: number,
    crossScript: boolean,
    offer: (tokenId: number, hit: Hit) => void,
  ): void {
    const strings = (crossScript ? this.skeletonGrams : this.foldedGrams).candidates(
      key,
      budget,
      FUZZY_CANDIDATES,
    );
    if (strings.length === 0) return;
    const fuse = new Fuse(strings, {
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      threshold: 0.5,
    });
    for (const r of fuse.search(key)) {
      const distance = editDistance(key, r.item, budget);
      if (distance > budget) continue;
      // fuse.js ranks the spelling; the fine keys (with vowels) part names whose skeletons are
      // equally far from the typo. Always below 0.5, under any exact or variant match.
      const base = 0.25 * (1 - (r.score ?? 1)) - 0.05 * (distance - 1);
      const tokens = crossScript ? this.bySkeleton.get(r.item) : this.byFolded.get(r.item);
      for (const t of tokens ?? []) {
        const similarity = crossScript
          ? this.fineSimilarity(queryFine, t)
          : 1 - distance / Math.max(key.length, 1);
        offer(t, { score: base + 0.2 * similarity, tier: 'fuzzy' });
      }
    }
  }

  private fineSimilarity(queryFine: readonly string[], tokenId: number): number {
    const token = this.tokens.get(tokenId);
    if (!token) return 0;
    let best = 0;
    for (const a of queryFine) {
      for (const b of token.fine) {
        const len = Math.max(a.length, b.length, 1);
        best = Math.max(best, 1 - editDistance(a, b, len) / len);
      }
    }
    return best;
  }

  /** The result for one person: best name entry, highlights, tier. */
  private describe(
    no: number,
    row: readonly (Hit | undefined)[],
    wordHits: readonly Map<number, Hit>[],
    queryCyrillic: boolean,
  ): NameMatch {
    const person = this.persons.get(no);
    const matchedWords = row.flatMap((h, i) => (h ? [i] : []));
    let best: {
      name: StoredName;
      words: number;
      score: number;
      tokens: Set<number>;
      sameScript: boolean;
    } | null = null;
    for (const name of person?.names ?? []) {
      const hitTokens = new Set<number>();
      let words = 0;
      let score = 0;
      wordHits.forEach((hits, i) => {
        let wordBest = 0;
        for (const t of name.tokens) {
          const h = hits.get(t);
          if (h) {
            hitTokens.add(t);
            wordBest = Math.max(wordBest, h.score);
          }
        }
        if (wordBest > 0 && row[i]) {
          words++;
          score += wordBest;
        }
      });
      const sameScript = CYRILLIC.test(name.text) === queryCyrillic;
      const better =
        !best ||
        words > best.words ||
        (words === best.words && score > best.score + 1e-9) ||
        // On a tie, show the name in the script the user typed in.
        (words === best.words &&
          Math.abs(score - best.score) <= 1e-9 &&
          sameScript &&
          !best.sameScript);
      if (better) {
        best = { name, words, score, tokens: hitTokens, sameScript };
      }
    }
    const { score, tier } = summarize(row);
    // A small bonus when one written name holds every matched word ("Nikolai Statkevich"
    // against the name "Николай Статкевич", not two words found in two different names).
    const together = best !== null && best.words === matchedWords.length && matchedWords.length > 1;
    return {
      personId: person?.id ?? '',
      score: score + (together ? 0.05 : 0),
      matchedWords,
      tier,
      name: best?.name.text ?? '',
      highlights: best ? highlightsIn(best.name, best.tokens) : [],
    };
  }
}

/** The words of a name or query as written ("Aleś Bialacki" → Aleś, Bialacki). */
export function nameWords(text: string): string[] {
  return wordSpans(text)
    .map((w) => w.text)
    .filter((w) => foldToken(w) !== '');
}

/** A word lower-cased and composed, apostrophes dropped, diacritics kept: the token's identity. */
function wordForm(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼʹ`´‘]/gu, '');
}

function highlightsIn(name: StoredName, tokens: ReadonlySet<number>): TextRange[] {
  const spans = wordSpans(name.text).filter((w) => foldToken(w.text) !== '');
  const out: TextRange[] = [];
  spans.forEach((span, i) => {
    const t = name.tokens[i];
    if (t !== undefined && tokens.has(t)) out.push({ start: span.start, end: span.end });
  });
  return out;
}

function summarize(row: readonly (Hit | undefined)[]): {
  coverage: number;
  score: number;
  tier: NameTier;
} {
  let coverage = 0;
  let score = 0;
  let tier: NameTier = 'exact';
  for (const h of row) {
    if (!h) continue;
    coverage++;
    score += h.score;
    if (TIER_STRENGTH[h.tier] < TIER_STRENGTH[tier] || (h.tier === 'variant' && tier === 'prefix'))
      tier = h.tier;
  }
  return { coverage, score, tier };
}

function byCoverageThenScore(
  a: { coverage: number; score: number },
  b: { coverage: number; score: number },
): number {
  return b.coverage - a.coverage || b.score - a.score;
}

/** Edits tolerated in a word of `length` letters: none below 4, one up to 7, two from 8. */
export function editBudget(length: number): number {
  if (length < 4) return 0;
  return length <= 7 ? 1 : 2;
}

function addTo(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

function removeFrom(map: Map<string, Set<number>>, key: string, id: number): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(id);
  if (set.size === 0) map.delete(key);
}
