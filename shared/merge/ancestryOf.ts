import type { Revision } from '../model/revision.js';

/**
 * A revision and every ancestor of it that is present. Parents that are missing (a
 * "changes since" bundle applied to an archive that lacks the earlier bundle) end the walk.
 */
export function ancestryOf(start: Revision, byId: ReadonlyMap<string, Revision>): Set<string> {
  const seen = new Set<string>([start.id]);
  const queue: Revision[] = [start];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const parentId of next.parents) {
      const parent = byId.get(parentId);
      if (parent && !seen.has(parentId)) {
        seen.add(parentId);
        queue.push(parent);
      }
    }
  }
  return seen;
}
