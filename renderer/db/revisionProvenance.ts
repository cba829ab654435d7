import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityKind, Revision, RevisionOrigin } from '../../shared/model/index.js';
import type { ReceivedRecord } from './bundleRecords.js';
import { createBundleStore } from './bundleStore.js';
import { historyOrder } from './historyOrder.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { databaseOf } from './openArchive.js';
import { useArchive } from './ArchiveProvider.js';
import { recordKeyOf } from './revisionPack.js';
import { historyWithOrigins, originsOfRevisions } from './revisionPackStore.js';

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

/** Provenance of each origin, with the records of the bundles they name. */
async function withBundles(
  db: KartotekaDb,
  origins: readonly RevisionOrigin[],
): Promise<Map<string, Provenance>> {
  const bundleIds = origins.flatMap((o) => (o.bundleId ? [o.bundleId] : []));
  const bundles = await createBundleStore(db).receivedBundles(bundleIds);
  const found = new Map<string, Provenance>();
  for (const o of origins) {
    found.set(o.revisionId, {
      bundleId: o.bundleId,
      receivedAt: o.receivedAt,
      bundle: o.bundleId ? (bundles.get(o.bundleId) ?? null) : null,
    });
  }
  return found;
}

/** Who brought each of these revisions, by revision id; unknown revisions are left out. */
export async function provenanceOf(
  db: KartotekaDb,
  revisionIds: readonly string[],
): Promise<Map<string, Provenance>> {
  return withBundles(db, [...(await originsOfRevisions(db, revisionIds)).values()]);
}

/** A record's revisions, newest first (children before parents), each with its provenance. */
export async function recordHistory(
  db: KartotekaDb,
  entity: EntityKind,
  recordId: string,
): Promise<HistoryEntry[]> {
  // One read of the record's packs gives both its revisions and their origins.
  const history = await historyWithOrigins(db, recordKeyOf(entity, recordId));
  const revisions = historyOrder(history.map((h) => h.revision)).reverse();
  const provenance = await withBundles(
    db,
    history.flatMap((h) => (h.origin ? [h.origin] : [])),
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
