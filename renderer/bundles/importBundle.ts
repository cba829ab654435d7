import type { BundleManifest } from '../../shared/bundle/bundleManifest.js';
import type { ImportGroupSizes, ImportPreview } from '../../shared/bundle/previewImport.js';
import type { ReadBundleResult } from '../../shared/bundle/readBundleOptions.js';
import type { RevisionsByRecord } from '../../shared/bundle/revisionsByRecord.js';
import { revisionsInMemory } from '../../shared/bundle/revisionsInMemory.js';
import type { ApplyProgress, ApplyRevisionsResult, Archive } from '../db';
import { bundleStoreOf } from '../db';
import { applyCheckedBatchTextsLater } from '../db/applyCheckedBatchTextsLater';
import { STAGED_TEXT_BYTES } from '../db/addSourceTexts';
import { previewRecords } from '../db/previewBundleRecords';
import { nowIso } from '../../shared/model/index.js';

/**
 * What the window needs to show an import before and after Apply: who sent the bundle, what
 * it would change, how much it holds. Not the records: those stay with the bundle worker,
 * which applies them itself, so the window never holds a large bundle's revisions and texts.
 */
export interface PreparedImport {
  fileName: string;
  manifest: BundleManifest;
  /** Whether the file was age-encrypted. */
  encrypted: boolean;
  /**
   * What the import would do. Its lists are cut to the first SHOWN_PER_GROUP records (the
   * dialog shows no more), except the conflicting ones, which the summary links to: a large
   * bundle's full lists would be most of what the window is sent. `groupSizes` has the
   * lists' real lengths.
   */
  preview: ImportPreview;
  groupSizes: ImportGroupSizes;
  /**
   * Texts the bundle's sources name without carrying them (a changes bundle assumes the
   * recipient has them) that this archive lacks too. Applying may then be refused.
   */
  missingTexts: string[];
  /** How many revisions and texts the bundle holds. */
  revisions: number;
  texts: number;
}

/**
 * What importing a read (and so fully checked) bundle would do to this archive, computed the
 * way the import merges (shared/bundle previewImport), before anything is written, a chunk
 * of records at a time (previewRecords).
 */
export async function prepareImport(
  archive: Archive,
  bundle: ReadBundleResult,
  fileName: string,
): Promise<PreparedImport> {
  const carried = bundle.laterTexts?.hashes ?? bundle.texts.map((t) => t.sha256);
  const existing = await bundleStoreOf(archive).existingFor(
    [],
    [...carried, ...bundle.missingTexts],
  );
  const held = new Set(existing.textHashes);
  const revisions = revisionsOf(bundle);
  const shown = await previewRecords(archive, {
    revisions,
    newTexts: new Set(carried.filter((sha) => !held.has(sha))).size,
    shownPerGroup: SHOWN_PER_GROUP,
  });
  return {
    fileName,
    manifest: bundle.manifest,
    encrypted: bundle.encrypted,
    ...shown,
    missingTexts: bundle.missingTexts.filter((sha) => !held.has(sha)),
    revisions: revisions.revisionCount,
    texts: carried.length,
  };
}

/**
 * How many records of each kind and change the preview lists (the conflicting ones all: the
 * summary links to them). A large bundle's full lists would be most of what the window is sent.
 */
export const SHOWN_PER_GROUP = 50;

/** A read bundle's revisions record by record: read again later, or held. */
function revisionsOf(bundle: ReadBundleResult): RevisionsByRecord {
  return bundle.laterRevisions ?? revisionsInMemory(bundle.revisions);
}

/** UTF-8 bytes of texts written per step when a bundle's texts are read again at apply. */
const TEXT_CHUNK_BYTES = STAGED_TEXT_BYTES;

/**
 * Applies a read bundle, all of it or none of it: a bundle read for a later apply (every
 * bundle the app imports) in steps under 1 MB with the archive's own undo log
 * (applyCheckedBatchTextsLater, stagedApply.ts), one held in memory in one transaction (the
 * bundle store's applyBundle). The bundle was checked whole when read, so it is not checked
 * again. Each new revision is remembered as brought by this bundle, with progress; then the
 * bundle itself is remembered (who made it, when) for history. Applying the same bundle again
 * adds nothing.
 */
export async function applyImport(
  archive: Archive,
  bundle: ReadBundleResult,
  fileName: string,
  now: () => string = nowIso,
  onProgress?: (progress: ApplyProgress) => void,
): Promise<ApplyRevisionsResult> {
  const { manifest } = bundle;
  const store = bundleStoreOf(archive);
  const origin = { bundleId: manifest.bundleId };
  const result =
    bundle.laterTexts || bundle.laterRevisions
      ? await applyCheckedBatchTextsLater(
          archive,
          revisionsOf(bundle),
          bundle.laterTexts
            ? {
                hashes: bundle.laterTexts.hashes,
                chunks: bundle.laterTexts.chunks(TEXT_CHUNK_BYTES),
              }
            : { hashes: bundle.texts.map((t) => t.sha256), chunks: [bundle.texts] },
          origin,
          onProgress,
        )
      : await store.applyBundle(bundle, origin, onProgress);
  const known = await store.receivedBundles([manifest.bundleId]);
  if (!known.has(manifest.bundleId)) {
    // A separate small write: if it failed, only the bundle's label in history would be missing.
    await store.recordImport({
      bundleId: manifest.bundleId,
      exportedBy: manifest.exportedBy,
      createdAt: manifest.createdAt,
      importedAt: now(),
      fileName: fileName.slice(0, 300),
      scope: manifest.scope.kind,
    });
  }
  return result;
}
