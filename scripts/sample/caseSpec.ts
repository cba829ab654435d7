import type {
  Affiliation,
  DetentionPlace,
  Gender,
  LegalCase,
  NameEntry,
  StatusEntry,
  TimelineEvent,
} from '../../shared/model/caseFile.js';
import type { SeedKey } from './seedSources.js';
import type { TagKey } from './sampleTags.js';

/**
 * How the sample's case files are written by hand: the values of a case file, each with the
 * quotes that back it. Ids are left out; the generator derives them from the keys, so that
 * a regenerated sample has the same ids and editing one fact does not renumber the others.
 */

/** A quote that backs a fact: an exact substring of one seed article. */
export interface QuoteSpec {
  source: SeedKey;
  quote: string;
  /** Which occurrence (0-based) when the quote occurs more than once in the source. */
  occurrence?: number;
  /** Why the quote supports the fact, when that is not plain (a date derived from an age). */
  note?: string;
}

/** At least one quote: a fact the sources do not back does not go into the sample. */
export type Cites = readonly [QuoteSpec, ...QuoteSpec[]];

/** A list entry: its values, a key unique within its list, and its quotes. */
export type EntrySpec<T extends { id: string }> = Omit<T, 'id'> & { key: string; cite: Cites };

export interface ScalarSpec<T> {
  value: T;
  cite: Cites;
}

export interface NoteSpec {
  key: string;
  /** Markdown. */
  body: string;
  private: boolean;
}

export interface CaseSpec {
  /** Stable key the case file's ids are derived from, e.g. 'statkevich'. */
  key: string;
  names: readonly EntrySpec<NameEntry>[];
  birthDate: ScalarSpec<string> | null;
  gender: ScalarSpec<Gender> | null;
  occupation: ScalarSpec<string> | null;
  affiliations: readonly EntrySpec<Affiliation>[];
  statusHistory: readonly EntrySpec<StatusEntry>[];
  events: readonly EntrySpec<TimelineEvent>[];
  legalCases: readonly EntrySpec<LegalCase>[];
  detention: readonly EntrySpec<DetentionPlace>[];
  tags: readonly TagKey[];
  notes: readonly NoteSpec[];
}
