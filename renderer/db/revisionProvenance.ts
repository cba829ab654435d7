import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityKind, Revision } from '../../shared/model/index.js';
import type { ReceivedRecord } from './bundleRecords.js';
import { createBundleStore } from './bundleStore.js';
import { historyOrder } from './historyOrder.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { databaseOf } from './openArchive.js';
import { useArchive } from './ArchiveProvider.js';
import { revisionsOfRecord } from './recordStore.js';

/** Where a revision came from: made here (bundleId null) or brought by a bundle. */
export interface Provenance {
  bundleId: string | null;
  receivedAt: string;
  /** The imported bundle's record (who exported it, when), when this archive has one. */
  bundle: ReceivedRecord | null;
}

export interface HistoryEntry {
  revision: Revision;
  /** null when the archive has no origin for it (a revision from before origins were kept). */
  provenance: Provenance | null;
}

/** Who brought each of these revisions, by revision id; unknown revisions are left out. */
export async function provenanceOf(
  db: KartotekaDb,
  revisionIds: readonly string[],
): Promise<Map<string, Provenance>> {
  const origins = await db.revisionOrigins.bulkGet([...new Set(revisionIds)]);
  const bundleIds = origins.flatMap((o) => (o?.bundleId ? [o.bundleId] : []));
  const bundles = await createBundleStore(db).receivedBundles(bundleIds);
  const found = new Map<string, Provenance>();
  for (const o of origins) {
    if (!o) continue;
    found.set(o.revisionId, {
      bundleId: o.bundleId,
      receivedAt: o.receivedAt,
      bundle: o.bundleId ? (bundles.get(o.bundleId) ?? null) : null,
    });
  }
  return found;
}

/** A record's revisions, newest first (children before parents), each with its provenance. */
export async function recordHistory(
  db: KartotekaDb,
  entity: EntityKind,
  recordId: string,
): Promise<HistoryEntry[]> {
  const revisions = historyOrder(await revisionsOfRecord(db, entity, recordId)).reverse();
  const provenance = await provenanceOf(
    db,
    revisions.map((r) => r.id),
  );
  return revisions.map((revision) => ({
    revision,
    provenance: provenance.get(revision.id) ?? null,
  }));
}

/** Live: a record's history (see recordHistory); undefined while loading. */
export function useRecordHistory(
  entity: EntityKind,
  recordId: string | null,
): HistoryEntry[] | undefined {
  const db = databaseOf(useArchive());
  return useLiveQuery(
    () => (recordId === null ? [] : recordHistory(db, entity, recordId)),
    [db, entity, recordId],
  );
}

/** Live: provenance of the given revisions (e.g. every version of a conflict). */
export function useProvenance(revisionIds: readonly string[]): Map<string, Provenance> | undefined {
  const db = databaseOf(useArchive());
  const key = [...revisionIds].sort().join(',');
  return useLiveQuery(() => provenanceOf(db, key === '' ? [] : key.split(',')), [db, key]);
}
