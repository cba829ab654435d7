import type { EntityKind, Revision, SourceText } from '../../shared/model/index.js';
import {
  Revision as RevisionSchema,
  SourceText as SourceTextSchema,
} from '../../shared/model/index.js';
import type { CheckedBatch } from './applyRevisions.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { validateEntity } from './recordStore.js';
import { sameValue } from './sameValue.js';
import { sha256Hex } from './sha256Hex.js';

function recordLabel(r: { entity: unknown; recordId: unknown }): string {
  return `${String(r.entity)} ${String(r.recordId)}`;
}

/**
 * Checks everything before anything is written: each revision's shape, its data against
 * its entity's schema (a tombstone carries null), that the data is the record it claims to
 * be, and that each text is what its SHA-256 says. Returns the batch without repeats.
 */
export function validateBatch(
  revisions: readonly unknown[],
  texts: readonly unknown[],
): CheckedBatch {
  const byId = new Map<string, Revision>();
  revisions.forEach((candidate, index) => {
    const parsed = RevisionSchema.safeParse(candidate);
    if (!parsed.success) throw KartotekaDataError.fromZod(`revision #${index + 1}`, parsed.error);
    const r = parsed.data;
    const what = `revision ${r.id} of ${recordLabel(r)}`;
    if (r.deleted) {
      if (r.data !== null)
        throw new KartotekaDataError(`${what}: a deletion carries no data`, 'data');
    } else {
      const value = validateEntityOf(r.entity, r.data, what);
      if (value.id !== r.recordId)
        throw new KartotekaDataError(`${what}: its data is record ${value.id}`, 'data.id');
    }
    const seen = byId.get(r.id);
    if (seen && !sameValue(seen, r))
      throw new KartotekaDataError(`${what}: two different revisions share this id`, 'id');
    byId.set(r.id, r);
  });

  const bySha = new Map<string, SourceText>();
  texts.forEach((candidate, index) => {
    const parsed = SourceTextSchema.safeParse(candidate);
    if (!parsed.success)
      throw KartotekaDataError.fromZod(`source text #${index + 1}`, parsed.error);
    const { sha256, text } = parsed.data;
    if (sha256Hex(text) !== sha256)
      throw new KartotekaDataError(
        `source text ${sha256}: the text does not match its SHA-256`,
        'sha256',
      );
    bySha.set(sha256, parsed.data);
  });
  return { revisions: [...byId.values()], texts: [...bySha.values()] };
}

function validateEntityOf(entity: EntityKind, data: unknown, what: string): { id: string } {
  try {
    return validateEntity(entity, data);
  } catch (error) {
    if (error instanceof KartotekaDataError)
      throw new KartotekaDataError(`${what}: ${error.message}`, error.field);
    throw error;
  }
}
