import type { Revision } from '../model/revision.js';
import type { ZipEntry } from './zipDirectory.js';
import type { RevisionIndex } from './revisionIndex.js';
import type { RecordRevisions, RevisionsByRecord } from './revisionsByRecord.js';
import { revisionLineTexts } from './revisionLineTexts.js';

/**
 * Revisions parsed and held at once while records wait for their last line: a bundle whose
 * records' revisions lie far apart (an archive's export is in revision id order) would
 * otherwise make one pass hold nearly all of them. Above it, the most recently started
 * records are left for another pass over the bytes.
 */
const OPEN_REVISIONS = 10_000;

/**
 * A checked bundle's revisions, read again from its bytes when asked for (with
 * ReadBundleOptions.revisionsLater): the first read kept only the index (ids, records, line
 * order), so a large bundle's revisions are never all parsed at once. The lines are the ones
 * the first read checked, from the same bytes, so they are parsed without checking again.
 */
export function laterRevisions(
  index: RevisionIndex,
  bytes: Uint8Array,
  parts: readonly ZipEntry[],
  maxLineChars: number,
): RevisionsByRecord {
  return {
    revisionCount: index.revisionCount,
    recordCount: index.recordCount,
    revisionIds: () => index.revisionIds(),
    recordOf: (ordinal) => index.recordOf(ordinal),
    hasRevision: (id) => index.hasRevision(id),
    entityOf: (record) => index.entityOf(record),
    recordIdOf: (record) => index.recordIdOf(record),
    *chunks(wanted, maxRevisions, maxOpen = OPEN_REVISIONS) {
      // 0: still to give, 1: given or not wanted.
      const state = new Uint8Array(index.recordCount);
      let remaining = 0;
      for (let record = 0; record < index.recordCount; record++) {
        if (wanted(record)) remaining += 1;
        else state[record] = 1;
      }
      while (remaining > 0) {
        const pass = new RecordPass(index, state, maxOpen);
        let chunk: RecordRevisions[] = [];
        let size = 0;
        for (const text of revisionLineTexts(bytes, parts, maxLineChars)) {
          const done = pass.take(text);
          if (!done) continue;
          remaining -= 1;
          chunk.push(done);
          size += done.revisions.length;
          if (size >= maxRevisions) {
            yield chunk;
            chunk = [];
            size = 0;
          }
        }
        if (chunk.length > 0) yield chunk;
      }
    },
  };
}

/**
 * One pass over the lines: gathers the revisions of the records still to give, handing
 * each record over at its last line. While more than `openRevisions` revisions wait, the
 * most recently started records are dropped (and taken by a later pass); the oldest open
 * record is never dropped, so every pass finishes at least one record.
 */
class RecordPass {
  private ordinal = 0;
  private readonly open = new Map<number, Revision[]>();
  private readonly opened: number[] = [];
  private readonly skipped: Uint8Array;
  private waiting = 0;

  constructor(
    private readonly index: RevisionIndex,
    private readonly state: Uint8Array,
    private readonly openRevisions: number,
  ) {
    this.skipped = new Uint8Array(index.recordCount);
  }

  take(text: string): RecordRevisions | null {
    const ordinal = this.ordinal++;
    const record = this.index.recordOf(ordinal);
    if (this.state[record] !== 0 || this.skipped[record] !== 0) return null;
    const revision = revisionFromLine(text);
    const list = this.open.get(record);
    if (this.index.lastOf(record) === ordinal) {
      this.state[record] = 1;
      if (list) {
        this.open.delete(record);
        this.waiting -= list.length;
        list.push(revision);
      }
      return {
        index: record,
        entity: this.index.entityOf(record),
        recordId: this.index.recordIdOf(record),
        revisions: list ?? [revision],
      };
    }
    if (list) list.push(revision);
    else {
      this.open.set(record, [revision]);
      this.opened.push(record);
    }
    this.waiting += 1;
    this.dropWhileOver();
    return null;
  }

  private dropWhileOver(): void {
    while (this.waiting > this.openRevisions && this.open.size > 1) {
      const record = this.opened.pop() as number;
      const list = this.open.get(record);
      if (!list) continue; // given already
      this.open.delete(record);
      this.waiting -= list.length;
      this.skipped[record] = 1;
    }
  }
}

/**
 * A checked line as readRevisionParts returned it: the schema's parse puts a revision's
 * fields (and its author's) in the schema's order, so the same order is built here.
 */
function revisionFromLine(text: string): Revision {
  const r = JSON.parse(text) as Revision;
  return {
    id: r.id,
    entity: r.entity,
    recordId: r.recordId,
    parents: r.parents,
    at: r.at,
    by: { id: r.by.id, name: r.by.name },
    deleted: r.deleted,
    data: r.data,
  };
}
