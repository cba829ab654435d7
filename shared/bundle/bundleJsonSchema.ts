import { z } from '../model/zod.js';
import { Revision } from '../model/revision.js';
import { ENTITY_KINDS, ENTITY_SCHEMAS } from '../model/entities.js';
import { BUNDLE_FORMAT_VERSION, BundleManifest } from './bundleManifest.js';

/**
 * One line of records/revisions*.ndjson as a schema: a revision whose `data` is the record
 * of its entity kind, or null in a deletion. Built from the model, so the published JSON
 * Schema cannot say something the reader does not check.
 */
export const RevisionLineSchema = z.union([
  ...ENTITY_KINDS.map((kind) =>
    z.strictObject({
      ...Revision.shape,
      entity: z.literal(kind),
      deleted: z.literal(false),
      data: ENTITY_SCHEMAS[kind],
    }),
  ),
  z.strictObject({ ...Revision.shape, deleted: z.literal(true), data: z.null() }),
] as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]);

/**
 * The JSON Schema (draft 2020-12) of a bundle's JSON: `$defs.manifest` for manifest.json,
 * `$defs.revision` for each line of the NDJSON parts. Committed as docs/bundle.schema.json
 * (`npm run build:schema`); a test fails when it and the model drift apart. Some rules are
 * beyond JSON Schema and are only in the reader (and the format document): a revision's
 * data.id equals its recordId, partial dates are real calendar dates, text hashes match.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  // A revision is exact (unknown fields anywhere are refused: they would not survive a
  // re-export), so it is described as zod outputs it, closed objects throughout. The manifest
  // may gain fields within format 1 that older readers ignore, so it is described as input.
  const strip = (schema: z.ZodType, io: 'input' | 'output') => {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      unrepresentable: 'any',
      io,
    });
    return rest;
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `Kartoteka bundle, format version ${BUNDLE_FORMAT_VERSION}`,
    description:
      'A bundle is a zip: manifest.json ($defs.manifest), records/revisions.ndjson (one $defs.revision per line), texts/<sha256>.txt and attachments/<sha256>. See docs/bundle-format.md.',
    $defs: {
      manifest: strip(BundleManifest, 'input'),
      revision: strip(RevisionLineSchema, 'output'),
    },
  };
}
