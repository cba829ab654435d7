import { foldToken } from './foldText.js';
import { GramIndex, type PackedGramIndex } from './GramIndex.js';
import { givenNameClasses } from './givenNameVariants.js';
import {
  type PackedStringLists,
  type PackedStrings,
  packStringLists,
  packStrings,
  unpackStringLists,
  unpackStrings,
} from './packedStrings.js';
import { phoneticKeys } from './phoneticKeys.js';
import { type PackedPostings, PostingMap } from './PostingMap.js';
import { SortedStrings } from './SortedStrings.js';
import { wordForm } from './nameWords.js';
import { numbersByValue } from './numbersByValue.js';

/** The vocabulary as saved: every field by token number, plus the look-ups that are costly to redo. */
export interface PackedVocabulary {
  /** A dropped token's number has the empty form. */
  forms: PackedStrings;
  folded: PackedStrings;
  fine: PackedStringLists;
  skeletons: PackedStringLists;
  given: PackedStringLists;
  byFolded: PackedPostings;
  bySkeleton: PackedPostings;
  foldedGrams: PackedGramIndex;
  skeletonGrams: PackedGramIndex;
}

const EMPTY: readonly number[] = [];

/**
 * Every distinct name word (token) once, with its folded form, phonetic keys and given-name
 * classes, and the maps that lead from a folded form, a skeleton, a given-name class or a
 * key's trigrams to tokens, and from a token to the people who bear it. Tokens are numbered;
 * their fields live in arrays by number, so that saving and restoring copy a few arrays.
 */
export class NameVocabulary {
  private readonly forms: (string | null)[] = [];
  private readonly foldedOf: string[] = [];
  private readonly fineOf: string[][] = [];
  private readonly skeletonsOf: string[][] = [];
  private readonly givenOf: string[][] = [];
  /** token → person numbers, each once */
  private readonly personsOf: number[][] = [];
  /** Word form → token; null after a restore until a change needs it (see `tokensByForm`). */
  private byForm: Map<string, number> | null = new Map();
  private byFoldedMap = new PostingMap();
  private bySkeletonMap = new PostingMap();
  private readonly byGivenMap = new PostingMap();
  private foldedGramIndex = new GramIndex();
  private skeletonGramIndex = new GramIndex();
  private readonly sortedFoldedList = new SortedStrings();
  private readonly sortedSkeletonList = new SortedStrings();
  /** While true, new keys are not put in the sorted lists one by one (see `bulk`). */
  private deferSorting = false;

  /** The token for a word (as written), made when new. */
  intern(word: string): number {
    const form = wordForm(word);
    const known = this.tokensByForm().get(form);
    if (known !== undefined) return known;
    const keys = phoneticKeys(form);
    return this.register(form, foldToken(word), keys.fine, keys.skeletons, givenNameClasses(form));
  }

  /**
   * Runs `work` (many interns) with the sorted lists filled once at the end: inserting each
   * new key into a sorted array moves half of it, which at tens of thousands of words costs
   * more than one sort.
   */
  bulk(work: () => void): void {
    if (this.deferSorting) return work();
    this.deferSorting = true;
    try {
      work();
    } finally {
      this.deferSorting = false;
      this.sortedFoldedList.reset(this.byFoldedMap.keys());
      this.sortedSkeletonList.reset(this.bySkeletonMap.keys());
    }
  }

  /**
   * A person now bears the token. Called once per token of a person newly inserted (the
   * caller passes each token once), so the list needs no search for duplicates.
   */
  attach(token: number, person: number): void {
    this.personsOf[token]?.push(person);
  }

  /** The person no longer bears the token; the token goes when nobody does. */
  detach(token: number, person: number): void {
    const list = this.personsOf[token];
    if (!list) return;
    const at = list.indexOf(person);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.drop(token);
  }

  personsWith(token: number): readonly number[] {
    return this.personsOf[token] ?? EMPTY;
  }

  fine(token: number): readonly string[] {
    return this.fineOf[token] ?? EMPTY_STRINGS;
  }

  /** A known given name (any class): not a surname. */
  isGivenName(token: number): boolean {
    return (this.givenOf[token]?.length ?? 0) > 0;
  }

  byFolded(folded: string): ArrayLike<number> {
    return this.byFoldedMap.get(folded) ?? EMPTY;
  }

  bySkeleton(skeleton: string): ArrayLike<number> {
    return this.bySkeletonMap.get(skeleton) ?? EMPTY;
  }

  byGiven(givenClass: string): ArrayLike<number> {
    return this.byGivenMap.get(givenClass) ?? EMPTY;
  }

  foldedWithPrefix(prefix: string, limit: number): string[] {
    return this.sortedFoldedList.withPrefix(prefix, limit);
  }

  skeletonsWithPrefix(prefix: string, limit: number): string[] {
    return this.sortedSkeletonList.withPrefix(prefix, limit);
  }

  get foldedGrams(): GramIndex {
    return this.foldedGramIndex;
  }

  get skeletonGrams(): GramIndex {
    return this.skeletonGramIndex;
  }

  pack(): PackedVocabulary {
    const live = (t: number) => this.forms[t] !== null;
    const ids = this.forms.map((_f, t) => t);
    return {
      forms: packStrings(this.forms.map((f) => f ?? '')),
      folded: packStrings(ids.map((t) => (live(t) ? (this.foldedOf[t] ?? '') : ''))),
      fine: packStringLists(ids.map((t) => (live(t) ? (this.fineOf[t] ?? []) : []))),
      skeletons: packStringLists(ids.map((t) => (live(t) ? (this.skeletonsOf[t] ?? []) : []))),
      given: packStringLists(ids.map((t) => (live(t) ? (this.givenOf[t] ?? []) : []))),
      byFolded: this.byFoldedMap.pack(),
      bySkeleton: this.bySkeletonMap.pack(),
      foldedGrams: this.foldedGramIndex.pack(),
      skeletonGrams: this.skeletonGramIndex.pack(),
    };
  }

  /**
   * Restores a packed vocabulary with no keys computed and no list sorted again. People are
   * attached afterwards by the caller, from their names. Throws on data that does not add up.
   */
  static unpack(packed: PackedVocabulary): NameVocabulary {
    const v = new NameVocabulary();
    // Only adding a word needs the map from forms to tokens: made then, not at every restore.
    v.byForm = null;
    const forms = unpackStrings(packed.forms);
    const folded = unpackStrings(packed.folded);
    const fine = unpackStringLists(packed.fine);
    const skeletons = unpackStringLists(packed.skeletons);
    const given = unpackStringLists(packed.given);
    const n = forms.length;
    if ([folded, fine, skeletons, given].some((a) => a.length !== n)) {
      throw new Error('the saved name vocabulary does not add up');
    }
    for (let t = 0; t < n; t++) {
      const form = forms[t] as string;
      const live = form !== '';
      v.forms.push(live ? form : null);
      v.foldedOf.push(folded[t] as string);
      v.fineOf.push(fine[t] as string[]);
      v.skeletonsOf.push(skeletons[t] as string[]);
      const classes = given[t] as string[];
      v.givenOf.push(classes);
      v.personsOf.push([]);
      if (!live) continue;
      for (const c of classes) v.byGivenMap.add(c, t);
    }
    const byFolded = PostingMap.unpack(packed.byFolded);
    const bySkeleton = PostingMap.unpack(packed.bySkeleton);
    v.byFoldedMap = byFolded.map;
    v.bySkeletonMap = bySkeleton.map;
    v.sortedFoldedList.resetSorted(byFolded.sortedKeys);
    v.sortedSkeletonList.resetSorted(bySkeleton.sortedKeys);
    v.foldedGramIndex = GramIndex.unpack(packed.foldedGrams);
    v.skeletonGramIndex = GramIndex.unpack(packed.skeletonGrams);
    return v;
  }

  /** One more than the highest token number. */
  get tokenLimit(): number {
    return this.forms.length;
  }

  /** Whether `token` names a live token (for checking restored names). */
  isToken(token: number): boolean {
    return Number.isInteger(token) && token >= 0 && (this.forms[token] ?? null) !== null;
  }

  /** Tokens nobody bears any more (left by a restore of damaged data): dropped. */
  dropUnused(): void {
    this.forms.forEach((form, t) => {
      if (form !== null && (this.personsOf[t]?.length ?? 0) === 0) this.drop(t);
    });
  }

  private tokensByForm(): Map<string, number> {
    this.byForm ??= numbersByValue(this.forms);
    return this.byForm;
  }

  private register(
    form: string,
    folded: string,
    fine: string[],
    skeletons: string[],
    given: string[],
  ): number {
    const id = this.forms.length;
    this.forms.push(form);
    this.foldedOf.push(folded);
    this.fineOf.push(fine);
    this.skeletonsOf.push(skeletons);
    this.givenOf.push(given);
    this.personsOf.push([]);
    this.tokensByForm().set(form, id);
    if (this.byFoldedMap.add(folded, id) && !this.deferSorting) this.sortedFoldedList.add(folded);
    this.foldedGramIndex.add(folded);
    for (const s of skeletons) {
      if (this.bySkeletonMap.add(s, id) && !this.deferSorting) this.sortedSkeletonList.add(s);
      this.skeletonGramIndex.add(s);
    }
    for (const c of given) this.byGivenMap.add(c, id);
    return id;
  }

  private drop(token: number): void {
    const form = this.forms[token];
    if (form === null || form === undefined) return;
    this.tokensByForm().delete(form);
    this.forms[token] = null;
    const folded = this.foldedOf[token] ?? '';
    if (this.byFoldedMap.remove(folded, token)) this.sortedFoldedList.delete(folded);
    this.foldedGramIndex.delete(folded);
    for (const s of this.skeletonsOf[token] ?? []) {
      if (this.bySkeletonMap.remove(s, token)) this.sortedSkeletonList.delete(s);
      this.skeletonGramIndex.delete(s);
    }
    for (const c of this.givenOf[token] ?? []) this.byGivenMap.remove(c, token);
    this.fineOf[token] = [];
    this.skeletonsOf[token] = [];
    this.givenOf[token] = [];
  }
}

const EMPTY_STRINGS: readonly string[] = [];
