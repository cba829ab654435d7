import Dexie from 'dexie';
import type {
  Actor,
  AnyEntity,
  EntityKind,
  EntityOf,
  Revision,
  Stored,
} from '../../shared/model/index.js';
import { ENTITY_SCHEMAS, newId, nowIso } from '../../shared/model/index.js';
import { computeRecordView, headsOf } from '../../shared/merge/computeRecordView.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { entityTable } from './entityTable.js';
import { recordKeyOf } from './revisionPack.js';
import { revisionsOfRecords, storeLocalRevision } from './revisionPackStore.js';
import { sameValue } from './sameValue.js';
import { stagedImportPending, undoUnfinishedImport } from './stagedApply.js';

/**
 * The one way records are written. A write never changes a row directly: it adds a revision
 * (parents: the record's current heads, by: the actor) and recomputes the row from all of the
 * record's revisions with the shared merge code, exactly as a bundle import does. So a row is
 * always what its history says, here and in every archive that holds the same revisions.
 *
 * The functions below must run inside `writeTransaction`; they await only Dexie requests.
 */

export interface RecordKey {
  entity: EntityKind;
  recordId: string;
}

/**
 * Runs `work` in one read-write transaction over every table: all of it happens or none.
 *
 * Never between the steps of a staged import (stagedApply.ts): such an import looks up the
 * histories it merges before its steps, and its undo puts back the rows it replaced, so an
 * edit made in between could be merged without or undone with it. A write that finds an
 * import pending waits until it has committed or been undone (undoing it if nobody is
 * applying it any more), then runs: as it would have waited for one large transaction.
 */
export async function writeTransaction<T>(db: KartotekaDb, work: () => Promise<T>): Promise<T> {
  // Nested in a caller's transaction: the caller has made that check.
  if (Dexie.currentTransaction) return db.transaction('rw', db.tables, work);
  for (;;) {
    // Checked inside the write's own transaction, which IndexedDB orders with the import's
    // first one (that writes `pending`): the write comes wholly before the import or sees it.
    const outcome = await db.transaction('rw', db.tables, async () =>
      (await stagedImportPending(db)) ? IMPORT_PENDING : { value: await work() },
    );
    if (outcome !== IMPORT_PENDING) return outcome.value;
    await undoUnfinishedImport(db);
  }
}

const IMPORT_PENDING = Symbol('an import is pending');

/** Parses a value with its entity schema; throws KartotekaDataError naming the record. */
export function validateEntity<K extends EntityKind>(entity: K, value: unknown): EntityOf<K> {
  const result = ENTITY_SCHEMAS[entity].safeParse(value);
  if (result.success) return result.data as EntityOf<K>;
  const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : '?';
  throw KartotekaDataError.fromZod(`${entity} ${id}`, result.error);
}

/** A row without its `meta`: the record's value. */
export function valueOf<T extends AnyEntity>(row: Stored<T>): T {
  const { meta: _meta, ...value } = row;
  return value as unknown as T;
}

/** The current value of a record, or null when it does not exist (or was deleted). */
export async function readRecord<K extends EntityKind>(
  db: KartotekaDb,
  entity: K,
  id: string,
): Promise<EntityOf<K> | null> {
  const row = await entityTable(db, entity).get(id);
  return row ? (valueOf(row) as EntityOf<K>) : null;
}

/** Like readRecord, but a missing record is a KartotekaDataError. */
export async function requireRecord<K extends EntityKind>(
  db: KartotekaDb,
  entity: K,
  id: string,
  field?: string,
): Promise<EntityOf<K>> {
  const value = await readRecord(db, entity, id);
  if (value === null) throw new KartotekaDataError(`there is no ${entity} ${id}`, field);
  return value;
}

/** Every revision the archive holds of one record, in id order. */
export async function revisionsOfRecord(
  db: KartotekaDb,
  entity: EntityKind,
  recordId: string,
): Promise<Revision[]> {
  const key = recordKeyOf(entity, recordId);
  return (await revisionsOfRecords(db, [key])).get(key) ?? [];
}

/**
 * A record's row as its complete list of revisions makes it: null when its heads are
 * tombstones, otherwise the merged value (validated again: a merge of valid values must
 * still be valid before it becomes the row the UI reads) with its meta.
 */
export function rowFromRevisions(
  key: RecordKey,
  revisions: readonly Revision[],
): Stored<AnyEntity> | null {
  const view = computeRecordView(revisions);
  // The merge keeps a record edited concurrently with its deletion (a `$deleted` conflict),
  // so only a record every head deleted leaves its table; null is checked as a safeguard.
  if (view.deleted || view.value === null) return null;
  return { ...validateEntity(key.entity, view.value), meta: view.meta } as Stored<AnyEntity>;
}

/** Writes (or removes) a record's row from its complete list of revisions. */
export async function putRowFromRevisions(
  db: KartotekaDb,
  key: RecordKey,
  revisions: readonly Revision[],
): Promise<void> {
  const row = rowFromRevisions(key, revisions);
  const table = entityTable(db, key.entity);
  await (row ? table.put(row) : table.delete(key.recordId));
}

/**
 * The parents of a local edit. With one head, that head. With several (people changed the
 * record concurrently), an ordinary edit descends only from the head that is shown (the
 * latest living one, as the merge picks it), so the other heads and every open conflict stay
 * until someone settles them explicitly (resolveConflicts, whose revision names all heads).
 * An edit that named every head would settle all conflicts with whichever version happened
 * to be shown: a colleague's edit silently lost. A deletion is an explicit decision about the
 * whole record and names every head.
 */
export function localParentsOf(previous: readonly Revision[], data: AnyEntity | null): string[] {
  const heads = headsOf(previous);
  if (heads.length <= 1 || data === null) return heads.map((h) => h.id);
  const shown = heads.filter((h) => !h.deleted).at(-1) ?? heads.at(-1);
  return shown ? [shown.id] : [];
}

async function addLocalRevision(
  db: KartotekaDb,
  key: RecordKey,
  previous: readonly Revision[],
  actor: Actor,
  data: AnyEntity | null,
): Promise<void> {
  const revision: Revision = {
    id: newId(),
    entity: key.entity,
    recordId: key.recordId,
    parents: localParentsOf(previous, data),
    at: nowIso(),
    by: actor,
    deleted: data === null,
    data,
  };
  await storeLocalRevision(db, revision);
  await putRowFromRevisions(db, key, [...previous, revision]);
}

/**
 * Records a new version of a record made here by `actor`. Validates it first; a value equal
 * to the current one (and not in conflict) adds no revision. Returns the stored value.
 */
export async function writeRecord<K extends EntityKind>(
  db: KartotekaDb,
  entity: K,
  value: unknown,
  actor: Actor,
): Promise<EntityOf<K>> {
  const parsed = validateEntity(entity, value);
  const key = { entity, recordId: parsed.id };
  const previous = await revisionsOfRecord(db, entity, parsed.id);
  const row = await entityTable(db, entity).get(parsed.id);
  // An unchanged value adds no revision, conflicts or not: writing it would settle nothing.
  if (row && sameValue(valueOf(row), parsed)) return parsed;
  await addLocalRevision(db, key, previous, actor, parsed);
  return parsed;
}

/**
 * Deletes a record: a tombstone revision, and the row leaves its table. The revisions stay,
 * so the deletion travels in bundles and can be undone from history. Returns false when
 * there was no such record (nothing written).
 */
export async function deleteRecord(
  db: KartotekaDb,
  entity: EntityKind,
  recordId: string,
  actor: Actor,
): Promise<boolean> {
  const row = await entityTable(db, entity).get(recordId);
  if (!row) return false;
  const previous = await revisionsOfRecord(db, entity, recordId);
  await addLocalRevision(db, { entity, recordId }, previous, actor, null);
  return true;
}
