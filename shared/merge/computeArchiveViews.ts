import type { Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';
import type { RecordView } from './computeRecordView.js';
import { computeRecordView } from './computeRecordView.js';
import { groupByRecord } from './groupByRecord.js';

export interface ArchiveRecordView extends RecordView {
  entity: EntityKind;
  recordId: string;
}

/**
 * The current view of every record in a set of revisions (an archive or a bundle), keyed
 * `entity/recordId`. For tools that hold revisions in memory: the CLI, previews, tests.
 */
export function computeArchiveViews(revisions: Iterable<Revision>): Map<string, ArchiveRecordView> {
  const views = new Map<string, ArchiveRecordView>();
  for (const [key, group] of groupByRecord(revisions)) {
    const { entity, recordId } = group[0] as Revision;
    views.set(key, { entity, recordId, ...computeRecordView(group) });
  }
  return views;
}
