import { z } from './zod.js';
import type { Revision } from './revision.js';
import { Actor } from './revision.js';
import { Id, IsoDateTime } from './ids.js';

/** A field on which concurrent revisions disagree, with each side's value. */
export const FieldConflict = z.object({
  /** The field, or field/entryId for one entry of a list. */
  path: z.string(),
  versions: z.array(
    z.object({
      revisionId: Id,
      by: Actor,
      at: IsoDateTime,
      value: z.unknown(),
    }),
  ),
});
export type FieldConflict = z.infer<typeof FieldConflict>;

/**
 * What the archive stores beside a record's current value: computed from its revisions,
 * never edited directly.
 */
export const RecordMeta = z.object({
  createdAt: IsoDateTime,
  createdBy: Actor,
  updatedAt: IsoDateTime,
  updatedBy: Actor,
  heads: z.array(Id).min(1),
  conflicts: z.array(FieldConflict),
});
export type RecordMeta = z.infer<typeof RecordMeta>;

/** A record as the database keeps it: its value plus `meta`. */
export type Stored<T> = T & { meta: RecordMeta };

export type { Revision };
