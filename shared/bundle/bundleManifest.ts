import { z } from '../model/zod.js';
import { Id, IsoDateTime, Sha256Hex } from '../model/ids.js';
import { Actor } from '../model/revision.js';
import { ENTITY_KINDS } from '../model/entities.js';
import type { EntityKind } from '../model/entities.js';

export const BUNDLE_FORMAT = 'kartoteka-bundle';
/** Raised only for changes an older reader cannot safely ignore. */
export const BUNDLE_FORMAT_VERSION = 1;

/** What the exporter meant to send. Informative: the reader applies whatever revisions it holds. */
export const BundleScope = z.object({
  /** archive: everything; cases: chosen case files and what they need; changes: since a previous bundle. */
  kind: z.enum(['archive', 'cases', 'changes']),
  /** kind 'cases': the case files chosen. */
  caseIds: z.array(Id).max(100_000).optional(),
  /** kind 'changes': the previous bundle sent to the same recipient, which this one continues. */
  since: z.object({ bundleId: Id.nullable(), at: IsoDateTime }).optional(),
  /** The colleague the bundle was made for, as the exporter calls them. */
  recipient: z.string().trim().min(1).max(200).optional(),
});
export type BundleScope = z.infer<typeof BundleScope>;

const entityCounts = z.object(
  Object.fromEntries(ENTITY_KINDS.map((k) => [k, z.number().int().min(0)])) as Record<
    EntityKind,
    z.ZodNumber
  >,
);

export const BundleEntryInfo = z.object({
  /** The zip entry name, e.g. texts/<sha256>.txt. */
  name: z.string().min(1).max(200),
  /** SHA-256 of the entry's uncompressed bytes. */
  sha256: Sha256Hex,
  /** Its uncompressed size in bytes. */
  size: z.number().int().min(0),
});
export type BundleEntryInfo = z.infer<typeof BundleEntryInfo>;

/**
 * `manifest.json`: what the bundle is, who made it, and the SHA-256 and size of every other
 * entry, so that nothing in it can be damaged or swapped unnoticed. Fields a newer version
 * of format 1 adds are ignored by older readers; anything they could not ignore raises
 * formatVersion.
 */
export const BundleManifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  bundleId: Id,
  producer: z.object({ app: z.string().min(1).max(100), version: z.string().min(1).max(50) }),
  createdAt: IsoDateTime,
  exportedBy: Actor,
  scope: BundleScope,
  counts: z.object({
    /** Revision lines per entity kind. */
    revisions: entityCounts,
    /** Distinct records (recordId) per entity kind. */
    records: entityCounts,
    texts: z.number().int().min(0),
    attachments: z.number().int().min(0),
  }),
  entries: z.array(BundleEntryInfo).max(500_000),
});
export type BundleManifest = z.infer<typeof BundleManifest>;
export type BundleCounts = BundleManifest['counts'];

export function emptyEntityCounts(): Record<EntityKind, number> {
  return Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
}
