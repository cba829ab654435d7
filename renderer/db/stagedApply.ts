import Dexie, { RangeSet, type Transaction } from 'dexie';
import type { EntityKind } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { entityTable } from './entityTable.js';
import { withArchiveLock } from './archiveLock.js';

/**
 * A large import applied in many small transactions that still happens entirely or not at
 * all: an undo log of our own, in the `stagedImport` table (schema v4).
 *
 * Why not one transaction, as before: Chromium's IndexedDB writes any transaction larger than
 * 1 MB in an undo-log mode of its own (a read before every write, an undo row per key, deleted
 * after the commit), and every later open of the database reads past those deleted rows until
 * LevelDB compacts them, which it may not do for days. After importing data set L in one
 * transaction, every cold open of the archive took 0.73-0.83 s instead of ~0.1 s
 * (docs/ARCHITECTURE.md, start-up). Transactions under 1 MB avoid that mode.
 *
 * How it stays all or nothing:
 * 1. A `pending` row is written first, in a transaction of its own.
 * 2. Each step writes its records and, in the same transaction, an undo row: the texts and
 *    revision packs it created (both are only ever added) and the rows it replaced or removed,
 *    as they were (null: the row did not exist).
 * 3. One transaction deletes `pending` and every undo row: the commit point.
 * If a step fails, the steps before it are undone at once, newest first. If the app stops
 * (closed, crashed, disk full), `pending` is still there the next time any window or worker
 * opens the archive, and the open undoes the steps before anything reads (KartotekaDb). Each
 * undo step restores one undo row and deletes it in one transaction, so an undo cut short is
 * taken up where it stopped.
 *
 * While an import is under way it holds the archive's lock (archiveLock.ts), so that an open
 * elsewhere does not undo an import that is still running: it waits for the lock instead. The
 * search worker does not index while `pending` is there (searchIndexStore.readJournal), so the
 * saved index never holds half an import, and indexing does not compete with the writes.
 */

export const STAGED_TABLE = 'stagedImport';
const PENDING_KEY = 'pending';
const UNDO_PREFIX = 'undo:';

/** A row of the stagedImport table. */
export interface StagedRow {
  key: string;
  value: unknown;
}

interface PendingImport {
  startedAt: string;
  bundleId: string | null;
}

interface PriorRow {
  entity: EntityKind;
  key: string;
  /** The row as it was before the step; null when there was none. */
  prior: unknown;
}

interface UndoStep {
  texts: string[];
  packs: string[];
  rows: PriorRow[];
}

/**
 * What a step records about its writes, before making them. In a batch written in one
 * transaction there is nothing to record (IndexedDB undoes it): every method is a no-op.
 */
export interface UndoRecorder {
  textsAdded(hashes: readonly string[]): void;
  packsAdded(ids: readonly string[]): void;
  /** Reads the current rows of these keys, to restore them: call before writing them. */
  rowsToChange(entity: EntityKind, keys: readonly string[]): Promise<void>;
  /** Rows of records the archive has no history of, and so no row: removed by the undo. */
  rowsCreated(entity: EntityKind, keys: readonly string[]): void;
}

export const NO_UNDO: UndoRecorder = {
  textsAdded: () => undefined,
  packsAdded: () => undefined,
  rowsToChange: () => Promise.resolve(),
  rowsCreated: () => undefined,
};

/** Runs a group of writes: each in a transaction of its own (staged) or all in one. */
export interface BatchWriter {
  step<T>(work: (undo: UndoRecorder) => Promise<T>): Promise<T>;
}

const undoKey = (n: number) => `${UNDO_PREFIX}${String(n).padStart(10, '0')}`;

function isUndoStep(value: unknown): value is UndoStep {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<UndoStep>;
  return Array.isArray(v.texts) && Array.isArray(v.packs) && Array.isArray(v.rows);
}

/** Every table a step may write, and the undo log. */
function allTables(db: KartotekaDb) {
  return db.tables;
}

/**
 * Applies `work` staged (see above): `work` gets a writer whose every step commits on its own
 * with its undo row. Resolves once the whole import has committed; on failure, the archive is
 * as it was before (or, if even the undo failed, it will be at the next open) and the error
 * is thrown on.
 */
export function applyStaged<T>(
  db: KartotekaDb,
  pending: PendingImport,
  work: (writer: BatchWriter) => Promise<T>,
): Promise<T> {
  return withArchiveLock(db.name, async () => {
    // An import stopped half-way since this archive was opened here (its window or worker
    // gone, its lock released with it): undone first, as an open would.
    if (await stagedImportPending(db)) await undoSteps(db);
    await db.stagedImport.put({ key: PENDING_KEY, value: pending });
    let steps = 0;
    const writer: BatchWriter = {
      step: (stepWork) =>
        db.transaction('rw', allTables(db), async (tx) => {
          const undo = recorder(db);
          const result = await stepWork(undo.recorder);
          await db.stagedImport.put({ key: undoKey(steps), value: undo.step });
          holdBackAnnouncement(tx);
          steps += 1;
          return result;
        }),
    };
    let result: T;
    try {
      result = await work(writer);
    } catch (error) {
      await undoSteps(db).catch((undoError: unknown) => {
        // The archive is then undone at its next open; the import's own error is the one to show.
        console.error(
          'undoing an unfinished import failed; it will be undone at the next open',
          undoError,
        );
      });
      throw error;
    }
    // The commit point: without `pending`, nothing will undo the import.
    await db.transaction('rw', db.stagedImport, () => db.stagedImport.clear());
    announceEverything();
    return result;
  });
}

/**
 * Dexie announces what a transaction changed when it commits (its `mutatedParts`): to the live
 * queries here and, through a BroadcastChannel, in every other window and worker. A step's
 * changes are not announced: the window would show an import that may still be undone, and
 * re-run its queries (the navigation's counts walk whole tables) hundreds of times while the
 * import waits for them. The whole import is announced once, at its commit point.
 */
function holdBackAnnouncement(tx: Transaction): void {
  delete (tx.idbtrans as IDBTransaction & { mutatedParts?: unknown }).mutatedParts;
}

/** Every live query, here and in other windows and workers, reads again; the search worker wakes. */
function announceEverything(): void {
  Dexie.on.storagemutated.fire({ all: new RangeSet(Dexie.minKey, Dexie.maxKey) });
}

function recorder(db: KartotekaDb): { recorder: UndoRecorder; step: UndoStep } {
  const step: UndoStep = { texts: [], packs: [], rows: [] };
  const seen = new Set<string>();
  return {
    step,
    recorder: {
      textsAdded: (hashes) => step.texts.push(...hashes),
      packsAdded: (ids) => step.packs.push(...ids),
      rowsToChange: async (entity, keys) => {
        // A row written twice in one step keeps the value it had before the step.
        const fresh = keys.filter((k) => !seen.has(`${entity}/${k}`));
        if (fresh.length === 0) return;
        const rows = await entityTable(db, entity).bulkGet(fresh);
        fresh.forEach((key, i) => {
          seen.add(`${entity}/${key}`);
          step.rows.push({ entity, key, prior: rows[i] ?? null });
        });
      },
      rowsCreated: (entity, keys) => {
        for (const key of keys) {
          if (seen.has(`${entity}/${key}`)) continue;
          seen.add(`${entity}/${key}`);
          step.rows.push({ entity, key, prior: null });
        }
      },
    },
  };
}

/** Whether an import was left unfinished in this archive. */
export async function stagedImportPending(db: KartotekaDb): Promise<boolean> {
  return (await db.stagedImport.get(PENDING_KEY)) !== undefined;
}

/** How far the undo of an unfinished import has got: steps undone, of how many. */
export interface UndoProgress {
  undone: number;
  total: number;
}

/**
 * Undoes an import left unfinished (the app stopped in the middle): called when the archive
 * opens, before anything reads it, with `onProgress` after each step (undoing a large import
 * takes a while, and the window says what it is doing meanwhile). Waits while an import is
 * running elsewhere (it then finishes or undoes itself) and does nothing when none is pending.
 */
export async function undoUnfinishedImport(
  db: KartotekaDb,
  onProgress?: (progress: UndoProgress) => void,
): Promise<void> {
  if (!(await stagedImportPending(db))) return;
  await withArchiveLock(db.name, async () => {
    if (await stagedImportPending(db)) await undoSteps(db, onProgress);
  });
}

/**
 * What a worker's open does instead of undoing: waits until no import is pending, that is
 * until the window has undone it (the window shows how far it has got, which a worker
 * cannot) or a running import has committed. Holds the lock only for a moment each time, so
 * it never stands in the window's way.
 */
export async function waitForUnfinishedImport(db: KartotekaDb): Promise<void> {
  while (await stagedImportPending(db)) {
    // Whoever holds the lock (an import, or a window undoing one) is done once it is free.
    await withArchiveLock(db.name, () => Promise.resolve());
    if (!(await stagedImportPending(db))) return;
    await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
  }
}

/** How often a waiting worker looks again for a window to undo an unfinished import. */
const WAIT_POLL_MS = 200;

/** Undoes the recorded steps newest first, one transaction each, then drops `pending`. */
async function undoSteps(
  db: KartotekaDb,
  onProgress: (progress: UndoProgress) => void = () => undefined,
): Promise<void> {
  const total = await db.stagedImport.where(':id').startsWith(UNDO_PREFIX).count();
  let undone = 0;
  onProgress({ undone, total });
  for (;;) {
    const done = await db.transaction('rw', allTables(db), async () => {
      const last = await db.stagedImport.where(':id').startsWith(UNDO_PREFIX).last();
      if (!last) {
        await db.stagedImport.clear();
        return true;
      }
      if (!isUndoStep(last.value))
        throw new Error(`the import's undo row ${last.key} is unreadable`);
      await undoStep(db, last.value);
      await db.stagedImport.delete(last.key);
      return false;
    });
    if (done) return;
    undone += 1;
    onProgress({ undone, total });
  }
}

async function undoStep(db: KartotekaDb, step: UndoStep): Promise<void> {
  // Each key is recorded once per step (its value before the step), so the order is free:
  // grouped by table, restored in bulk.
  const byEntity = new Map<EntityKind, { put: unknown[]; remove: string[] }>();
  for (const { entity, key, prior } of step.rows) {
    const group = byEntity.get(entity) ?? { put: [], remove: [] };
    byEntity.set(entity, group);
    if (prior === null) group.remove.push(key);
    else group.put.push(prior);
  }
  for (const [entity, { put, remove }] of byEntity) {
    const table = entityTable(db, entity);
    if (remove.length > 0) await table.bulkDelete(remove);
    if (put.length > 0) await table.bulkPut(put as Parameters<typeof table.bulkPut>[0]);
  }
  if (step.packs.length > 0) await db.revisionPacks.bulkDelete(step.packs);
  if (step.texts.length > 0) await db.sourceTexts.bulkDelete(step.texts);
}
