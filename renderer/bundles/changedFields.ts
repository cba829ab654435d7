import type { Revision } from '../../shared/model/index.js';
import { jsonEqual } from '../../shared/merge/jsonEqual.js';

export type RevisionChange =
  | { kind: 'created' }
  | { kind: 'deleted' }
  | { kind: 'edited'; fields: string[] }
  /** Several parents: it settled a conflict between that many versions. */
  | { kind: 'resolved'; versions: number; fields: string[] };

/**
 * What one revision changed, against its (first known) parent: the top-level fields whose
 * value differs. Enough for a compact history line ("Occupation, Names").
 */
export function changedFields(
  revision: Revision,
  byId: ReadonlyMap<string, Revision>,
): RevisionChange {
  if (revision.deleted) return { kind: 'deleted' };
  const parent = revision.parents.map((p) => byId.get(p)).find((p) => p !== undefined);
  if (!parent || parent.deleted) {
    return revision.parents.length > 1
      ? { kind: 'resolved', versions: revision.parents.length, fields: [] }
      : { kind: 'created' };
  }
  const before = (parent.data ?? {}) as Record<string, unknown>;
  const after = (revision.data ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => k !== 'id' && !jsonEqual(before[k], after[k]),
  );
  return revision.parents.length > 1
    ? { kind: 'resolved', versions: revision.parents.length, fields }
    : { kind: 'edited', fields };
}
