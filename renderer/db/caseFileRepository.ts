import type { Actor, CaseFile } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import type { CaseFileRepository, NewCaseFileInput } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { localWrite } from './localWrite.js';
import { deleteRecord, requireRecord, writeRecord } from './recordStore.js';

/** A case file may only carry tags of the vocabulary; repeats are dropped. */
async function checkedTagIds(db: KartotekaDb, tagIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(tagIds)];
  const found = await db.tags.bulkGet(unique);
  const missing = unique.find((_, i) => found[i] === undefined);
  if (missing !== undefined) throw new KartotekaDataError(`there is no tag ${missing}`, 'tagIds');
  return unique;
}

function emptyCaseFile(id: string): Omit<CaseFile, 'names'> {
  return {
    id,
    birthDate: null,
    gender: null,
    occupation: '',
    affiliations: [],
    statusHistory: [],
    events: [],
    legalCases: [],
    detention: [],
    tagIds: [],
    photoSha256: null,
  };
}

/** Removes a case file's citations and notes along with it, as tombstones. */
async function removeDependents(db: KartotekaDb, caseId: string, actor: Actor): Promise<void> {
  const citationIds = await db.citations.where('caseId').equals(caseId).primaryKeys();
  for (const id of citationIds) await deleteRecord(db, 'citation', id, actor);
  const noteIds = await db.notes.where('caseId').equals(caseId).primaryKeys();
  for (const id of noteIds) await deleteRecord(db, 'note', id, actor);
}

export function createCaseFileRepository(db: KartotekaDb): CaseFileRepository {
  return {
    create: (input: NewCaseFileInput) =>
      localWrite(db, async (actor) => {
        const { names, ...rest } = input;
        // A field passed as undefined keeps its default rather than failing validation.
        const given = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
        const value = {
          ...emptyCaseFile(newId()),
          ...given,
          names: names.map((n) => ({ ...n, id: newId() })),
        } as CaseFile;
        value.tagIds = await checkedTagIds(db, value.tagIds ?? []);
        return (await writeRecord(db, 'case', value, actor)).id;
      }),

    update: (id, change) =>
      localWrite(db, async (actor) => {
        const current = await requireRecord(db, 'case', id);
        // A copy: the callback may mutate what it is given without touching anything stored.
        const next = change(structuredClone(current));
        if (next.id !== id) throw new KartotekaDataError('a case file cannot change its id', 'id');
        await writeRecord(
          db,
          'case',
          { ...next, tagIds: await checkedTagIds(db, next.tagIds) },
          actor,
        );
      }),

    remove: (id) =>
      localWrite(db, async (actor) => {
        await requireRecord(db, 'case', id);
        await removeDependents(db, id, actor);
        await deleteRecord(db, 'case', id, actor);
      }),
  };
}
