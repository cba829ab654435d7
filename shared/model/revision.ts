import { z } from './zod.js';
import { Id, IsoDateTime } from './ids.js';
import type { EntityKind } from './entities.js';
import { ENTITY_KINDS } from './entities.js';

/**
 * One change to one record: who made it, when, on top of which earlier revisions, and the
 * whole record as it stood after it (or a tombstone). The archive keeps every revision;
 * a record's current value is computed from the revisions that no other revision names as
 * a parent (its heads). One head: no conflict. Several heads: people changed the record
 * concurrently, and the merge shows their versions side by side until someone resolves
 * them with a revision whose parents are all the heads.
 *
 * Because a revision never changes once written and is identified by its random id,
 * combining two archives is the union of their revisions: importing twice changes nothing,
 * and the order of imports does not matter.
 */
export const Actor = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
});
export type Actor = z.infer<typeof Actor>;

export const Revision = z.object({
  id: Id,
  entity: z.enum(ENTITY_KINDS as [EntityKind, ...EntityKind[]]),
  recordId: Id,
  parents: z.array(Id).max(64),
  at: IsoDateTime,
  by: Actor,
  /** true: the record was deleted by this revision (a tombstone); data is then null. */
  deleted: z.boolean(),
  /** The record after the change, validated against the entity's schema by the reader. */
  data: z.unknown(),
});
export type Revision = z.infer<typeof Revision>;

/**
 * Local knowledge about a revision that is not part of it and does not travel: which bundle
 * brought it into this archive (null: made here).
 */
export const RevisionOrigin = z.object({
  revisionId: Id,
  bundleId: Id.nullable(),
  receivedAt: IsoDateTime,
});
export type RevisionOrigin = z.infer<typeof RevisionOrigin>;
