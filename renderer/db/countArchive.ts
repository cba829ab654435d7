import type { ArchiveCounts } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';

export async function countArchive(db: KartotekaDb): Promise<ArchiveCounts> {
  const [cases, sources, citations] = await Promise.all([
    db.cases.count(),
    db.sources.count(),
    db.citations.count(),
  ]);
  return { cases, sources, citations };
}
