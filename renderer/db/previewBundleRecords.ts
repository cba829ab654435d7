import type { ImportGroupSizes, ImportPreview } from '../../shared/bundle/previewImport.js';
import { PreviewCollector } from '../../shared/bundle/previewImport.js';
import type { RevisionsByRecord } from '../../shared/bundle/revisionsByRecord.js';
import type { Archive } from './archiveTypes.js';
import { databaseOf } from './openArchive.js';
import { recordKeyOf } from './revisionPack.js';
import { knownRevisionIds } from './revisionPackStore.js';
import { storedHistories } from './storedHistories.js';

/** Records whose revisions are compared with the archive at once (about). */
const PREVIEW_CHUNK = 2000;

/** What previewRecords needs besides the revisions. */
export interface PreviewRecordsInput {
  revisions: RevisionsByRecord;
  /** How many texts the bundle brings that the archive lacks. */
  newTexts: number;
  /** How many items each list of the preview keeps (the conflicting ones all). */
  shownPerGroup: number;
}

/**
 * The import preview of a checked batch given record by record (shared/bundle previewImport,
 * the same merge and classification), computed a chunk of records at a time: each chunk's
 * stored histories read, its records compared, only what the preview shows kept. So the
 * preview of a large bundle holds one chunk's revisions and histories, not all of them.
 */
export async function previewRecords(
  archive: Archive,
  input: PreviewRecordsInput,
): Promise<{ preview: ImportPreview; groupSizes: ImportGroupSizes }> {
  const db = databaseOf(archive);
  const source = input.revisions;
  const known = await knownRevisionIds(db, source.revisionIds());
  const histories = await storedHistories(db, recordKeys(source));
  const collector = new PreviewCollector(input.shownPerGroup);
  // Parents of new revisions that neither the bundle nor the record's history holds: looked
  // up in the whole archive at the end (nearly always none).
  const unsure: string[][] = [];
  for (const chunk of source.chunks(() => true, PREVIEW_CHUNK)) {
    const keys = chunk.map((c) => recordKeyOf(c.entity, c.recordId));
    const stored = await histories.read(keys);
    for (const [i, c] of chunk.entries()) {
      const held = stored.get(keys[i] ?? '') ?? [];
      const heldIds = new Set(held.map((r) => r.id));
      const { fresh } = collector.add(c.index, held, c.revisions, (id) => known.has(id));
      for (const r of fresh) {
        const parents = r.parents.filter((p) => !heldIds.has(p) && !source.hasRevision(p));
        if (parents.length > 0) unsure.push(parents);
      }
    }
  }
  const found = unsure.length > 0 ? await knownRevisionIds(db, unsure.flat()) : new Set();
  const missingParents = unsure.filter((parents) => parents.some((p) => !found.has(p))).length;
  return collector.result({ newTexts: input.newTexts, missingParents });
}

/** Every record's key, made as asked for rather than held in a list of them all. */
function* recordKeys(source: RevisionsByRecord): Generator<string> {
  for (let record = 0; record < source.recordCount; record++)
    yield recordKeyOf(source.entityOf(record), source.recordIdOf(record));
}
