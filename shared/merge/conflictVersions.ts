import type { ConflictVersion, MergeState } from './mergeState.js';
import { stampAt } from './mergeState.js';
import { compareStamps } from './revisionStamp.js';

/** One side's versions of a path: those of a conflict it already carries, or its own value. */
export function versionsAt(state: MergeState, path: string, value: unknown): ConflictVersion[] {
  const carried = state.conflicts.get(path);
  if (carried) return carried;
  return [{ ...stampAt(state, path), value: value === undefined ? null : value }];
}

/** Both sides' versions, each revision once, oldest first. */
export function unionVersions(a: ConflictVersion[], b: ConflictVersion[]): ConflictVersion[] {
  const byRevision = new Map<string, ConflictVersion>();
  for (const v of [...a, ...b]) if (!byRevision.has(v.revisionId)) byRevision.set(v.revisionId, v);
  return [...byRevision.values()].sort(compareStamps);
}

/**
 * The version shown until someone resolves the conflict: the latest one (by `at`, then
 * revision id). When `preferPresent`, a removal never hides an edit: the latest version that
 * still has the entry is shown, so nobody's edit disappears from view because of a
 * concurrent deletion.
 */
export function shownVersion(versions: ConflictVersion[], preferPresent: boolean): ConflictVersion {
  const pool = preferPresent ? versions.filter((v) => v.value !== null) : versions;
  const from = pool.length > 0 ? pool : versions;
  const last = from.reduce((best, v) => (compareStamps(v, best) > 0 ? v : best));
  return last;
}
