import type { Revision } from '../model/revision.js';
import type { FieldConflict } from '../model/recordMeta.js';

/** Who made a value and when: the part of a revision a conflict shows beside each version. */
export type RevisionStamp = Omit<FieldConflict['versions'][number], 'value'>;

export function stampOf(r: Revision): RevisionStamp {
  return { revisionId: r.id, by: r.by, at: r.at };
}

/**
 * The order every deterministic choice uses: later `at` first wins, and the revision id
 * breaks ties. Both are part of the revisions, so every archive holding the same revisions
 * makes the same choice, whatever order it received them in.
 */
export function compareStamps(
  a: Pick<RevisionStamp, 'at' | 'revisionId'>,
  b: Pick<RevisionStamp, 'at' | 'revisionId'>,
): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.revisionId < b.revisionId ? -1 : a.revisionId > b.revisionId ? 1 : 0;
}

export function compareRevisions(a: Revision, b: Revision): number {
  return compareStamps(stampOf(a), stampOf(b));
}

export function laterStamp(a: RevisionStamp, b: RevisionStamp): RevisionStamp {
  return compareStamps(a, b) >= 0 ? a : b;
}
