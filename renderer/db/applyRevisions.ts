import type {
  AnyEntity,
  EntityKind,
  Revision,
  SourceText,
  Stored,
} from '../../shared/model/index.js';
import {
  Revision as RevisionSchema,
  SourceText as SourceTextSchema,
  nowIso,
} from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import type { RecordKey } from './recordStore.js';
import {
  revisionsOfRecord,
  rowFromRevisions,
  validateEntity,
  writeTransaction,
} from './recordStore.js';
import { entityTable } from './entityTable.js';
import { sameValue } from './sameValue.js';
import { sha256Hex } from './sha256Hex.js';

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

/** How many record histories are looked up at once (bounds the requests in flight). */
const LOOKUP_SLICE = 500;

function recordLabel(r: { entity: unknown; recordId: unknown }): string {
  return `${String(r.entity)} ${String(r.recordId)}`;
}

/**
 * Checks everything before anything is written: each revision's shape, its data against
 * its entity's schema (a tombstone carries null), that the data is the record it claims to
 * be, and that each text is what its SHA-256 says. Returns the batch without repeats.
 */
function validateBatch(
  revisions: readonly unknown[],
  texts: readonly unknown[],
): { revisions: Revision[]; texts: SourceText[] } {
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

async function unknownRevisions(db: KartotekaDb, batch: readonly Revision[]): Promise<Revision[]> {
  const known = await db.revisions.bulkGet(batch.map((r) => r.id));
  return batch.filter((_, i) => known[i] === undefined);
}

/**
 * Every revision of the given records, grouped per record (entity/id). One index lookup per
 * record, issued a slice at a time: `anyOf` over many keys is far slower in some IndexedDB
 * implementations (fake-indexeddb: minutes for thousands of keys) and no faster in Chromium.
 */
async function historiesOf(
  db: KartotekaDb,
  keys: readonly RecordKey[],
): Promise<Map<string, Revision[]>> {
  const histories = new Map<string, Revision[]>();
  for (let i = 0; i < keys.length; i += LOOKUP_SLICE) {
    const slice = keys.slice(i, i + LOOKUP_SLICE);
    const found = await Promise.all(slice.map((k) => revisionsOfRecord(db, k.entity, k.recordId)));
    slice.forEach((k, j) => histories.set(`${k.entity}/${k.recordId}`, found[j] ?? []));
  }
  return histories;
}

/** Recomputes the touched rows and writes them table by table, in bulk (imports can be large). */
async function writeRows(
  db: KartotekaDb,
  keys: readonly RecordKey[],
  histories: Map<string, Revision[]>,
): Promise<void> {
  const byEntity = new Map<EntityKind, { put: Stored<AnyEntity>[]; remove: string[] }>();
  for (const key of keys) {
    const row = rowFromRevisions(key, histories.get(`${key.entity}/${key.recordId}`) ?? []);
    const group = byEntity.get(key.entity) ?? { put: [], remove: [] };
    byEntity.set(key.entity, group);
    if (row) group.put.push(row);
    else group.remove.push(key.recordId);
  }
  for (const [entity, { put, remove }] of byEntity) {
    await entityTable(db, entity).bulkPut(put);
    await entityTable(db, entity).bulkDelete(remove);
  }
}

/** A source row is useless without its text: it must be in the archive or in the batch. */
async function requireSourceTexts(db: KartotekaDb, keys: readonly RecordKey[]): Promise<void> {
  const sourceIds = keys.filter((k) => k.entity === 'source').map((k) => k.recordId);
  const rows = (await db.sources.bulkGet(sourceIds)).filter((r) => r !== undefined);
  const stored = await db.sourceTexts.bulkGet(rows.map((r) => r.sha256));
  rows.forEach((row, i) => {
    if (stored[i] === undefined) {
      throw new KartotekaDataError(
        `source ${row.id}: its text ${row.sha256} is neither in the archive nor in the batch`,
        'sha256',
      );
    }
  });
}

/**
 * Adds revisions (and source texts) made elsewhere, then recomputes the current row of
 * every record they touch; one transaction, so it is applied entirely or not at all.
 * Revisions already known (by id) are skipped: applying a batch twice changes nothing, and
 * since a record's row is computed from the union of its revisions, the order in which
 * batches arrive does not matter. This is how the sample archive opens and how bundles import.
 */
export async function applyRevisions(
  db: KartotekaDb,
  revisions: readonly unknown[],
  texts: readonly unknown[],
  origin: RevisionOriginInput,
): Promise<ApplyRevisionsResult> {
  const batch = validateBatch(revisions, texts);
  return writeTransaction(db, async () => {
    const fresh = await unknownRevisions(db, batch.revisions);
    const receivedAt = nowIso();
    await db.revisions.bulkAdd(fresh);
    await db.revisionOrigins.bulkAdd(
      fresh.map((r) => ({ revisionId: r.id, bundleId: origin.bundleId, receivedAt })),
    );

    const haveTexts = await db.sourceTexts.bulkGet(batch.texts.map((t) => t.sha256));
    await db.sourceTexts.bulkAdd(batch.texts.filter((_, i) => haveTexts[i] === undefined));

    const keys = [
      ...new Map(
        fresh.map((r) => [`${r.entity}/${r.recordId}`, { entity: r.entity, recordId: r.recordId }]),
      ).values(),
    ];
    const histories = await historiesOf(db, keys);
    await writeRows(db, keys, histories);
    await requireSourceTexts(db, keys);
    return {
      added: fresh.length,
      skipped: batch.revisions.length - fresh.length,
      touchedRecords: keys.length,
    };
  });
}
