import {
  describeNameMatch,
  isCyrillicQuery,
  summarizeHits,
  TOGETHER_BONUS,
} from './describeNameMatch.js';
import { foldToken } from './foldText.js';
import { type Hit, matchNameWord } from './matchNameWord.js';
import type {
  NameMatch,
  NameSearchOptions,
  PersonName,
  PersonNames,
  WordMatch,
} from './NameMatch.js';
import { NameVocabulary, type PackedVocabulary } from './NameVocabulary.js';
import { nameWords } from './nameWords.js';
import { TopK } from '../search/TopK.js';
import {
  type PackedPersons,
  packPersons,
  RestoredPersons,
  type StoredName,
  type StoredPerson,
} from './StoredPerson.js';

export type {
  NameMatch,
  NameSearchOptions,
  NameTier,
  PersonName,
  PersonNames,
  TextRange,
  WordMatch,
} from './NameMatch.js';
export { editBudget } from './editBudget.js';
export { nameWords } from './nameWords.js';

/**
 * The names of every person in the archive, indexed for matching across scripts,
 * romanisations and typos. See docs/name-matching.md.
 *
 * Every distinct name word is stored once (NameVocabulary), with its folded form, phonetic
 * keys and given-name classes; inverted maps lead from folded forms, skeletons, given-name
 * classes and key trigrams to words, and from words to people. A query word is looked up in
 * those maps (matchNameWord), and only the few dozen words that share enough trigrams with it
 * are handed to fuse.js for fuzzy ranking. Nothing scans all the names.
 */

/** 2: packed into a few strings and typed arrays (1 was arrays of small arrays). */
export const NAME_INDEX_VERSION = 2;

/** Structured-cloneable (typed arrays); never meant for JSON.stringify. */
export interface SerializedNameIndex {
  format: 'kartoteka-name-index';
  version: number;
  vocabulary: PackedVocabulary;
  persons: PackedPersons;
}

export class NameIndex {
  private nextPerson = 0;
  private vocabulary = new NameVocabulary();
  /** People added since the restore, and restored people once asked for. */
  private readonly persons = new Map<number, StoredPerson>();
  private readonly personNo = new Map<string, number>();
  /** The people restored, by number (0 … count − 1), made into objects when first needed. */
  private restored: RestoredPersons | null = null;
  private restoredAlive = new Uint8Array(0);

  get size(): number {
    return this.personNo.size;
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
      tokens: nameWords(n.text).map((w) => this.vocabulary.intern(w)),
    }));
    this.insertPerson(this.nextPerson++, person.id, names);
  }

  /** Replaces a person's names (or adds the person). */
  update(person: PersonNames): void {
    this.remove(person.id);
    this.add(person);
  }

  /**
   * Adds or replaces many people at once: much faster than one by one for a whole archive,
   * since the sorted word lists are sorted once at the end.
   */
  addAll(people: Iterable<PersonNames>): void {
    this.vocabulary.bulk(() => {
      for (const p of people) this.update(p);
    });
  }

  /** Removes a person; false if it was not indexed. */
  remove(personId: string): boolean {
    const no = this.personNo.get(personId);
    if (no === undefined) return false;
    const person = this.person(no);
    this.persons.delete(no);
    this.personNo.delete(personId);
    if (no < this.restoredAlive.length) this.restoredAlive[no] = 0;
    const tokens = new Set((person?.names ?? []).flatMap((n) => n.tokens));
    for (const t of tokens) this.vocabulary.detach(t, no);
    return true;
  }

  /** The names indexed for a person, as given. */
  namesOf(personId: string): PersonName[] {
    const no = this.personNo.get(personId);
    const p = no === undefined ? undefined : this.person(no);
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
        : matchNameWord(this.vocabulary, w.raw, w.folded, {
            crossScript,
            prefix: (options.prefix ?? false) && i === words.length - 1,
            fuzzy:
              typeof options.fuzzy === 'object'
                ? (options.fuzzy[i] ?? true)
                : (options.fuzzy ?? true),
          }),
    );

    // person → per query word, the best hit on any of their tokens
    const perPerson = new Map<number, (Hit | undefined)[]>();
    wordHits.forEach((hits, i) => {
      for (const [tokenId, hit] of hits) {
        for (const no of this.vocabulary.personsWith(tokenId)) {
          let row = perPerson.get(no);
          if (!row) perPerson.set(no, (row = new Array<Hit | undefined>(words.length)));
          const prev = row[i];
          if (!prev || hit.score > prev.score) row[i] = hit;
        }
      }
    });

    const queryCyrillic = isCyrillicQuery(words.map((w) => w.raw));
    // One plain object per person (a spread of the summary made two, in dictionary mode).
    const ranked: { no: number; row: (Hit | undefined)[]; coverage: number; score: number }[] = [];
    for (const [no, row] of perPerson) {
      const { coverage, score } = summarizeHits(row);
      ranked.push({ no, row, coverage, score });
    }
    // Equal matches in the order of their ids, not of their numbers: numbers follow the order
    // people were added and removed in, so two indexes holding the same people (one edited
    // over time, one built afresh or restored) would otherwise list ties differently.
    const before = (i: number, j: number) => {
      const a = ranked[i] as (typeof ranked)[number];
      const b = ranked[j] as (typeof ranked)[number];
      return b.coverage - a.coverage || b.score - a.score || byId(this.idOf(a.no), this.idOf(b.no));
    };
    // Only the first `limit × 3` are ever described (describedCount), so they are selected
    // rather than all sorted: a common given name matches thousands of people, and sorting
    // them, ties broken by id, was most of a typo query's time.
    const top = new TopK(limit * 3, before);
    for (let i = 0; i < ranked.length; i++) top.offer(i);
    const best = top.best().map((i) => ranked[i] as (typeof ranked)[number]);
    return best
      .slice(0, describedCount(best, limit))
      .map((r) => describeNameMatch(this.person(r.no), r.row, wordHits, queryCyrillic))
      .sort(
        (a, b) =>
          b.matchedWords.length - a.matchedWords.length ||
          b.score - a.score ||
          byId(a.personId, b.personId),
      )
      .slice(0, limit);
  }

  /**
   * How one word of a text matches people, for finding mentions: exact folded spelling, same
   * skeleton or equivalent given name; no prefixes, no typos (a text is not typed at us).
   */
  matchTextWord(word: string, crossScript = true): WordMatch[] {
    const folded = foldToken(word);
    if (folded === '') return [];
    const hits = matchNameWord(this.vocabulary, word, folded, {
      crossScript,
      prefix: false,
      fuzzy: false,
    });
    const best = new Map<number, WordMatch & { surname: boolean }>();
    for (const [tokenId, hit] of hits) {
      for (const no of this.vocabulary.personsWith(tokenId)) {
        const person = this.person(no);
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
      .sort((a, b) => b.score - a.score || byId(a.personId, b.personId));
  }

  /**
   * The index as structured-cloneable data: a few strings and typed arrays. People are
   * renumbered in their order (restored ones first), which keeps every order a search sees.
   */
  toJSON(): SerializedNameIndex {
    return {
      format: 'kartoteka-name-index',
      version: NAME_INDEX_VERSION,
      vocabulary: this.vocabulary.pack(),
      persons: packPersons(this.allPersons()),
    };
  }

  /**
   * Restores an index saved with toJSON without recomputing any key or sorting any list; the
   * people stay packed until a search needs them. Throws when the data was written by another
   * version of the index or does not add up, in which case the caller rebuilds from the case
   * files.
   */
  static fromJSON(data: SerializedNameIndex): NameIndex {
    if (data.format !== 'kartoteka-name-index' || data.version !== NAME_INDEX_VERSION) {
      throw new Error('the saved name index was made by another version; rebuild it');
    }
    const index = new NameIndex();
    const vocabulary = NameVocabulary.unpack(data.vocabulary);
    const restored = new RestoredPersons(data.persons, (t) => vocabulary.isToken(t));
    const count = restored.count;
    // Each person once per token, however many of their names hold it.
    const lastPerson = new Int32Array(vocabulary.tokenLimit).fill(-1);
    for (let p = 0; p < count; p++) {
      const id = restored.ids[p] as string;
      if (index.personNo.has(id)) throw new Error('the saved name index names a person twice');
      index.personNo.set(id, p);
      restored.forEachToken(p, (t) => {
        if (lastPerson[t] === p) return;
        lastPerson[t] = p;
        vocabulary.attach(t, p);
      });
    }
    vocabulary.dropUnused();
    index.vocabulary = vocabulary;
    index.restored = restored;
    index.restoredAlive = new Uint8Array(count).fill(1);
    index.nextPerson = count;
    return index;
  }

  /** A person's id by number, without making a restored person into an object. */
  private idOf(no: number): string {
    return this.persons.get(no)?.id ?? this.restored?.ids[no] ?? '';
  }

  /** A person by number: added since the restore, or restored and made into an object now. */
  private person(no: number): StoredPerson | undefined {
    const known = this.persons.get(no);
    if (known || !this.restored || this.restoredAlive[no] !== 1) return known;
    const person = this.storedPerson(no, this.restored.ids[no] as string, this.restored.names(no));
    this.persons.set(no, person);
    return person;
  }

  /** Every person, restored ones in their order first, then those added since. */
  private *allPersons(): Generator<StoredPerson> {
    const restoredCount = this.restoredAlive.length;
    for (let no = 0; no < restoredCount; no++) {
      const p = this.restoredAlive[no] === 1 ? this.person(no) : undefined;
      if (p) yield p;
    }
    for (const [no, p] of this.persons) if (no >= restoredCount) yield p;
  }

  private insertPerson(no: number, id: string, names: StoredName[]): void {
    const person = this.storedPerson(no, id, names);
    const tokens = new Set(names.flatMap((n) => n.tokens));
    for (const t of tokens) this.vocabulary.attach(t, no);
    this.persons.set(no, person);
    this.personNo.set(id, no);
  }

  private storedPerson(no: number, id: string, names: StoredName[]): StoredPerson {
    const surnames = new Set<number>();
    for (const n of names) {
      n.tokens.forEach((t, i) => {
        // A surname is a word that is not a known given name and stands after the first word
        // of a name, or alone: "Mikalai Statkevich", "Статкевич Николай" (both forms present),
        // "Statkevič".
        if (!this.vocabulary.isGivenName(t) && (i > 0 || n.tokens.length === 1)) surnames.add(t);
      });
    }
    return { no, id, names, surnames };
  }
}

/**
 * How many of the ranked people (most words, then score) to describe: the first `limit × 3`,
 * less those that cannot reach the first `limit` however their bonus for holding every word
 * in one name falls. At least `limit` people rank at or above the limit-th, so a person with
 * fewer words, or the same words and a score lower by more than the bonus, stays below it.
 * (A full-text query asks for 200 people and describing 600 was a good part of its time.)
 */
function describedCount(
  ranked: readonly { coverage: number; score: number }[],
  limit: number,
): number {
  const most = Math.min(ranked.length, limit * 3);
  const last = ranked[limit - 1];
  if (!last) return most;
  let n = limit;
  while (n < most) {
    const r = ranked[n] as { coverage: number; score: number };
    if (r.coverage < last.coverage || r.score + TOGETHER_BONUS < last.score - 1e-9) break;
    n++;
  }
  return n;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
