import type { Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';

/** A record's identity across archives: its kind and id. */
export function recordKey(entity: EntityKind, recordId: string): string {
  return `${entity}/${recordId}`;
}

/** Revisions grouped by record (`entity/recordId`), in input order within each record. */
export function groupByRecord(revisions: Iterable<Revision>): Map<string, Revision[]> {
  const groups = new Map<string, Revision[]>();
  for (const r of revisions) {
    const key = recordKey(r.entity, r.recordId);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}
