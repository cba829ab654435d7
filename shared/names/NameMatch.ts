import type { NameScript } from '../model/caseFile.js';

/** The name index's public shapes: what goes in, how to ask, what comes out. */

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
  /**
   * Tolerate typing errors: 1 edit in words of 4–7 letters, 2 from 8. Default true. An array
   * says it per query word (a word past its end: true).
   */
  fuzzy?: boolean | readonly boolean[];
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
