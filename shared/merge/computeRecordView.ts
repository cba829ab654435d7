import type { Revision } from '../model/revision.js';
import type { RecordMeta } from '../model/recordMeta.js';

/**
 * A record's current state, computed from all of its revisions.
 * - heads: the revisions no other revision names as a parent;
 * - deleted: every head is a tombstone;
 * - value: one head: its data; several: a per-field three-way merge against their common
 *   ancestor, where a field changed on one side takes that side's value and a field changed
 *   differently on several sides is listed in meta.conflicts (value shows a deterministic
 *   pick until someone resolves it).
 */
export interface RecordView {
  deleted: boolean;
  value: unknown;
  meta: RecordMeta;
}

export function headsOf(revisions: readonly Revision[]): Revision[] {
  const named = new Set(revisions.flatMap((r) => r.parents));
  const seen = new Set<string>();
  return revisions
    .filter((r) => !named.has(r.id) && !seen.has(r.id) && seen.add(r.id))
    .sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at.localeCompare(b.at)));
}

export function computeRecordView(revisions: readonly Revision[]): RecordView {
  if (revisions.length === 0) throw new RangeError('a record needs at least one revision');
  const heads = headsOf(revisions);
  const byTime = [...revisions].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const first = byTime[0] as Revision;
  const latest = heads.at(-1) as Revision;
  // Until the three-way merge lands (shared/merge), several heads are resolved by the latest
  // one; the merge work replaces this branch and fills `conflicts`.
  return {
    deleted: heads.every((h) => h.deleted),
    value: latest.deleted ? null : latest.data,
    meta: {
      createdAt: first.at,
      createdBy: first.by,
      updatedAt: latest.at,
      updatedBy: latest.by,
      heads: heads.map((h) => h.id),
      conflicts: [],
    },
  };
}
