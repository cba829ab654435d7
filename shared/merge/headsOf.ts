import type { Revision } from '../model/revision.js';
import { compareRevisions } from './revisionStamp.js';

/**
 * The revisions no other revision of the record names as a parent, oldest first (by `at`,
 * then id). A revision listed twice counts once.
 */
export function headsOf(revisions: readonly Revision[]): Revision[] {
  const named = new Set(revisions.flatMap((r) => r.parents));
  const seen = new Set<string>();
  return revisions
    .filter((r) => !named.has(r.id) && !seen.has(r.id) && seen.add(r.id))
    .sort(compareRevisions);
}
