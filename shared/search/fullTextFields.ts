import { termsOfText } from './termOf.js';

/**
 * The fields of the full-text index and how their text becomes terms. A saved index holds
 * terms made this way: bump SEARCH_INDEX_VERSION when any of this changes.
 */

/** The document the full-text index sees: every kind of record mapped onto the same fields. */
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
export const FIELD_COUNT = FULL_TEXT_FIELDS.length;

/** The fields an ordinary query word is looked up in (nameKeys only take `~` terms). */
export const WORD_FIELDS: FullTextField[] = ['names', 'title', 'byline', 'body', 'acronyms'];

/** Fields whose content is a list of ready-made terms, not text. */
const TERM_LIST_FIELDS = new Set<FullTextField>(['acronyms', 'nameKeys']);

/**
 * Field boosts. A word in a person's name or a source's title says more about the document
 * than the same word deep in its text; an acronym or a phonetic name key is weaker evidence
 * than the word as written.
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
 * The terms of one field, in order, repeats kept (they are the term frequencies): text is
 * split with splitWords (apostrophes inside words kept) and each word made a term with termOf
 * (folded, function words left out); term-list fields are split on spaces and kept as they are.
 */
export function termsOfField(field: FullTextField, text: string): string[] {
  if (text === '') return [];
  if (TERM_LIST_FIELDS.has(field)) return text.split(' ').filter((t) => t !== '');
  return termsOfText(text);
}

/**
 * Typo tolerance: 1 edit for words of 5–7 letters, 2 from 8 letters; shorter words must be
 * exact (a tolerance on "15" or "art" finds noise). Used only for words the index does not know.
 */
export function fuzzyDistance(length: number): number | false {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return false;
}
