import type { EntityKind } from '../model/entities.js';
import { ENTITY_SCHEMAS } from '../model/entities.js';
import type { ConflictVersion, MergeBase, MergeState } from './mergeState.js';
import type { RevisionStamp } from './revisionStamp.js';
import { DELETED_CONFLICT_PATH } from './mergeState.js';
import type { MergeContext } from './mergeSlot.js';
import { mergeSlot } from './mergeSlot.js';
import { laterStamp } from './revisionStamp.js';
import { fieldMergeKind } from './fieldMergeKind.js';
import { isEntryList, isStringList, mergeEntryList } from './mergeEntryList.js';
import { mergeStringSet } from './mergeStringSet.js';
import { jsonEqual } from './jsonEqual.js';
import { unionVersions } from './conflictVersions.js';

/**
 * Merges two sides of a record against their common base.
 *
 * Deletion: deleted on both sides → deleted. Deleted on one side while the other side left
 * the record as it was in the base → deleted. Deleted on one side while the other edited
 * it → a conflict at `$deleted` and the record stays, with the edit and with what lay beneath
 * the deletion (MergeState.absorbed): a deletion must not silently swallow a colleague's
 * concurrent work; someone decides. A record the base did not have (or had deleted) that
 * one side (re)created stays.
 */
export function threeWayMerge(
  entity: EntityKind,
  base: MergeBase,
  a: MergeState,
  b: MergeState,
): MergeState {
  const ancestry = new Set([...a.ancestry, ...b.ancestry]);
  const stamp = laterStamp(a.stamp, b.stamp);
  if (a.deleted && b.deleted) {
    const deletedBy = unionVersions(tombstones(a), tombstones(b));
    const absorbed = absorbedBoth(entity, base, a.absorbed, b.absorbed);
    return { ...deletedState(stamp, deletedBy, absorbed), ancestry };
  }
  if (a.deleted || b.deleted) {
    const [gone, alive] = a.deleted ? [a, b] : [b, a];
    const aliveChanged = alive.conflicts.size > 0 || !jsonEqual(alive.data, base.data);
    if (base.deleted || !aliveChanged) {
      if (base.deleted) return { ...alive, stamp, ancestry };
      const absorbed = absorbedBoth(entity, base, gone.absorbed, alive);
      return { ...deletedState(stamp, tombstones(gone), absorbed), ancestry };
    }
    // The record stays, with the edit, and with what the deleted side had absorbed.
    const live = gone.absorbed ? threeWayMerge(entity, base, gone.absorbed, alive) : alive;
    const conflicts = new Map(live.conflicts);
    const kept = conflicts.get(DELETED_CONFLICT_PATH) ?? [{ ...alive.stamp, value: false }];
    conflicts.set(DELETED_CONFLICT_PATH, unionVersions(kept, tombstones(gone)));
    return { ...live, stamp, conflicts, ancestry };
  }
  const ctx: MergeContext = { a, b, stamps: new Map(), conflicts: new Map() };
  const data = mergeFields(entity, ctx, base.data ?? {}, a.data ?? {}, b.data ?? {});
  keepValid(entity, ctx, data, base.data ?? {});
  carryDeletedConflict(ctx);
  return {
    deleted: false,
    data,
    stamp,
    deletedBy: [],
    stamps: ctx.stamps,
    conflicts: ctx.conflicts,
    ancestry,
    absorbed: null,
  };
}

/** Two live sides a deletion won over, as one (either alone when the other is absent). */
function absorbedBoth(
  entity: EntityKind,
  base: MergeBase,
  a: MergeState | null,
  b: MergeState | null,
): MergeState | null {
  if (a && b) return threeWayMerge(entity, base, a, b);
  return a ?? b;
}

/** A deleted side's tombstones as `$deleted` conflict versions (value true: deleted). */
function tombstones(side: MergeState): ConflictVersion[] {
  const stamps = side.deletedBy.length > 0 ? side.deletedBy : [side.stamp];
  return stamps.map((s) => ({ revisionId: s.revisionId, by: s.by, at: s.at, value: true }));
}

function deletedState(
  stamp: RevisionStamp,
  deletedBy: RevisionStamp[],
  absorbed: MergeState | null,
) {
  return {
    deleted: true,
    data: null,
    stamp,
    deletedBy: deletedBy.map(({ revisionId, by, at }) => ({ revisionId, by, at })),
    stamps: new Map(),
    conflicts: new Map(),
    absorbed,
  };
}

function mergeFields(
  entity: EntityKind,
  ctx: MergeContext,
  base: Record<string, unknown>,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const kind = fieldMergeKind(entity, field);
    const [bv, av, bbv] = [base[field], a[field], b[field]];
    // A list a side already holds in conflict as a whole (keepValid) stays one slot: merged
    // entry by entry, a third head that left the list alone would drop that conflict.
    const whole = ctx.a.conflicts.has(field) || ctx.b.conflicts.has(field);
    let value: unknown;
    if (!whole && kind === 'entries' && isEntryList(av) && isEntryList(bbv)) {
      value = mergeEntryList(ctx, field, isEntryList(bv) ? bv : [], av, bbv);
    } else if (!whole && kind === 'set' && isStringList(av) && isStringList(bbv)) {
      value = mergeStringSet(isStringList(bv) ? bv : [], av, bbv);
    } else {
      value = mergeSlot(ctx, field, bv, av, bbv, false);
    }
    if (value !== undefined) out[field] = value;
  }
  return out;
}

/**
 * Entry by entry, two valid sides can merge into an invalid record: one person removed one
 * name and the other the other name, and a case file must keep at least one. A field that
 * breaks its schema so is merged as a whole instead (each side's whole list is valid), which
 * makes it a conflict on the field when both sides changed it. The entry conflicts found
 * stay listed too.
 */
function keepValid(
  entity: EntityKind,
  ctx: MergeContext,
  data: Record<string, unknown>,
  base: Record<string, unknown>,
): void {
  const result = ENTITY_SCHEMAS[entity].safeParse(data);
  if (result.success) return;
  const fields = new Set(result.error.issues.map((i) => i.path[0]));
  for (const field of fields) {
    if (typeof field !== 'string') continue;
    const value = mergeSlot(
      ctx,
      field,
      base[field],
      ctx.a.data?.[field],
      ctx.b.data?.[field],
      false,
    );
    if (value === undefined) Reflect.deleteProperty(data, field);
    else data[field] = value;
  }
}

/**
 * A `$deleted` conflict one side already carries (a third head deleted the record) stays
 * until someone resolves it, whatever the other side did.
 */
function carryDeletedConflict(ctx: MergeContext): void {
  const versions = [ctx.a, ctx.b].flatMap((s) => s.conflicts.get(DELETED_CONFLICT_PATH) ?? []);
  if (versions.length === 0) return;
  ctx.conflicts.set(DELETED_CONFLICT_PATH, unionVersions(versions, []));
}
