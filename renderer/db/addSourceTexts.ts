import type { KartotekaDb } from './kartotekaDb.js';
import { heldTextHashes } from './heldTextHashes.js';
import type { UndoRecorder } from './stagedApply.js';
import type { StoredSourceText } from './storedSourceText.js';

/** UTF-8 bytes of texts per staged step (texts are most of a large import's bytes). */
export const STAGED_TEXT_BYTES = 768 * 1024;

/**
 * One step of an import's texts: adds those the archive does not hold yet (each once) and
 * tells the undo log which it added. Texts are only ever added, never replaced: one hash, one
 * text. What the archive holds is `heldBefore` when the caller looked all of its texts up
 * once before its steps (an import, which holds the archive's lock meanwhile, so nothing else
 * adds a text; were one added all the same, the step's add would fail and the import be
 * undone), else it is checked in the step's own transaction, keys only.
 */
export async function addSourceTexts(
  db: KartotekaDb,
  undo: UndoRecorder,
  texts: readonly StoredSourceText[],
  heldBefore?: ReadonlySet<string>,
): Promise<void> {
  const held =
    heldBefore ??
    (await heldTextHashes(
      db,
      texts.map((t) => t.sha256),
    ));
  const taken = new Set<string>();
  const fresh: StoredSourceText[] = [];
  for (const text of texts) {
    if (held.has(text.sha256) || taken.has(text.sha256)) continue;
    taken.add(text.sha256);
    fresh.push(text);
  }
  if (fresh.length === 0) return;
  undo.textsAdded(fresh.map((t) => t.sha256));
  await db.sourceTexts.bulkAdd(fresh);
}
