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
