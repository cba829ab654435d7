import { utf16OffsetOf } from '../../../shared/anchoring/codePoints.js';
import type { PersonName, PersonNames, TextMention } from '../../../shared/names/index.js';
import { NameIndex, findMentions } from '../../../shared/names/index.js';

/** Where a name occurs in a text: code points (as selectors and ?at= count) and UTF-16 units. */
export interface Occurrence {
  start: number;
  end: number;
  start16: number;
  end16: number;
  /** As written. */
  text: string;
}

export interface FoundMentions {
  /** Known people, in order of first mention. */
  people: { personId: string; occurrences: Occurrence[] }[];
  /** Person-like names matching no case file, spellings of one name grouped. */
  unknown: { name: string; occurrences: Occurrence[] }[];
}

/** What changed in the archive's names since the finder last heard: only that is re-indexed. */
export interface NameChanges {
  upserts: PersonNames[];
  removals: string[];
}

/**
 * The archive's names indexed once and kept up to date change by change, so a source's
 * mentions are found without rebuilding the index (10,000 case files take seconds to index
 * from scratch, a changed one well under a millisecond).
 */
export class MentionFinder {
  /** `index`: a name index restored from the search worker's saved names part, or a new one. */
  constructor(private readonly index: NameIndex = new NameIndex()) {}

  apply(changes: NameChanges): void {
    for (const id of changes.removals) this.index.remove(id);
    this.index.addAll(changes.upserts);
  }

  get size(): number {
    return this.index.size;
  }

  namesOf(personId: string): PersonName[] {
    return this.index.namesOf(personId);
  }

  find(text: string): FoundMentions {
    const found = findMentions(text, this.index);
    // Without characters outside the BMP the two offsets agree; only then is conversion needed.
    const astral = /[\uD800-\uDBFF]/.test(text);
    const occurrence = (m: TextMention): Occurrence => ({
      start: m.start,
      end: m.end,
      start16: astral ? utf16OffsetOf(text, m.start) : m.start,
      end16: astral ? utf16OffsetOf(text, m.end) : m.end,
      text: m.text,
    });
    return {
      people: found.people.map((p) => ({
        personId: p.personId,
        occurrences: p.mentions.map(occurrence),
      })),
      unknown: found.unknown.map((u) => ({
        name: u.name,
        occurrences: u.mentions.map(occurrence),
      })),
    };
  }
}
