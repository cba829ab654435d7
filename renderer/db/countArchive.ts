import type { ArchiveCounts } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';

/**
 * How many case files, sources and tags the archive holds. Chromium keeps no count of an
 * IndexedDB table: count() walks it, on the sequence that serves every request of the
 * archive (the search worker's too), so on a large archive this costs a few hundred
 * milliseconds during which other reads wait. Callers that only need to know whether the
 * archive is empty use isArchiveEmpty.
 */
export async function countArchive(db: KartotekaDb): Promise<ArchiveCounts> {
  const [cases, sources, tags] = await Promise.all([
    db.cases.count(),
    db.sources.count(),
    db.tags.count(),
  ]);
  return { cases, sources, tags };
}

/** Whether the archive has no case file and no source: one key of each table read, at most. */
export async function isArchiveEmpty(db: KartotekaDb): Promise<boolean> {
  const [someCase, someSource] = await Promise.all([
    db.cases.limit(1).primaryKeys(),
    db.sources.limit(1).primaryKeys(),
  ]);
  return someCase.length === 0 && someSource.length === 0;
}
