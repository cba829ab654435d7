import type { Revision } from '../model/revision.js';
import { compareRevisions } from './revisionStamp.js';

/**
 * The lowest common ancestors of two ancestries (each a revision set closed under
 * "parent of"). Their intersection is closed the same way, so an element of it is a strict
 * ancestor of another element exactly when it is the parent of one: the lowest ones are those
 * no common element names as parent. Several when histories criss-cross; none when the two
 * share no history.
 */
export function lowestCommonAncestors(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  byId: ReadonlyMap<string, Revision>,
): Revision[] {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const common: Revision[] = [];
  for (const id of small) {
    const r = byId.get(id);
    if (r && large.has(id)) common.push(r);
  }
  const named = new Set(common.flatMap((r) => r.parents));
  return common.filter((r) => !named.has(r.id)).sort(compareRevisions);
}
