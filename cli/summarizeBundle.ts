import type { ReadBundleResult } from '../shared/bundle/readBundleOptions.js';
import { bundleContentHash } from '../shared/bundle/bundleContentHash.js';
import { computeArchiveViews } from '../shared/merge/computeArchiveViews.js';
import { emptyEntityCounts } from '../shared/bundle/bundleManifest.js';
import { nodeSha256 } from './nodeSha256.js';

/**
 * What `info` and `validate --json` report about a read bundle: its manifest, what it really
 * holds (counted, not taken from the manifest), and a content hash equal for any two bundles
 * holding the same revisions and texts.
 */
export function summarizeBundle(bundle: ReadBundleResult) {
  const views = computeArchiveViews(bundle.revisions);
  const current = emptyEntityCounts();
  const deleted = emptyEntityCounts();
  let conflicted = 0;
  for (const view of views.values()) {
    if (view.deleted) deleted[view.entity] += 1;
    else current[view.entity] += 1;
    if (view.meta.conflicts.length > 0) conflicted += 1;
  }
  return {
    encrypted: bundle.encrypted,
    manifest: bundle.manifest,
    counts: {
      revisions: bundle.revisions.length,
      records: current,
      deletedRecords: deleted,
      recordsWithConflicts: conflicted,
      texts: bundle.texts.length,
      attachments: bundle.attachments.length,
    },
    missingTexts: bundle.missingTexts,
    contentHash: bundleContentHash(
      {
        revisions: bundle.revisions,
        textHashes: bundle.texts.map((t) => t.sha256),
        attachmentHashes: bundle.attachments.map((a) => a.sha256),
      },
      nodeSha256,
    ),
  };
}
