import type { CaseNames } from '../../db/caseNameQueries';
import type { PersonName } from '../../../shared/names/index.js';
import type { Occurrence } from './MentionFinder';
import { MentionFinder } from './MentionFinder';
import { nameChanges } from './nameChanges';

export interface SourceMentions {
  /** Known people, in order of first mention, with their case file's names. */
  people: { person: CaseNames; occurrences: Occurrence[] }[];
  /** Person-like names matching no case file, spellings of one name grouped. */
  unknown: { name: string; occurrences: Occurrence[] }[];
  /** The names' revision these were found with. */
  revision: number;
}

/**
 * The archive's case names and the mention finder over them, brought up to date from each
 * new list of names by re-indexing only the people whose names changed.
 */
export class MentionIndex {
  private readonly finder = new MentionFinder();
  private readonly indexed = new Map<string, readonly PersonName[]>();
  private cases = new Map<string, CaseNames>();
  /** Bumped on every change of names; 0 until the first list arrives. */
  revision = 0;

  /** true when any name changed (and the revision moved). */
  update(cases: readonly CaseNames[]): boolean {
    this.cases = new Map(cases.map((c) => [c.id, c]));
    const changes = nameChanges(this.indexed, cases);
    if (this.revision > 0 && changes.upserts.length === 0 && changes.removals.length === 0)
      return false;
    this.finder.apply(changes);
    this.revision++;
    return true;
  }

  find(text: string): SourceMentions {
    const found = this.finder.find(text);
    return {
      people: found.people.flatMap((p) => {
        const person = this.cases.get(p.personId);
        return person ? [{ person, occurrences: p.occurrences }] : [];
      }),
      unknown: found.unknown,
      revision: this.revision,
    };
  }
}
