import type { Actor, CaseFile } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import type { TagRepository } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { localWrite } from './localWrite.js';
import { deleteRecord, requireRecord, valueOf, writeRecord } from './recordStore.js';

/** How tag names compare: "Belarus ", "belarus" and "BELARUS" are one tag. */
function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase();
}

async function checkNameFree(
  db: KartotekaDb,
  name: string,
  exceptId: string | null,
): Promise<void> {
  const key = nameKey(name);
  if (key === '') throw new KartotekaDataError('a tag needs a name', 'name');
  // The vocabulary is small (tens to hundreds of tags): a scan is simpler than a second index.
  const taken = await db.tags.filter((t) => t.id !== exceptId && nameKey(t.name) === key).first();
  if (taken) throw new KartotekaDataError(`there is already a tag named “${taken.name}”`, 'name');
}

async function casesTagged(db: KartotekaDb, tagId: string): Promise<CaseFile[]> {
  return (await db.cases.where('tagIds').equals(tagId).toArray()).map((row) => valueOf(row));
}

async function retag(db: KartotekaDb, c: CaseFile, tagIds: string[], actor: Actor): Promise<void> {
  await writeRecord(db, 'case', { ...c, tagIds: [...new Set(tagIds)] }, actor);
}

export function createTagRepository(db: KartotekaDb): TagRepository {
  return {
    create: (name) =>
      localWrite(db, async (actor) => {
        await checkNameFree(db, name, null);
        return (
          await writeRecord(db, 'tag', { id: newId(), name: name.trim(), description: '' }, actor)
        ).id;
      }),

    rename: (id, name) =>
      localWrite(db, async (actor) => {
        const tag = await requireRecord(db, 'tag', id);
        await checkNameFree(db, name, id);
        await writeRecord(db, 'tag', { ...tag, name: name.trim() }, actor);
      }),

    merge: (fromId, intoId) =>
      localWrite(db, async (actor) => {
        if (fromId === intoId)
          throw new KartotekaDataError('a tag cannot be merged into itself', 'intoId');
        await requireRecord(db, 'tag', fromId, 'fromId');
        await requireRecord(db, 'tag', intoId, 'intoId');
        for (const c of await casesTagged(db, fromId)) {
          await retag(
            db,
            c,
            c.tagIds.map((t) => (t === fromId ? intoId : t)),
            actor,
          );
        }
        await deleteRecord(db, 'tag', fromId, actor);
      }),

    remove: (id) =>
      localWrite(db, async (actor) => {
        await requireRecord(db, 'tag', id);
        for (const c of await casesTagged(db, id)) {
          await retag(
            db,
            c,
            c.tagIds.filter((t) => t !== id),
            actor,
          );
        }
        await deleteRecord(db, 'tag', id, actor);
      }),

    setOnCases: (caseIds, tagId, on) =>
      localWrite(db, async (actor) => {
        await requireRecord(db, 'tag', tagId, 'tagId');
        for (const caseId of new Set(caseIds)) {
          const c = await requireRecord(db, 'case', caseId, 'caseIds');
          if (c.tagIds.includes(tagId) === on) continue;
          await retag(
            db,
            c,
            on ? [...c.tagIds, tagId] : c.tagIds.filter((t) => t !== tagId),
            actor,
          );
        }
      }),
  };
}
