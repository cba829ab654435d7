import type { Actor, Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';
import type { Id, IsoDateTime } from '../model/ids.js';
import { newId, nowIso } from '../model/ids.js';

export interface ResolutionInput {
  entity: EntityKind;
  recordId: Id;
  /** The view's `meta.heads`: every head the resolution settles. */
  heads: readonly Id[];
  by: Actor;
  /** The record as the person settled it; ignored when `deleted`. */
  data: unknown;
  deleted?: boolean;
  id?: Id;
  at?: IsoDateTime;
}

/**
 * The revision that resolves a record's conflicts: its parents are all the current heads,
 * so it becomes the only head and its data the value. Any edit of a conflicted record
 * (picking a version, or typing a new value) is such a revision.
 */
export function resolutionRevision(input: ResolutionInput): Revision {
  const deleted = input.deleted ?? false;
  return {
    id: input.id ?? newId(),
    entity: input.entity,
    recordId: input.recordId,
    parents: [...new Set(input.heads)].sort(),
    at: input.at ?? nowIso(),
    by: input.by,
    deleted,
    data: deleted ? null : input.data,
  };
}
