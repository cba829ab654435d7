import type { Revision } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { packIdsOfRecords, revisionsInPacks } from './revisionPackStore.js';

/** The archive's histories of a set of records, found once and then read a group at a time. */
export interface StoredHistories {
  /** The stored revisions of these records (of the set), by record key, in id order. */
  read(recordKeys: readonly string[]): Promise<Map<string, Revision[]>>;
}

/**
 * Looks up once where the archive holds each record's history (one scan or a look-up per
 * record, as revisionsOfRecords does), so that a large import can then read the histories
 * of one chunk of records at a time: only pack ids are held in between, never the histories.
 */
export async function storedHistories(
  db: KartotekaDb,
  recordKeys: Iterable<string>,
): Promise<StoredHistories> {
  const where = await packIdsOfRecords(db, recordKeys);
  return {
    read: async (keys) => {
      const packIds = keys.flatMap((key) => where.get(key) ?? []);
      if (packIds.length === 0) return new Map();
      return revisionsInPacks(db, packIds, new Set(keys));
    },
  };
}
