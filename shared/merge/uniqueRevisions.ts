import type { Revision } from '../model/revision.js';
import { canonicalJson } from './canonicalJson.js';

/**
 * Revisions by id, each once. Two different revisions under one id should never exist
 * (ids are random and revisions immutable; unionRevisions reports them); if they do, the one
 * whose canonical JSON sorts first is kept, so the choice does not depend on input order.
 */
export function uniqueRevisions(revisions: readonly Revision[]): Map<string, Revision> {
  const byId = new Map<string, Revision>();
  for (const r of revisions) {
    const held = byId.get(r.id);
    if (held === undefined || (held !== r && canonicalJson(r) < canonicalJson(held))) {
      byId.set(r.id, r);
    }
  }
  return byId;
}
