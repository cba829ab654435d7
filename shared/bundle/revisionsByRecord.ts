import type { Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';

/** One record's revisions from a bundle, all of them. */
export interface RecordRevisions {
  /** The record's number: records are numbered in the order their first revision comes. */
  index: number;
  entity: EntityKind;
  recordId: string;
  /** In the bundle's order. */
  revisions: Revision[];
}

/**
 * A checked batch's revisions, reachable record by record without holding all of them: an
 * import previews and applies a bounded group of records at a time. Held in memory
 * (revisionsInMemory) or read again from a bundle's bytes (LaterRevisions).
 */
export interface RevisionsByRecord {
  readonly revisionCount: number;
  readonly recordCount: number;
  /** Every revision's id, each once, in order (a revision's place in it is its ordinal). */
  revisionIds(): Iterable<string>;
  /** The record of the revision at this ordinal. */
  recordOf(ordinal: number): number;
  hasRevision(id: string): boolean;
  entityOf(record: number): EntityKind;
  recordIdOf(record: number): string;
  /**
   * The records `wanted` picks, each once with all its revisions, in chunks of about
   * `maxRevisions` revisions (a record is never split), in no promised order. Synchronous, so
   * that a chunk can be produced inside an IndexedDB transaction, which can wait on nothing
   * but its requests. `maxOpen`: how many revisions a reader may hold while their records'
   * last revisions are still to come (a default suits; tests set it low).
   */
  chunks(
    wanted: (record: number) => boolean,
    maxRevisions: number,
    maxOpen?: number,
  ): Generator<RecordRevisions[]>;
}
