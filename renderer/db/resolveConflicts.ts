import type { EntityKind } from '../../shared/model/index.js';
import { applyConflictChoice } from '../../shared/merge/applyConflictChoice.js';
import { resolutionRevision } from '../../shared/merge/resolutionRevision.js';
import { DELETED_CONFLICT_PATH } from '../../shared/merge/mergeState.js';
import type { Archive } from './archiveTypes.js';
import { entityTable } from './entityTable.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { localWrite } from './localWrite.js';
import { databaseOf } from './openArchive.js';
import { storeLocalRevision } from './revisionPackStore.js';
import { putRowFromRevisions, revisionsOfRecord, validateEntity, valueOf } from './recordStore.js';

/** The value a person settled one conflict with: one side's version, or one they typed. */
export interface ConflictChoice {
  /** The conflict's path, as in `meta.conflicts` (a field, field/entryId, or `$deleted`). */
  path: string;
  /**
   * The field's (or entry's) value; null for an entry removes it. For `$deleted`: true keeps
   * the deletion, false keeps the record.
   */
  value: unknown;
}

export interface ResolveConflictsInput {
  entity: EntityKind;
  recordId: string;
  /**
   * The record's `meta.heads` the person looked at. If the record changed since (an import,
   * another window), nothing is written: the choices were made on versions no longer current.
   */
  heads: readonly string[];
  /** One choice for every conflict the record has. */
  choices: readonly ConflictChoice[];
}

/**
 * Settles every conflict of a record in one new revision whose parents are all its heads, so
 * it becomes the only head (shared/merge resolutionRevision). Every conflict must have a
 * choice: a field nobody looked at is never settled silently with whichever version happened
 * to be shown. The result is validated like any write; nothing is written on error.
 */
export function resolveConflicts(archive: Archive, input: ResolveConflictsInput): Promise<void> {
  const db = databaseOf(archive);
  const { entity, recordId } = input;
  return localWrite(db, async (actor) => {
    const row = await entityTable(db, entity).get(recordId);
    if (!row) throw new KartotekaDataError(`there is no ${entity} ${recordId}`);
    const heads = new Set(row.meta.heads);
    if (heads.size !== new Set(input.heads).size || input.heads.some((h) => !heads.has(h))) {
      throw new KartotekaDataError(
        'it changed while you were choosing (a bundle was imported, or it was edited elsewhere); look at its conflicts again',
        'heads',
      );
    }
    const chosen = new Map(input.choices.map((c) => [c.path, c.value]));
    const open = row.meta.conflicts;
    const unknown = [...chosen.keys()].find((p) => !open.some((c) => c.path === p));
    if (unknown !== undefined)
      throw new KartotekaDataError(`there is no conflict at ${unknown}`, unknown);
    const missing = open.find((c) => !chosen.has(c.path));
    if (missing)
      throw new KartotekaDataError(`no version chosen for ${missing.path}`, missing.path);

    let value = valueOf(row) as unknown as Record<string, unknown>;
    let deleted = false;
    for (const conflict of open) {
      const choice = chosen.get(conflict.path);
      if (conflict.path === DELETED_CONFLICT_PATH) deleted = choice === true;
      else value = applyConflictChoice(value, conflict, choice);
    }
    const data = deleted ? null : validateEntity(entity, value);
    const revision = resolutionRevision({
      entity,
      recordId,
      heads: row.meta.heads,
      by: actor,
      data,
      deleted,
    });
    await storeLocalRevision(db, revision);
    await putRowFromRevisions(
      db,
      { entity, recordId },
      await revisionsOfRecord(db, entity, recordId),
    );
  });
}
