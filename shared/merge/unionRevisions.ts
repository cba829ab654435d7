import type { Revision } from '../model/revision.js';
import { canonicalJson } from './canonicalJson.js';

export interface RevisionUnion {
  /** Every revision of every input, each id once, in first-seen order. */
  revisions: Revision[];
  /** Ids under which the inputs hold different revisions: a damaged or forged input. */
  collisions: string[];
}

/**
 * Merging archives: the union of their revisions. Idempotent, commutative and associative
 * by construction (a set union keyed by revision id); the views computed from the union
 * are therefore the same whatever order bundles arrive in.
 */
export function unionRevisions(...sets: ReadonlyArray<Iterable<Revision>>): RevisionUnion {
  const byId = new Map<string, Revision>();
  const collisions = new Set<string>();
  for (const set of sets) {
    for (const r of set) {
      const held = byId.get(r.id);
      if (held === undefined) byId.set(r.id, r);
      else if (held !== r && canonicalJson(held) !== canonicalJson(r)) collisions.add(r.id);
    }
  }
  return { revisions: [...byId.values()], collisions: [...collisions].sort() };
}
