import { newId } from '../../shared/model/index.js';
import type { NoteRepository } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { localWrite } from './localWrite.js';
import { deleteRecord, requireRecord, writeRecord } from './recordStore.js';

export function createNoteRepository(db: KartotekaDb): NoteRepository {
  return {
    create: (input) =>
      localWrite(db, async (actor) => {
        await requireRecord(db, 'case', input.caseId, 'caseId');
        const note = {
          id: newId(),
          caseId: input.caseId,
          body: input.body,
          private: input.private,
        };
        return (await writeRecord(db, 'note', note, actor)).id;
      }),

    update: (id, patch) =>
      localWrite(db, async (actor) => {
        const current = await requireRecord(db, 'note', id);
        const { body, private: isPrivate } = { ...current, ...patch };
        await writeRecord(db, 'note', { ...current, body, private: isPrivate }, actor);
      }),

    remove: (id) =>
      localWrite(db, async (actor) => {
        if (!(await deleteRecord(db, 'note', id, actor)))
          throw new KartotekaDataError(`there is no note ${id}`);
      }),
  };
}
