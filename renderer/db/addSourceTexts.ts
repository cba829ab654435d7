import type { KartotekaDb } from './kartotekaDb.js';
import { heldTextHashes } from './heldTextHashes.js';
import type { UndoRecorder } from './stagedApply.js';
import type { StoredSourceText } from './storedSourceText.js';

/** UTF-8 bytes of texts per staged step (texts are most of a large import's bytes). */
export const STAGED_TEXT_BYTES = 768 * 1024;

/**
 * One step of an import's texts: adds those the archive does not hold yet (each once, checked
 * in the step's own transaction, keys only) and tells the undo log which it added. Texts are
 * only ever added, never replaced: one hash, one text.
 */
export async function addSourceTexts(
  db: KartotekaDb,
  undo: UndoRecorder,
  texts: readonly StoredSourceText[],
): Promise<void> {
  const taken = await heldTextHashes(
    db,
    texts.map((t) => t.sha256),
  );
  const fresh: StoredSourceText[] = [];
  for (const text of texts) {
    if (taken.has(text.sha256)) continue;
    taken.add(text.sha256);
    fresh.push(text);
  }
  if (fresh.length === 0) return;
  undo.textsAdded(fresh.map((t) => t.sha256));
  await db.sourceTexts.bulkAdd(fresh);
}
