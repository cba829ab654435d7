import type { Revision } from '../model/revision.js';
import type { FieldConflict, RecordMeta } from '../model/recordMeta.js';
import { headsOf } from './headsOf.js';
import { mergeHeads } from './mergeHeads.js';
import { compareRevisions } from './revisionStamp.js';
import { uniqueRevisions } from './uniqueRevisions.js';

export { headsOf };

/**
 * A record's current state, computed from all of its revisions.
 * - heads: the revisions no other revision names as a parent;
 * - one head: its data (deleted when it is a tombstone);
 * - several heads: a per-field three-way merge against their lowest common ancestor(s)
 *   (see mergeHeads and threeWayMerge): lists of entries merge entry by entry, tagIds as a
 *   set, other fields whole. A field or entry changed differently on several sides is listed
 *   in meta.conflicts with every side's value, revision, author and time, and `value` shows
 *   a deterministic pick until someone resolves it with a revision whose parents are all the
 *   heads. An edit concurrent with a deletion keeps the record, with a `$deleted` conflict.
 * The result depends only on the set of revisions, not on their order.
 */
export interface RecordView {
  deleted: boolean;
  /** The record's current fields; null when deleted. */
  value: unknown;
  meta: RecordMeta;
}

export function computeRecordView(revisions: readonly Revision[]): RecordView {
  if (revisions.length === 0) throw new RangeError('a record needs at least one revision');
  const unique = uniqueRevisions(revisions);
  const sorted = [...unique.values()].sort(compareRevisions);
  // A hostile history can be a cycle, where every revision is someone's parent; the latest
  // revision then stands in as the head so the record still has a value.
  const found = headsOf(sorted);
  const heads = found.length > 0 ? found : sorted.slice(-1);
  const roots = sorted.filter((r) => r.parents.every((p) => !unique.has(p)));
  const first = (roots[0] ?? sorted[0]) as Revision;
  const latest = heads.at(-1) as Revision;
  const meta = {
    createdAt: first.at,
    createdBy: first.by,
    updatedAt: latest.at,
    updatedBy: latest.by,
    heads: heads.map((h) => h.id),
  };
  if (heads.length === 1) {
    return {
      deleted: latest.deleted,
      value: latest.deleted ? null : latest.data,
      meta: { ...meta, conflicts: [] },
    };
  }
  const merged = mergeHeads(latest.entity, heads, unique);
  const conflicts: FieldConflict[] = [...merged.conflicts]
    .sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))
    .map(([path, versions]) => ({ path, versions }));
  return { deleted: merged.deleted, value: merged.data, meta: { ...meta, conflicts } };
}
