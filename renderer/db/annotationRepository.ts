import { newId } from '../../shared/model/index.js';
import type { AnnotationRepository } from './archiveTypes.js';
import { anchoredSource } from './anchoredSource.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { localWrite } from './localWrite.js';
import { deleteRecord, requireRecord, writeRecord } from './recordStore.js';

export function createAnnotationRepository(db: KartotekaDb): AnnotationRepository {
  return {
    create: (input) =>
      localWrite(db, async (actor) => {
        const source = await anchoredSource(db, input.sourceId, input.selector);
        const annotation = {
          id: newId(),
          sourceId: input.sourceId,
          selector: input.selector,
          sourceSha256: source.sha256,
          note: input.note,
        };
        return (await writeRecord(db, 'annotation', annotation, actor)).id;
      }),

    update: (id, note) =>
      localWrite(db, async (actor) => {
        const current = await requireRecord(db, 'annotation', id);
        await writeRecord(db, 'annotation', { ...current, note }, actor);
      }),

    remove: (id) =>
      localWrite(db, async (actor) => {
        if (!(await deleteRecord(db, 'annotation', id, actor)))
          throw new KartotekaDataError(`there is no annotation ${id}`);
      }),
  };
}
