import type { Revision } from '../../shared/model/index.js';

const byTime = (a: Revision, b: Revision): number =>
  a.at.localeCompare(b.at) || a.id.localeCompare(b.id);

/**
 * A record's revisions with every parent before its children, and by time where the history
 * does not decide. Time alone is not enough: researchers' clocks disagree, so an edit made
 * here on top of a colleague's may carry an earlier timestamp than the edit it builds on.
 */
export function historyOrder(revisions: readonly Revision[]): Revision[] {
  const ids = new Set(revisions.map((r) => r.id));
  const waiting = new Map(
    revisions.map((r) => [r.id, new Set(r.parents.filter((p) => ids.has(p) && p !== r.id))]),
  );
  const ordered: Revision[] = [];
  const ready = revisions.filter((r) => waiting.get(r.id)?.size === 0);
  while (ready.length > 0) {
    ready.sort(byTime);
    const next = ready.shift() as Revision;
    ordered.push(next);
    for (const r of revisions) {
      const parents = waiting.get(r.id);
      if (parents?.delete(next.id) && parents.size === 0) ready.push(r);
    }
  }
  // A cycle cannot come from honest revisions; keep whatever is left rather than lose it.
  const placed = new Set(ordered.map((r) => r.id));
  return [...ordered, ...revisions.filter((r) => !placed.has(r.id)).sort(byTime)];
}
