import type { Revision } from '../model/revision.js';
import type { FieldConflict } from '../model/recordMeta.js';
import type { RevisionStamp } from './revisionStamp.js';
import { stampOf } from './revisionStamp.js';
import { ancestryOf } from './ancestryOf.js';

export type ConflictVersion = FieldConflict['versions'][number];

/** The conflict path that says "deleted on one side, edited on another". */
export const DELETED_CONFLICT_PATH = '$deleted';

/**
 * One side of a merge: a head, or the merge of several heads so far. Besides the value it
 * keeps who made each part (`stamps`, by conflict path) so a later conflict can say whose
 * version is whose, and the conflicts already found, so that a third head cannot hide them.
 */
export interface MergeState {
  deleted: boolean;
  /** The record's fields; null exactly when deleted. */
  data: Record<string, unknown> | null;
  /** The latest head that contributed: the default author of every part. */
  stamp: RevisionStamp;
  /** The tombstones that deleted it (every one, so a conflict can name them all). */
  deletedBy: RevisionStamp[];
  stamps: Map<string, RevisionStamp>;
  conflicts: Map<string, ConflictVersion[]>;
  /** Every revision this side has seen: its heads and their ancestors. */
  ancestry: Set<string>;
  /**
   * On a deleted side, what lies beneath the deletion: for a tombstone, the value it deleted
   * (its parents merged); after merges, also the live sides the deletion won over (they had
   * changed nothing the base did not have). Kept so that when a colleague's edit keeps the
   * record, the edits the deletion had swallowed (a tag someone added, a name added and
   * removed again) come back with it rather than being lost. Null on a live side.
   */
  absorbed: MergeState | null;
}

/** The common ancestor a merge compares against; "nothing" is a base that never existed. */
export interface MergeBase {
  deleted: boolean;
  /**
   * The fields two live sides are compared against. A deleted base keeps here what lies
   * beneath the deletion when it is known (mergeHeads: a tombstone's parents merged, or the
   * live sides a merged deletion won over), null otherwise; whether a side's deletion or
   * undeletion wins is decided by `deleted` alone.
   */
  data: Record<string, unknown> | null;
}

export const NOTHING: MergeBase = { deleted: true, data: null };

export function baseOfRevision(r: Revision): MergeBase {
  return { deleted: r.deleted, data: r.deleted ? null : recordData(r) };
}

export function stateOfRevision(r: Revision, byId: ReadonlyMap<string, Revision>): MergeState {
  const stamp = stampOf(r);
  return {
    deleted: r.deleted,
    data: r.deleted ? null : recordData(r),
    stamp,
    deletedBy: r.deleted ? [stamp] : [],
    stamps: new Map(),
    conflicts: new Map(),
    ancestry: ancestryOf(r, byId),
    absorbed: null,
  };
}

function recordData(r: Revision): Record<string, unknown> {
  const d = r.data;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) {
    throw new TypeError(`revision ${r.id} is not a tombstone but holds no record`);
  }
  return d as Record<string, unknown>;
}

export function stampAt(state: MergeState, path: string): RevisionStamp {
  return state.stamps.get(path) ?? state.stamp;
}
