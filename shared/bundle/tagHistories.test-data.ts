import fc from 'fast-check';
import type { Actor, Revision } from '../model/revision.js';
import { ANNA, BORIS, testAt, testId } from '../merge/mergeTestkit.js';

/** One revision of a test history, as a property test draws it. */
export interface TagRevisionSpec {
  /** Picks among the record's earlier revisions (modulo their number); repeats dropped. */
  parents: number[];
  name: string;
  byBoris: boolean;
  minute: number;
  deleted: boolean;
}

/** One revision of a random tag history, for the properties that build them. */
export const tagRevisionSpec: fc.Arbitrary<TagRevisionSpec> = fc.record({
  parents: fc.array(fc.nat(), { maxLength: 2 }),
  name: fc.constantFrom('Minsk', 'Hrodna', 'Brest'),
  byBoris: fc.boolean(),
  minute: fc.nat(30),
  deleted: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

/**
 * Tag histories for tests of bundles read record by record: record i's revisions in the order
 * drawn, each naming some of the record's earlier revisions as parents (branches, merges and
 * deletions included), so several heads and conflicts occur.
 */
export function buildTagHistories(records: readonly (readonly TagRevisionSpec[])[]): Revision[][] {
  return records.map((specs, i) => {
    const recordId = testId(i + 1, 0x7a9);
    const made: Revision[] = [];
    specs.forEach((spec, j) => {
      const parents =
        j === 0 ? [] : [...new Set(spec.parents.map((p) => (made[p % j] as Revision).id))];
      const by: Actor = spec.byBoris ? BORIS : ANNA;
      made.push({
        id: testId(i * 100 + j + 1, 0x7e0),
        entity: 'tag',
        recordId,
        parents,
        at: testAt(spec.minute + j),
        by,
        deleted: spec.deleted,
        data: spec.deleted ? null : { id: recordId, name: spec.name, description: '' },
      });
    });
    return made;
  });
}
