import { codePointLength } from '../../shared/anchoring/codePoints.js';
import type { Actor } from '../../shared/model/index.js';
import { newId, nowIso } from '../../shared/model/index.js';
import type { AddSourceResult, ImportedSourceOk, SourceRepository } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { localWrite } from './localWrite.js';
import { deleteRecord, requireRecord, writeRecord } from './recordStore.js';
import { sha256Hex } from './sha256Hex.js';

async function addOne(
  db: KartotekaDb,
  item: ImportedSourceOk,
  actor: Actor,
  addedAt: string,
): Promise<string> {
  // The hash is the text's identity for every citation made on it: check it, never trust it.
  if (sha256Hex(item.text) !== item.sha256) {
    throw new KartotekaDataError(
      `${item.fileName || 'pasted text'}: the text does not match its SHA-256`,
      'sha256',
    );
  }
  if (!(await db.sourceTexts.get(item.sha256)))
    await db.sourceTexts.add({ sha256: item.sha256, text: item.text });
  const source = {
    id: newId(),
    sha256: item.sha256,
    ...item.metadata,
    title: item.metadata.title || item.fileName,
    format: item.format,
    fileName: item.fileName,
    addedAt,
    length: codePointLength(item.text),
  };
  try {
    return (await writeRecord(db, 'source', source, actor)).id;
  } catch (error) {
    if (error instanceof KartotekaDataError) {
      throw new KartotekaDataError(
        `${item.fileName || 'pasted text'}: ${error.message}`,
        error.field,
      );
    }
    throw error;
  }
}

/** Removes a source's citations and annotations along with it, as tombstones. */
async function removeDependents(db: KartotekaDb, sourceId: string, actor: Actor): Promise<void> {
  for (const id of await db.citations.where('sourceId').equals(sourceId).primaryKeys()) {
    await deleteRecord(db, 'citation', id, actor);
  }
  for (const id of await db.annotations.where('sourceId').equals(sourceId).primaryKeys()) {
    await deleteRecord(db, 'annotation', id, actor);
  }
}

export function createSourceRepository(db: KartotekaDb): SourceRepository {
  return {
    addImported: (items) =>
      localWrite(db, async (actor) => {
        const addedAt = nowIso();
        const results: AddSourceResult[] = [];
        for (const item of items) {
          // A duplicate is the same text, whatever its file name or metadata.
          const existing = await db.sources.where('sha256').equals(item.sha256).first();
          const status = existing ? 'duplicate' : 'added';
          const id = existing ? existing.id : await addOne(db, item, actor, addedAt);
          results.push({ status, id, fileName: item.fileName });
        }
        return results;
      }),

    updateMetadata: (id, patch) =>
      localWrite(db, async (actor) => {
        const current = await requireRecord(db, 'source', id);
        const { title, publisher, author, date, url } = { ...current, ...patch };
        await writeRecord(db, 'source', { ...current, title, publisher, author, date, url }, actor);
      }),

    remove: (id) =>
      localWrite(db, async (actor) => {
        await requireRecord(db, 'source', id);
        await removeDependents(db, id, actor);
        await deleteRecord(db, 'source', id, actor);
      }),
  };
}
