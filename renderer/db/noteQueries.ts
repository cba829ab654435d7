import type { Note, Stored } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';

/** A case file's notes, oldest first. */
export async function notesForCase(
  db: KartotekaDb,
  caseId: string | null,
): Promise<Stored<Note>[]> {
  if (caseId === null) return [];
  const notes = await db.notes.where('caseId').equals(caseId).toArray();
  return notes.sort(
    (a, b) => a.meta.createdAt.localeCompare(b.meta.createdAt) || a.id.localeCompare(b.id),
  );
}
