import type { Revision } from '../../shared/model/index.js';
import type {
  ApplyProgress,
  ApplyRevisionsResult,
  CheckedBatch,
  RevisionOriginInput,
} from './applyRevisions.js';
import { applyCheckedBatch } from './applyRevisions.js';
import type { Archive } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { heldTextHashes } from './heldTextHashes.js';
import { databaseOf } from './openArchive.js';
import { readStoredTexts } from './readStoredTexts.js';
import type { StoredSourceText } from './storedSourceText.js';
import { recordKeyOf } from './revisionPack.js';
import { allRevisions, revisionsOfRecords } from './revisionPackStore.js';
import type { ExportRecord, ReceivedRecord, SentToRecord } from './bundleRecords.js';
import {
  EXPORT_LOG_KEY,
  EXPORT_LOG_SIZE,
  ExportRecord as ExportRecordSchema,
  ReceivedRecord as ReceivedRecordSchema,
  SentToRecord as SentToRecordSchema,
  colleagueKey,
  receivedKey,
  sentToKey,
} from './bundleRecords.js';

/** What a bundle preview compares against: the archive's side of the records a bundle touches. */
export interface ExistingForBundle {
  /** Every revision the archive holds of the records the bundle touches. */
  revisions: Revision[];
  /** The texts of the bundle (and those it assumes) that the archive already holds. */
  textHashes: string[];
}

/**
 * The reads and records bundles need, over one archive. Export reads are snapshots: the
 * revisions in one transaction; texts afterwards, which is safe because a text never
 * changes or leaves the archive once stored.
 */
export interface BundleStore {
  /** Every revision in the archive, read in one transaction. */
  allRevisions(): Promise<Revision[]>;
  /** The SHA-256 of every source text the archive holds. */
  allTextHashes(): Promise<string[]>;
  /** The texts with these hashes as stored, a page at a time (see readStoredTexts); missing ones skipped. */
  texts(hashes: readonly string[]): AsyncIterable<StoredSourceText>;
  /** The archive's revisions of every record among `incoming`, and which of `textHashes` it has. */
  existingFor(
    incoming: readonly Revision[],
    textHashes: readonly string[],
  ): Promise<ExistingForBundle>;
  /**
   * Remembers a saved export: in the log, and (when it was made for a colleague) what that
   * colleague now holds, so the next "changes since" bundle leaves it out.
   */
  recordExport(record: ExportRecord, frontier: readonly string[] | null): Promise<void>;
  /** What the last bundles sent to this colleague gave them; null when none was sent. */
  lastSentTo(colleague: string): Promise<SentToRecord | null>;
  /** Exports saved here, newest first. */
  exportLog(): Promise<ExportRecord[]>;
  /**
   * Colleagues named in earlier exports (most recent first), then the people whose bundles
   * were imported here; each once.
   */
  colleagues(): Promise<string[]>;
  /**
   * Applies a bundle's revisions and texts as read (and so checked) by readBundle: all or
   * nothing, like applyRevisions, reporting how far it is.
   */
  applyBundle(
    batch: CheckedBatch,
    origin: RevisionOriginInput,
    onProgress?: (progress: ApplyProgress) => void,
  ): Promise<ApplyRevisionsResult>;
  /** Remembers an imported bundle (who made it, when) for history and conflict views. */
  recordImport(record: ReceivedRecord): Promise<void>;
  /** The imported bundles among these ids (unknown ones left out). */
  receivedBundles(bundleIds: readonly string[]): Promise<Map<string, ReceivedRecord>>;
}

export function bundleStoreOf(archive: Archive): BundleStore {
  return createBundleStore(databaseOf(archive));
}

export function createBundleStore(db: KartotekaDb): BundleStore {
  return {
    allRevisions: () => allRevisions(db),

    allTextHashes: async () => (await db.sourceTexts.toCollection().primaryKeys()).map(String),

    texts: (hashes) => readStoredTexts(db, hashes),

    existingFor: async (incoming, textHashes) => {
      const histories = await revisionsOfRecords(
        db,
        incoming.map((r) => recordKeyOf(r.entity, r.recordId)),
      );
      return {
        revisions: [...histories.values()].flat(),
        textHashes: await heldTexts(db, textHashes),
      };
    },

    applyBundle: (batch, origin, onProgress) => applyCheckedBatch(db, batch, origin, onProgress),

    recordExport: (record, frontier) =>
      db.transaction('rw', db.settings, async () => {
        const parsed = ExportRecordSchema.parse(record);
        const log = await readExportLog(db);
        await db.settings.put({
          key: EXPORT_LOG_KEY,
          value: [parsed, ...log.filter((r) => r.bundleId !== parsed.bundleId)].slice(
            0,
            EXPORT_LOG_SIZE,
          ),
        });
        if (parsed.colleague !== null && frontier !== null) {
          const sent: SentToRecord = {
            colleague: parsed.colleague,
            bundleId: parsed.bundleId,
            at: parsed.at,
            frontier: [...new Set(frontier)].sort(),
          };
          await db.settings.put({
            key: sentToKey(parsed.colleague),
            value: SentToRecordSchema.parse(sent),
          });
        }
      }),

    lastSentTo: async (colleague) => {
      if (colleagueKey(colleague) === '') return null;
      const row = await db.settings.get(sentToKey(colleague));
      const parsed = SentToRecordSchema.safeParse(row?.value);
      return parsed.success ? parsed.data : null;
    },

    exportLog: () => readExportLog(db),

    colleagues: async () => {
      const names = new Map<string, string>();
      const add = (name: string) => {
        if (!names.has(colleagueKey(name))) names.set(colleagueKey(name), name);
      };
      for (const r of await readExportLog(db)) if (r.colleague !== null) add(r.colleague);
      const received = await db.settings.where('key').startsWith(receivedKey('')).toArray();
      const senders = received
        .flatMap((row) => {
          const parsed = ReceivedRecordSchema.safeParse(row.value);
          return parsed.success ? [parsed.data] : [];
        })
        .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
      for (const r of senders) add(r.exportedBy.name);
      return [...names.values()];
    },

    recordImport: async (record) => {
      const parsed = ReceivedRecordSchema.parse(record);
      await db.settings.put({ key: receivedKey(parsed.bundleId), value: parsed });
    },

    receivedBundles: async (bundleIds) => {
      const unique = [...new Set(bundleIds)];
      const rows = await db.settings.bulkGet(unique.map(receivedKey));
      const found = new Map<string, ReceivedRecord>();
      for (const row of rows) {
        const parsed = ReceivedRecordSchema.safeParse(row?.value);
        if (parsed.success) found.set(parsed.data.bundleId, parsed.data);
      }
      return found;
    },
  };
}

async function readExportLog(db: KartotekaDb): Promise<ExportRecord[]> {
  const row = await db.settings.get(EXPORT_LOG_KEY);
  if (!Array.isArray(row?.value)) return [];
  return row.value.flatMap((v: unknown) => {
    const parsed = ExportRecordSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Which of these texts the archive holds. One read transaction for all of them: a request
 * each outside a transaction would open thousands of transactions.
 */
function heldTexts(db: KartotekaDb, hashes: readonly string[]): Promise<string[]> {
  return db.transaction('r', db.sourceTexts, async () => [...(await heldTextHashes(db, hashes))]);
}
