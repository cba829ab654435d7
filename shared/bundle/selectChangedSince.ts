import type { Revision } from '../model/revision.js';
import type { BundleSelection } from './selectForCases.js';

/**
 * Everything a colleague does not have yet: the revisions that are neither among
 * `sinceRevisionIds` nor ancestors of them. Pass the ids the colleague is known to hold,
 * either all of them or just the heads of every record when the last bundle was made for
 * them (ancestors are implied, so that short list is enough). Texts: those of the selected
 * source revisions (the colleague may already have some; importing a known text is a no-op).
 */
export function selectChangedSince(
  revisions: Iterable<Revision>,
  sinceRevisionIds: Iterable<string>,
): BundleSelection {
  const all = [...revisions];
  const byId = new Map(all.map((r) => [r.id, r]));
  const known = new Set<string>();
  const queue = [...sinceRevisionIds];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (known.has(id)) continue;
    known.add(id);
    for (const p of byId.get(id)?.parents ?? []) if (!known.has(p)) queue.push(p);
  }
  const selected = all.filter((r) => !known.has(r.id));
  const textHashes = new Set<string>();
  for (const r of selected) {
    if (r.entity === 'source' && !r.deleted) textHashes.add((r.data as { sha256: string }).sha256);
  }
  return { revisions: selected, textHashes: [...textHashes].sort() };
}
