import type { ConflictVersion, MergeState } from './mergeState.js';
import { stampAt } from './mergeState.js';
import type { RevisionStamp } from './revisionStamp.js';
import { laterStamp } from './revisionStamp.js';
import { jsonEqual } from './jsonEqual.js';
import { shownVersion, unionVersions, versionsAt } from './conflictVersions.js';

/** The two sides of one merge step and what it has produced so far. */
export interface MergeContext {
  a: MergeState;
  b: MergeState;
  stamps: Map<string, RevisionStamp>;
  conflicts: Map<string, ConflictVersion[]>;
}

/**
 * The three-way rule for one path (a field, or one entry of a list; `undefined` = absent):
 * unchanged on a side → the other side's value; changed identically → that value; changed
 * differently → a conflict holding every side's version, showing a deterministic pick.
 * A side that already carries a conflict at the path counts as changed, so a conflict
 * between two heads survives a merge with a third head that did not touch the path.
 */
export function mergeSlot(
  ctx: MergeContext,
  path: string,
  baseValue: unknown,
  aValue: unknown,
  bValue: unknown,
  preferPresent: boolean,
): unknown {
  const { a, b } = ctx;
  const aConflict = a.conflicts.get(path);
  const bConflict = b.conflicts.get(path);
  const aChanged = aConflict !== undefined || !jsonEqual(aValue, baseValue);
  const bChanged = bConflict !== undefined || !jsonEqual(bValue, baseValue);
  if (!bChanged) return take(ctx, a, path, aValue);
  if (!aChanged) return take(ctx, b, path, bValue);
  if (!aConflict && !bConflict && jsonEqual(aValue, bValue)) {
    ctx.stamps.set(path, laterStamp(stampAt(a, path), stampAt(b, path)));
    return aValue;
  }
  const versions = unionVersions(versionsAt(a, path, aValue), versionsAt(b, path, bValue));
  ctx.conflicts.set(path, versions);
  const shown = shownVersion(versions, preferPresent);
  ctx.stamps.set(path, { revisionId: shown.revisionId, by: shown.by, at: shown.at });
  return preferPresent && shown.value === null ? undefined : shown.value;
}

function take(ctx: MergeContext, side: MergeState, path: string, value: unknown): unknown {
  ctx.stamps.set(path, stampAt(side, path));
  const carried = side.conflicts.get(path);
  if (carried) ctx.conflicts.set(path, carried);
  return value;
}
