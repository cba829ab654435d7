import type { Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';
import { ENTITY_KINDS } from '../model/entities.js';
import type { BundleManifest } from './bundleManifest.js';
import { emptyEntityCounts } from './bundleManifest.js';
import { bundleError } from './bundleError.js';

/** The manifest's counts must be what the bundle holds: a mismatch means a damaged or edited bundle. */
export function checkManifestAgainst(
  manifest: BundleManifest,
  revisions: Iterable<Pick<Revision, 'entity' | 'recordId'>>,
  texts: number,
  attachments: number,
): void {
  const revisionCounts = emptyEntityCounts();
  const records = new Map<EntityKind, Set<string>>(ENTITY_KINDS.map((k) => [k, new Set<string>()]));
  for (const r of revisions) {
    revisionCounts[r.entity] += 1;
    records.get(r.entity)?.add(r.recordId);
  }
  const at = { entry: 'manifest.json' };
  for (const kind of ENTITY_KINDS) {
    if (manifest.counts.revisions[kind] !== revisionCounts[kind]) {
      throw bundleError(
        'invalid-manifest',
        `says ${manifest.counts.revisions[kind]} ${kind} revisions, the bundle holds ${revisionCounts[kind]}`,
        { ...at, field: `counts.revisions.${kind}` },
      );
    }
    const held = records.get(kind)?.size ?? 0;
    if (manifest.counts.records[kind] !== held) {
      throw bundleError(
        'invalid-manifest',
        `says ${manifest.counts.records[kind]} ${kind} records, the bundle holds ${held}`,
        { ...at, field: `counts.records.${kind}` },
      );
    }
  }
  if (manifest.counts.texts !== texts) {
    throw bundleError(
      'invalid-manifest',
      `says ${manifest.counts.texts} texts, the bundle holds ${texts}`,
      { ...at, field: 'counts.texts' },
    );
  }
  if (manifest.counts.attachments !== attachments) {
    throw bundleError(
      'invalid-manifest',
      `says ${manifest.counts.attachments} attachments, the bundle holds ${attachments}`,
      { ...at, field: 'counts.attachments' },
    );
  }
}
