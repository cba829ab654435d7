import type { Revision } from '../../shared/model/index.js';

/**
 * What a colleague holds after a bundle, as the shortest list of revision ids that implies
 * it: the heads of (everything they held before ∪ what the bundle carried), ancestors
 * included. Sending "changes since" then selects what is neither these nor their ancestors
 * (shared/bundle selectChangedSince). Accumulating matters: a changes bundle carries only the
 * new revisions, and the colleague still holds every record it did not touch.
 */
export function knownFrontier(
  all: Iterable<Revision>,
  previous: Iterable<string>,
  sent: Iterable<Revision>,
): string[] {
  const parentsOf = new Map<string, readonly string[]>();
  for (const r of all) parentsOf.set(r.id, r.parents);
  const known = new Set<string>();
  const queue = [...previous, ...[...sent].map((r) => r.id)];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (known.has(id)) continue;
    known.add(id);
    for (const p of parentsOf.get(id) ?? []) if (!known.has(p)) queue.push(p);
  }
  const named = new Set<string>();
  for (const id of known) for (const p of parentsOf.get(id) ?? []) named.add(p);
  return [...known].filter((id) => !named.has(id)).sort();
}
