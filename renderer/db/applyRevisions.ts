import type {
  AnyEntity,
  EntityKind,
  Revision,
  SourceText,
  Stored,
} from '../../shared/model/index.js';
import { nowIso } from '../../shared/model/index.js';
import { computeRecordView } from '../../shared/merge/computeRecordView.js';
import type { RevisionsByRecord } from '../../shared/bundle/revisionsByRecord.js';
import { revisionsInMemory } from '../../shared/bundle/revisionsInMemory.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import type { RecordKey } from './recordStore.js';
import { rowFromRevisions, writeTransaction } from './recordStore.js';
import { entityTable } from './entityTable.js';
import { heldTextHashes } from './heldTextHashes.js';
import { STAGED_TEXT_BYTES, addSourceTexts } from './addSourceTexts.js';
import { REVISION_PACK_SIZE, packRevisions, recordKeyOf } from './revisionPack.js';
import { knownRevisionIds, storeRevisionPacks } from './revisionPackStore.js';
import { storedHistories } from './storedHistories.js';
import { validateBatch } from './validateBatch.js';
import type { BatchWriter, UndoRecorder } from './stagedApply.js';
import { NO_UNDO } from './stagedApply.js';

/** Which bundle brought revisions into this archive; null: made here (or the sample). */
export interface RevisionOriginInput {
  bundleId: string | null;
}

export interface ApplyRevisionsResult {
  /** Revisions new to this archive. */
  added: number;
  /** Revisions already known, skipped. */
  skipped: number;
  /** Records whose current row was recomputed. */
  touchedRecords: number;
}

/**
 * How far an apply is: new revisions stored (with their records' rows, a chunk of records at
 * a time), then, at the end, the records whose row was recomputed. Reported between database
 * requests, so the window can paint it although the transaction is open.
 */
export interface ApplyProgress {
  phase: 'revisions' | 'records';
  done: number;
  total: number;
}

/**
 * A batch whose every revision and text was already checked as applyRevisions checks them:
 * shape, entity schema, data id, tombstones without data, texts against their SHA-256, each
 * revision once. shared/bundle's readBundle guarantees this (more strictly) for what it
 * returns, so a bundle is not checked twice.
 */
export interface CheckedBatch {
  revisions: readonly Revision[];
  texts: readonly SourceText[];
  /**
   * Texts the caller has already written in this same transaction (a bundle's texts added a
   * chunk at a time, applyCheckedBatchTextsLater): their sources need no look-up, which would
   * otherwise read every text back.
   */
  textsWritten?: ReadonlySet<string>;
}

/**
 * A CheckedBatch whose revisions come a group of records at a time (a bundle's, parsed again
 * from its bytes chunk by chunk: shared/bundle LaterRevisions), so that a large import never
 * holds them all.
 */
export interface CheckedRecords extends Omit<CheckedBatch, 'revisions'> {
  revisions: RevisionsByRecord;
}

/** Rows written per bulk request: progress is reported (and the window paints) in between. */
const WRITE_SLICE = 2000;
/**
 * Records per step of a staged apply: each step's transaction must stay under 1 MB (its
 * records' revisions and rows, their index entries, the journal and the undo row;
 * stagedApply.ts says why). Data set L's records average well under 1 KB each.
 */
export const STAGED_RECORDS = 300;
/** Revision packs per bulk request: about WRITE_SLICE revisions. */
const PACKS_PER_WRITE = Math.max(1, Math.floor(WRITE_SLICE / REVISION_PACK_SIZE));

/**
 * A record's row from its whole history. When the history is only revisions of a checked
 * batch and ends in one head, the row is that head's data, which was checked against its
 * schema on the way in: checking it again would only repeat the work. A merge makes a new
 * value, and stored revisions may predate the current schema, so those are validated.
 */
function rowOf(
  key: RecordKey,
  stored: readonly Revision[],
  fresh: readonly Revision[],
  checked: boolean,
): Stored<AnyEntity> | null {
  if (!checked || stored.length > 0) return rowFromRevisions(key, [...stored, ...fresh]);
  const view = computeRecordView(fresh);
  if (view.meta.heads.length > 1) return rowFromRevisions(key, fresh);
  if (view.deleted || view.value === null) return null;
  return { ...(view.value as AnyEntity), meta: view.meta } as Stored<AnyEntity>;
}

/**
 * Recomputes the touched records' rows a slice of records at a time (computing a slice, then
 * writing it table by table in bulk), so neither the rows of a large import nor the work
 * between two database requests grow without bound.
 */
async function writeRows(
  db: KartotekaDb,
  groups: readonly FreshGroup[],
  stored: Map<string, Revision[]>,
  checked: boolean,
  undo: UndoRecorder,
): Promise<Map<string, string>> {
  const sourceTexts = new Map<string, string>();
  for (let i = 0; i < groups.length; i += WRITE_SLICE) {
    const slice = groups.slice(i, i + WRITE_SLICE);
    const byEntity = new Map<
      EntityKind,
      { put: Stored<AnyEntity>[]; remove: string[]; known: string[]; created: string[] }
    >();
    for (const { id, key, fresh } of slice) {
      const history = stored.get(id) ?? [];
      const row = rowOf(key, history, fresh, checked);
      const group = byEntity.get(key.entity) ?? { put: [], remove: [], known: [], created: [] };
      byEntity.set(key.entity, group);
      if (row) group.put.push(row);
      else group.remove.push(key.recordId);
      // A row is what its record's history makes (recordStore.ts): a record with none stored
      // has no row yet, so only the rows of records with a history are read for the undo.
      (history.length > 0 ? group.known : group.created).push(key.recordId);
      if (row && key.entity === 'source')
        sourceTexts.set(row.id, (row as { sha256: string }).sha256);
    }
    for (const [entity, { put, remove, known, created }] of byEntity) {
      await undo.rowsToChange(entity, known);
      undo.rowsCreated(entity, created);
      if (put.length > 0) await entityTable(db, entity).bulkPut(put);
      if (remove.length > 0) await entityTable(db, entity).bulkDelete(remove);
    }
  }
  return sourceTexts;
}

/** A record and the revisions of it the archive lacks. */
interface FreshGroup {
  /** Its key in the `recordKeys` index. */
  id: string;
  key: RecordKey;
  fresh: Revision[];
}

/**
 * A source row is useless without its text: it must be in the batch or in the archive. Only
 * the texts the batch does not carry are looked up.
 */
async function requireSourceTexts(
  db: KartotekaDb,
  textOfSource: ReadonlyMap<string, string>,
  carried: ReadonlySet<string>,
): Promise<void> {
  const elsewhere = [...textOfSource].filter(([, sha]) => !carried.has(sha));
  const held = await heldTextHashes(
    db,
    elsewhere.map(([, sha]) => sha),
  );
  for (const [id, sha] of elsewhere) {
    if (!held.has(sha)) {
      throw new KartotekaDataError(
        `source ${id}: its text ${sha} is neither in the archive nor in the batch`,
        'sha256',
      );
    }
  }
}

/**
 * Writes a checked batch: the revisions the archive lacks (with their origin), the texts it
 * lacks, and the recomputed row of every record those revisions touch, from the union of the
 * stored history and the new revisions. Records are taken a chunk at a time (their stored
 * histories read, their new revisions packed and stored, their rows built and written), so
 * that what is held and built at once is bounded by the chunk, not the batch; a record is
 * never split between chunks. Each chunk is one `writer` step: all steps in one transaction,
 * or staged (stagedApply.ts), each in its own.
 */
async function writeBatchWith(
  db: KartotekaDb,
  writer: BatchWriter,
  batch: CheckedRecords,
  origin: RevisionOriginInput,
  checked: boolean,
  onProgress: (progress: ApplyProgress) => void,
  recordsPerStep: number,
): Promise<{ added: number; touchedRecords: number }> {
  const source = batch.revisions;
  const known = await knownRevisionIds(db, source.revisionIds());
  const { freshOf, added, touched } = freshCounts(source, known);
  // Where the touched records' histories are, found before anything is written, so that
  // the new revisions are never read back. Their keys are made as the look-up asks for
  // them, not held through the import.
  const histories = await storedHistories(db, touchedKeys(source, freshOf));
  for (const slice of textSlices(batch.texts)) {
    await writer.step((undo) => addSourceTexts(db, undo, slice));
  }
  const carried = new Set([...batch.texts.map((t) => t.sha256), ...(batch.textsWritten ?? [])]);
  // One origin for the whole batch.
  const packOrigin = { bundleId: origin.bundleId, receivedAt: nowIso() };
  let done = 0;
  onProgress({ phase: 'revisions', done, total: added });
  for (const chunk of source.chunks((record) => (freshOf[record] ?? 0) > 0, recordsPerStep)) {
    const groups: FreshGroup[] = chunk.map((c) => ({
      id: recordKeyOf(c.entity, c.recordId),
      key: { entity: c.entity, recordId: c.recordId },
      fresh: c.revisions.filter((r) => !known.has(r.id)),
    }));
    await writer.step(async (undo) => {
      const stored = await histories.read(groups.map((g) => g.id));
      // Packed record by record, so that a record's new revisions land in one pack.
      const packs = packRevisions(
        groups.map((g) => g.fresh),
        packOrigin,
      );
      undo.packsAdded(packs.map((p) => p.id));
      for (let i = 0; i < packs.length; i += PACKS_PER_WRITE)
        await storeRevisionPacks(db, packs.slice(i, i + PACKS_PER_WRITE));
      const textOfSource = await writeRows(db, groups, stored, checked, undo);
      await requireSourceTexts(db, textOfSource, carried);
    });
    done += groups.reduce((n, g) => n + g.fresh.length, 0);
    onProgress({ phase: 'revisions', done, total: added });
  }
  onProgress({ phase: 'records', done: touched, total: touched });
  return { added, touchedRecords: touched };
}

/** Texts in slices of at most WRITE_SLICE texts and about STAGED_TEXT_BYTES of text. */
function* textSlices(texts: readonly SourceText[]): Generator<SourceText[]> {
  let slice: SourceText[] = [];
  let bytes = 0;
  for (const text of texts) {
    // UTF-16 length: at most the UTF-8 bytes of Latin text, a little under for Cyrillic.
    const size = text.text.length * 2;
    if (slice.length > 0 && (slice.length >= WRITE_SLICE || bytes + size > STAGED_TEXT_BYTES)) {
      yield slice;
      slice = [];
      bytes = 0;
    }
    slice.push(text);
    bytes += size;
  }
  if (slice.length > 0) yield slice;
}

/** All of a batch's writes in one transaction: what IndexedDB undoes by itself. */
const IN_ONE_TRANSACTION: BatchWriter = { step: (work) => work(NO_UNDO) };

/** writeBatchWith in one transaction, a chunk of WRITE_SLICE records at a time. */
function writeBatch(
  db: KartotekaDb,
  batch: CheckedRecords,
  origin: RevisionOriginInput,
  checked: boolean,
  onProgress: (progress: ApplyProgress) => void,
): Promise<{ added: number; touchedRecords: number }> {
  return writeTransaction(db, () =>
    writeBatchWith(db, IN_ONE_TRANSACTION, batch, origin, checked, onProgress, WRITE_SLICE),
  );
}

/** How many revisions of each record the archive lacks, in all, and how many records have any. */
function freshCounts(
  source: RevisionsByRecord,
  known: ReadonlySet<string>,
): { freshOf: Uint32Array; added: number; touched: number } {
  const freshOf = new Uint32Array(source.recordCount);
  let added = 0;
  let ordinal = 0;
  for (const id of source.revisionIds()) {
    if (!known.has(id)) {
      const record = source.recordOf(ordinal);
      freshOf[record] = (freshOf[record] ?? 0) + 1;
      added += 1;
    }
    ordinal += 1;
  }
  const touched = freshOf.reduce((n, fresh) => (fresh > 0 ? n + 1 : n), 0);
  return { freshOf, added, touched };
}

/** The keys of the records with revisions the archive lacks. */
function* touchedKeys(source: RevisionsByRecord, freshOf: Uint32Array): Generator<string> {
  for (let record = 0; record < freshOf.length; record++)
    if ((freshOf[record] ?? 0) > 0)
      yield recordKeyOf(source.entityOf(record), source.recordIdOf(record));
}

/**
 * Adds revisions (and source texts) made elsewhere, then recomputes the current row of
 * every record they touch; one transaction, so it is applied entirely or not at all.
 * Revisions already known (by id) are skipped: applying a batch twice changes nothing, and
 * since a record's row is computed from the union of its revisions, the order in which
 * batches arrive does not matter. This is how the sample archive opens.
 */
export async function applyRevisions(
  db: KartotekaDb,
  revisions: readonly unknown[],
  texts: readonly unknown[],
  origin: RevisionOriginInput,
): Promise<ApplyRevisionsResult> {
  // async: a batch that fails its checks is a rejected promise, like a failed write.
  const batch = validateBatch(revisions, texts);
  return withSkipped(
    batch.revisions.length,
    writeBatch(db, inRecords(batch), origin, false, () => undefined),
  );
}

function inRecords(batch: CheckedBatch): CheckedRecords {
  return { ...batch, revisions: revisionsInMemory(batch.revisions) };
}

async function withSkipped(
  submitted: number,
  written: Promise<{ added: number; touchedRecords: number }>,
): Promise<ApplyRevisionsResult> {
  const { added, touchedRecords } = await written;
  return { added, skipped: submitted - added, touchedRecords };
}

/**
 * applyRevisions for a batch already checked by readBundle (see CheckedBatch): the same
 * writes, all or nothing, without checking every revision and hashing every text a second
 * time. Bundles import through this.
 */
export function applyCheckedBatch(
  db: KartotekaDb,
  batch: CheckedBatch,
  origin: RevisionOriginInput,
  onProgress: (progress: ApplyProgress) => void = () => undefined,
): Promise<ApplyRevisionsResult> {
  return withSkipped(
    batch.revisions.length,
    writeBatch(db, inRecords(batch), origin, true, onProgress),
  );
}

/**
 * applyCheckedBatch for revisions given record by record (CheckedRecords): the same writes,
 * all or nothing, a chunk of records at a time.
 */
export function applyCheckedRecords(
  db: KartotekaDb,
  batch: CheckedRecords,
  origin: RevisionOriginInput,
  onProgress: (progress: ApplyProgress) => void = () => undefined,
): Promise<ApplyRevisionsResult> {
  return withSkipped(
    batch.revisions.revisionCount,
    writeBatch(db, batch, origin, true, onProgress),
  );
}

/**
 * applyCheckedRecords as steps of a staged apply (stagedApply.ts, which gives the writer):
 * each chunk of `recordsPerStep` records a transaction of its own.
 */
export function writeCheckedRecordsStaged(
  db: KartotekaDb,
  writer: BatchWriter,
  batch: CheckedRecords,
  origin: RevisionOriginInput,
  onProgress: (progress: ApplyProgress) => void = () => undefined,
  recordsPerStep = STAGED_RECORDS,
): Promise<ApplyRevisionsResult> {
  return withSkipped(
    batch.revisions.revisionCount,
    writeBatchWith(db, writer, batch, origin, true, onProgress, recordsPerStep),
  );
}
