import type { RevisionsByRecord } from '../../shared/bundle/revisionsByRecord.js';
import { nowIso } from '../../shared/model/index.js';
import type { ApplyProgress, ApplyRevisionsResult, RevisionOriginInput } from './applyRevisions.js';
import { writeCheckedRecordsStaged } from './applyRevisions.js';
import type { Archive } from './archiveTypes.js';
import { addSourceTexts } from './addSourceTexts.js';
import { heldTextHashes } from './heldTextHashes.js';
import { databaseOf } from './openArchive.js';
import { applyStaged } from './stagedApply.js';
import type { StoredSourceText } from './storedSourceText.js';

/** A batch's texts: all their hashes first, then the texts a chunk at a time. */
export interface TextsInChunks {
  hashes: readonly string[];
  chunks: Iterable<StoredSourceText[]>;
}

/**
 * applyCheckedRecords for a batch whose texts come in chunks (a bundle's texts taken again a
 * chunk at a time, as text or as UTF-8: shared/bundle LaterTexts), so that they are never
 * all in memory. Staged (stagedApply.ts): all of it or none of it, in transactions under
 * 1 MB each; the texts the archive lacks are added chunk by chunk (give chunks of at most
 * STAGED_TEXT_BYTES), then the revisions are applied a chunk of records at a time (their
 * sources' texts are then in the archive, and the apply is told so rather than reading them
 * back). `texts` and `revisions` must produce each chunk synchronously: only IndexedDB
 * requests may be awaited inside a transaction, or it commits.
 */
export function applyCheckedBatchTextsLater(
  archive: Archive,
  revisions: RevisionsByRecord,
  texts: TextsInChunks,
  origin: RevisionOriginInput,
  onProgress?: (progress: ApplyProgress) => void,
): Promise<ApplyRevisionsResult> {
  const db = databaseOf(archive);
  return applyStaged(db, { startedAt: nowIso(), bundleId: origin.bundleId }, async (writer) => {
    const written = new Set<string>();
    // Looked up once, not in every step: see addSourceTexts and heldTextHashes.
    const heldBefore = await heldTextHashes(db, texts.hashes);
    for (const chunk of texts.chunks) {
      for (const t of chunk) written.add(t.sha256);
      await writer.step((undo) => addSourceTexts(db, undo, chunk, heldBefore));
    }
    return writeCheckedRecordsStaged(
      db,
      writer,
      { revisions, texts: [], textsWritten: written },
      origin,
      onProgress,
    );
  });
}
