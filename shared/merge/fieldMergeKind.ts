import { z } from '../model/zod.js';
import { ENTITY_SCHEMAS } from '../model/entities.js';
import type { EntityKind } from '../model/entities.js';

/**
 * How a top-level field of a record merges:
 * - 'entries': a list whose items carry an `id` (names, statusHistory, legalCases, …) merges
 *   entry by entry, so two people adding different sentences to a case never conflict;
 * - 'set': a list of strings (tagIds) merges as a set of additions and removals;
 * - 'value': anything else is replaced as a whole.
 * Read from the zod schemas, so a list field added to the model later merges correctly
 * without touching this module.
 */
export type FieldMergeKind = 'entries' | 'set' | 'value';

const kinds = new Map<string, FieldMergeKind>();
for (const [entity, schema] of Object.entries(ENTITY_SCHEMAS)) {
  for (const [field, type] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    kinds.set(`${entity}.${field}`, kindOfSchema(type));
  }
}

function kindOfSchema(type: z.ZodType): FieldMergeKind {
  if (!(type instanceof z.ZodArray)) return 'value';
  const element: unknown = type.element;
  if (element instanceof z.ZodObject && 'id' in element.shape) return 'entries';
  if (element instanceof z.ZodString) return 'set';
  return 'value';
}

export function fieldMergeKind(entity: EntityKind, field: string): FieldMergeKind {
  return kinds.get(`${entity}.${field}`) ?? 'value';
}
