import type { Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';
import type { MergeBase, MergeState } from './mergeState.js';
import { NOTHING, baseOfRevision, stateOfRevision } from './mergeState.js';
import { lowestCommonAncestors } from './lowestCommonAncestors.js';
import { compareRevisions } from './revisionStamp.js';
import { threeWayMerge } from './threeWayMerge.js';

/**
 * Merges a record's heads (sorted oldest first) one after another, each step a three-way
 * merge against the lowest common ancestor of what has been merged so far and the next
 * head. Criss-cross histories have several lowest common ancestors; they are merged the same
 * way into a virtual base (as git's recursive strategy does). With no common ancestor the
 * base is "nothing". Every choice depends only on the revisions, never on arrival order.
 */
export function mergeHeads(
  entity: EntityKind,
  heads: readonly Revision[],
  byId: ReadonlyMap<string, Revision>,
): MergeState {
  const bases = new Map<string, MergeBase>();
  const beneath = new Map<string, MergeState | null>();

  function mergeAll(revisions: readonly Revision[]): MergeState {
    const [first, ...rest] = revisions;
    if (!first) throw new RangeError('nothing to merge');
    let merged = sideOf(first);
    for (const next of rest) {
      const side = sideOf(next);
      merged = threeWayMerge(entity, baseOf(merged.ancestry, side.ancestry), merged, side);
    }
    return merged;
  }

  /** A head as a merge side; a tombstone keeps what it deleted beneath it (`absorbed`). */
  function sideOf(r: Revision): MergeState {
    const side = stateOfRevision(r, byId);
    return r.deleted ? { ...side, absorbed: liveBeneath(r) } : side;
  }

  /**
   * What a tombstone deleted: its parents merged (following a lone deleted parent further
   * back); null when it has no parent or that merge is itself deleted by several.
   */
  function liveBeneath(tombstone: Revision): MergeState | null {
    if (beneath.has(tombstone.id)) return beneath.get(tombstone.id) ?? null;
    const state = mergedParentsOf(tombstone);
    beneath.set(tombstone.id, state);
    return state;
  }

  function mergedParentsOf(tombstone: Revision): MergeState | null {
    const parents = tombstone.parents
      .flatMap((id) => {
        const p = byId.get(id);
        return p ? [p] : [];
      })
      .sort(compareRevisions);
    const [lone] = parents;
    if (!lone) return null;
    if (parents.length === 1 && lone.deleted) return liveBeneath(lone);
    const merged = mergeAll(parents);
    return merged.deleted ? merged.absorbed : merged;
  }

  function baseOf(a: ReadonlySet<string>, b: ReadonlySet<string>): MergeBase {
    const lcas = lowestCommonAncestors(a, b, byId);
    const [only] = lcas;
    if (!only) return NOTHING;
    if (lcas.length === 1 && !only.deleted) return baseOfRevision(only);
    // Several (merged into one, as git's recursive strategy does), or a tombstone. A deleted
    // base is compared with as what lies beneath the deletion (`absorbed`: what a tombstone
    // deleted, the live sides a deletion won over): against "nothing", a value one side
    // merely kept looked added, and the other side's removal of it was lost.
    const key = lcas.map((r) => r.id).join(',');
    let base = bases.get(key);
    if (!base) {
      const virtual = mergeAll(lcas);
      const data = virtual.deleted ? (virtual.absorbed?.data ?? null) : virtual.data;
      base = { deleted: virtual.deleted, data };
      bases.set(key, base);
    }
    return base;
  }

  return mergeAll(heads);
}
