import type { RevisionsByRecord } from '../../shared/bundle/revisionsByRecord.js';
import type { ApplyProgress, ApplyRevisionsResult, RevisionOriginInput } from './applyRevisions.js';
import { applyCheckedRecords } from './applyRevisions.js';
import type { Archive } from './archiveTypes.js';
import { heldTextHashes } from './heldTextHashes.js';
import { databaseOf } from './openArchive.js';
import type { StoredSourceText } from './storedSourceText.js';

/**
 * applyCheckedRecords for a batch whose texts come in chunks (a bundle's texts taken again a
 * chunk at a time, as text or as UTF-8: shared/bundle LaterTexts), so that they are never
 * all in memory: one transaction, all or nothing as before, in which the texts the archive
 * lacks are added chunk by chunk, then the revisions are applied a chunk of records at a time (their
 * sources' texts are then in the archive, and applyCheckedRecords is told so rather than
 * reading them back). `texts` and `revisions` must produce each chunk synchronously: only
 * IndexedDB requests may be awaited inside a transaction, or it commits.
 */
export function applyCheckedBatchTextsLater(
  archive: Archive,
  revisions: RevisionsByRecord,
  texts: Iterable<StoredSourceText[]>,
  origin: RevisionOriginInput,
  onProgress?: (progress: ApplyProgress) => void,
): Promise<ApplyRevisionsResult> {
  const db = databaseOf(archive);
  return db.transaction('rw', db.tables, async () => {
    const written = new Set<string>();
    for (const chunk of texts) {
      for (const t of chunk) written.add(t.sha256);
      const held = await heldTextHashes(
        db,
        chunk.map((t) => t.sha256),
      );
      const fresh = chunk.filter((t) => !held.has(t.sha256));
      if (fresh.length > 0) await db.sourceTexts.bulkAdd(fresh);
    }
    return applyCheckedRecords(
      db,
      { revisions, texts: [], textsWritten: written },
      origin,
      onProgress,
    );
  });
}
