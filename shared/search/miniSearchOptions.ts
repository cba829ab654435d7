import type { Options, SearchOptions } from 'minisearch';
import { splitWords, termOf } from './termOf.js';

/**
 * MiniSearch configuration, in one place because a saved index can only be loaded with the
 * options it was built with (bump SEARCH_INDEX_VERSION when any of this changes).
 */

/** The document MiniSearch sees: every kind of record mapped onto the same fields. */
export interface FullTextDoc {
  /** `${kind}:${id}` */
  key: string;
  /** Case files: every name, any script. */
  names: string;
  /** Source title, first line of a note. */
  title: string;
  /** Source publisher and author. */
  byline: string;
  /** Source text, case text, note, annotation quote and note. */
  body: string;
  /** Acronyms the text spells out (see acronymRuns.ts), space-separated. */
  acronyms: string;
  /** Cross-script name terms of capitalised words (see nameKeyTerms.ts), space-separated. */
  nameKeys: string;
}

export const FULL_TEXT_FIELDS = [
  'names',
  'title',
  'byline',
  'body',
  'acronyms',
  'nameKeys',
] as const;
export type FullTextField = (typeof FULL_TEXT_FIELDS)[number];

/** The fields an ordinary query word is looked up in (nameKeys only take `~` terms). */
export const WORD_FIELDS: FullTextField[] = ['names', 'title', 'byline', 'body', 'acronyms'];

/** Fields whose content is a list of ready-made terms, not text. */
const TERM_LIST_FIELDS = new Set<string>(['acronyms', 'nameKeys']);

/**
 * Field boosts (MiniSearch default: 1 for every field). A word in a person's name or a
 * source's title says more about the document than the same word deep in its text; an
 * acronym or a phonetic name key is weaker evidence than the word as written.
 */
export const FIELD_BOOSTS: Readonly<Record<FullTextField, number>> = {
  names: 3,
  title: 2,
  byline: 1.5,
  body: 1,
  acronyms: 0.7,
  nameKeys: 0.5,
};

/**
 * Options for building and loading the index.
 * - idField 'key' (default 'id'): ids of different kinds may not collide.
 * - storeFields [] (the default): nothing is stored in MiniSearch; what results need is
 *   kept beside it, and source texts are not kept at all (they live in IndexedDB).
 * - extractField: the field as a string (default reads doc[field]; the same here, typed).
 * - tokenize (default: split on spaces and punctuation): splitWords, which keeps apostrophes
 *   inside words; term-list fields are split on spaces only.
 * - processTerm (default: lower case): termOf — folded (diacritics, case, apostrophes),
 *   possessive 's dropped, a few function words left out; term-list fields as they are.
 * - autoVacuum (default true: clean up after discard() once 10% of documents are dirty and
 *   at least 20 discards happened, in batches of 1000 every 10 ms): kept, so updates never
 *   need a rebuild and memory of discarded documents is reclaimed in the background.
 */
export function miniSearchOptions(): Options<FullTextDoc> {
  return {
    idField: 'key',
    fields: [...FULL_TEXT_FIELDS],
    storeFields: [],
    extractField: (doc, field) => doc[field as keyof FullTextDoc],
    tokenize: (text, field) =>
      field !== undefined && TERM_LIST_FIELDS.has(field)
        ? text.split(' ').filter((t) => t !== '')
        : splitWords(text),
    processTerm: (term, field) =>
      field !== undefined && TERM_LIST_FIELDS.has(field) ? term : termOf(term),
  };
}

/**
 * Search options: SearchIndex never lets MiniSearch expand terms itself (prefix and fuzzy
 * default false, kept so); it looks up the completions and near spellings it wants (see
 * SearchIndex.lookupsFor) and passes exact terms, each with the weight MiniSearch would give
 * it (defaults: prefix 0.375, fuzzy 0.45 of an exact match). BM25 defaults (k 1.2, b 0.7,
 * d 0.5) are kept. combineWith is OR (the default): how many query words a document matches
 * is counted by SearchIndex and ranks first, so OR does not drown documents that match
 * everything.
 *
 * Typo tolerance: 1 edit for words of 5–7 letters, 2 from 8 letters; shorter words must be
 * exact (a tolerance on "15" or "art" finds noise). Only for words the index does not know.
 */
/** Edits tolerated in a query word of `length` letters. */
export function fuzzyDistance(length: number): number | false {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return false;
}

/** Options for looking up ready-made terms (name keys) exactly in one field. */
export function exactTermOptions(fields: FullTextField[]): SearchOptions {
  return { fields, prefix: false, fuzzy: false, tokenize: (s) => [s], processTerm: (t) => t };
}
