import type { Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';
import { recordKey } from '../merge/groupByRecord.js';
import type { RecordRevisions, RevisionsByRecord } from './revisionsByRecord.js';

/** Revisions held in memory as RevisionsByRecord; a repeated id is taken once (the first). */
export function revisionsInMemory(revisions: readonly Revision[]): RevisionsByRecord {
  const byId = new Map<string, number>();
  const records = new Map<string, number>();
  const groups: Revision[][] = [];
  const recordOf: number[] = [];
  for (const r of revisions) {
    if (byId.has(r.id)) continue;
    const key = recordKey(r.entity, r.recordId);
    let record = records.get(key);
    if (record === undefined) {
      record = groups.length;
      records.set(key, record);
      groups.push([]);
    }
    byId.set(r.id, recordOf.length);
    recordOf.push(record);
    groups[record]?.push(r);
  }
  const first = (record: number): Revision => (groups[record] as Revision[])[0] as Revision;
  return {
    revisionCount: recordOf.length,
    recordCount: groups.length,
    revisionIds: () => byId.keys(),
    recordOf: (ordinal) => recordOf[ordinal] ?? -1,
    hasRevision: (id) => byId.has(id),
    entityOf: (record): EntityKind => first(record).entity,
    recordIdOf: (record) => first(record).recordId,
    *chunks(wanted, maxRevisions) {
      let chunk: RecordRevisions[] = [];
      let size = 0;
      for (let index = 0; index < groups.length; index++) {
        if (!wanted(index)) continue;
        const group = groups[index] as Revision[];
        chunk.push({
          index,
          entity: first(index).entity,
          recordId: first(index).recordId,
          revisions: group,
        });
        size += group.length;
        if (size >= maxRevisions) {
          yield chunk;
          chunk = [];
          size = 0;
        }
      }
      if (chunk.length > 0) yield chunk;
    },
  };
}
