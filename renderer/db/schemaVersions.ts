/**
 * The archive's IndexedDB schemas, one per version. A version is never edited once shipped:
 * a change is a new version with an upgrade, so that every archive on every laptop can be
 * brought forward without losing anything.
 */

/**
 * Version 1, the prototype: each source kept its text inline in `sources.text`, and
 * citations and annotations did not record which text version they were made on.
 */
export const SCHEMA_V1 = {
  cases: 'id',
  sources: 'id',
  citations: 'id, caseId, sourceId',
  annotations: 'id, sourceId',
  notes: 'id, caseId',
  tags: 'id, name',
  revisions: 'id, recordId',
  settings: 'key',
} as const;

/**
 * Version 2: texts are content-addressed in `sourceTexts` (key sha256) so that an old text
 * version stays available to the citations made on it; revisions remember which bundle
 * brought them; a key/value table is kept for the search index.
 */
export const SCHEMA_V2 = {
  cases: 'id, *tagIds',
  sources: 'id, sha256, addedAt',
  sourceTexts: 'sha256',
  citations: 'id, caseId, sourceId, sourceSha256',
  annotations: 'id, sourceId, sourceSha256',
  notes: 'id, caseId',
  tags: 'id, name',
  revisions: 'id, recordId, [entity+recordId]',
  revisionOrigins: 'revisionId, bundleId',
  settings: 'key',
  searchIndex: 'key',
} as const;

/**
 * Version 3: revisions are stored in packs (`revisionPacks`, see revisionPacks.ts) instead of
 * one row per revision plus one per origin. IndexedDB costs about the same per row whatever
 * its size, so an import of 100,000 revisions wrote 200,000 rows for them; in packs of a few
 * hundred it writes hundreds. A pack has one origin (the bundle that brought it, or null for
 * a local edit, which is a pack of one) and lists its revisions' ids and records
 * (`entity/recordId`) for the two multiEntry indexes that replace the old tables' keys:
 * whether a revision is known, and where a record's history is. `bundleId` finds what one
 * bundle brought. The v2 tables are removed once `upgradeToV3` has moved their rows.
 */
export const SCHEMA_V3 = {
  cases: 'id, *tagIds',
  sources: 'id, sha256, addedAt',
  sourceTexts: 'sha256',
  citations: 'id, caseId, sourceId, sourceSha256',
  annotations: 'id, sourceId, sourceSha256',
  notes: 'id, caseId',
  tags: 'id, name',
  revisions: null,
  revisionOrigins: null,
  revisionPacks: 'id, *revisionIds, *recordKeys, bundleId',
  settings: 'key',
  searchIndex: 'key',
} as const;

/**
 * Version 4: `stagedImport` holds a large import's marker and undo rows while it is applied in
 * transactions under 1 MB each (stagedApply.ts says why and how); it is empty otherwise.
 * Citations and annotations lose their `sourceSha256` index: nothing ever looked a citation up
 * by the text version it was made on (anchoring compares the hash on the row with the
 * source's), and importing data set L wrote ~100,000 index rows for it.
 */
export const SCHEMA_V4 = {
  // Only what changes: Dexie carries the other tables over from version 3 as they are.
  citations: 'id, caseId, sourceId',
  annotations: 'id, sourceId',
  stagedImport: 'key',
} as const;
