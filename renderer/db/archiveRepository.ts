import { SampleArchive } from '../../shared/model/index.js';
import type { ArchiveRepository } from './archiveTypes.js';
import { applyRevisions } from './applyRevisions.js';
import { isArchiveEmpty } from './countArchive.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { historyOrder } from './historyOrder.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { revisionsOfRecord } from './recordStore.js';
import { originsOfRevisions } from './revisionPackStore.js';

export function createArchiveRepository(db: KartotekaDb): ArchiveRepository {
  return {
    openSample: async (sample) => {
      const parsed = SampleArchive.safeParse(sample);
      if (!parsed.success) throw KartotekaDataError.fromZod('the sample archive', parsed.error);
      // The sample's revisions have fixed ids, so opening it again adds nothing.
      await applyRevisions(db, parsed.data.revisions, parsed.data.texts, { bundleId: null });
    },

    isEmpty: () => db.transaction('r', db.cases, db.sources, () => isArchiveEmpty(db)),

    applyRevisions: (revisions, texts, origin) => applyRevisions(db, revisions, texts, origin),

    revisionsOf: async (entity, recordId) =>
      historyOrder(await revisionsOfRecord(db, entity, recordId)),

    originOf: async (revisionId) =>
      (await originsOfRevisions(db, [revisionId])).get(revisionId) ?? null,
  };
}
