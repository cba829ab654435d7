import { previewImport } from '../../shared/bundle/previewImport.js';
import type { ImportPreview } from '../../shared/bundle/previewImport.js';
import type { ReadBundleResult } from '../../shared/bundle/readBundleOptions.js';
import type { ApplyProgress, ApplyRevisionsResult, Archive } from '../db';
import { bundleStoreOf } from '../db';
import { nowIso } from '../../shared/model/index.js';

export interface PreparedImport {
  bundle: ReadBundleResult;
  fileName: string;
  preview: ImportPreview;
  /**
   * Texts the bundle's sources name without carrying them (a changes bundle assumes the
   * recipient has them) that this archive lacks too. Applying may then be refused.
   */
  missingTexts: string[];
}

/**
 * What importing a read (and so fully checked) bundle would do to this archive, computed the
 * way the import merges (shared/bundle previewImport), before anything is written.
 */
export async function prepareImport(
  archive: Archive,
  bundle: ReadBundleResult,
  fileName: string,
): Promise<PreparedImport> {
  const carried = bundle.texts.map((t) => t.sha256);
  const existing = await bundleStoreOf(archive).existingFor(bundle.revisions, [
    ...carried,
    ...bundle.missingTexts,
  ]);
  const held = new Set(existing.textHashes);
  const preview = previewImport(existing, { revisions: bundle.revisions, texts: bundle.texts });
  return {
    bundle,
    fileName,
    preview,
    missingTexts: bundle.missingTexts.filter((sha) => !held.has(sha)),
  };
}

/**
 * Applies a prepared import: all of it in one transaction or none of it (the bundle store's
 * applyBundle; the bundle was checked whole when read, so it is not checked again), each new
 * revision remembered as brought by this bundle, with progress; then the bundle itself is
 * remembered (who made it, when) for history. Applying the same bundle again adds nothing.
 */
export async function applyImport(
  archive: Archive,
  prepared: PreparedImport,
  now: () => string = nowIso,
  onProgress?: (progress: ApplyProgress) => void,
): Promise<ApplyRevisionsResult> {
  const { manifest } = prepared.bundle;
  const store = bundleStoreOf(archive);
  const result = await store.applyBundle(
    prepared.bundle,
    { bundleId: manifest.bundleId },
    onProgress,
  );
  const known = await store.receivedBundles([manifest.bundleId]);
  if (!known.has(manifest.bundleId)) {
    // A separate small write: if it failed, only the bundle's label in history would be missing.
    await store.recordImport({
      bundleId: manifest.bundleId,
      exportedBy: manifest.exportedBy,
      createdAt: manifest.createdAt,
      importedAt: now(),
      fileName: prepared.fileName.slice(0, 300),
      scope: manifest.scope.kind,
    });
  }
  return result;
}
