import type { Source, Stored } from '../../shared/model/index.js';
import type { SourceWithText } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';

/** Sources, newest first. */
export async function listSources(db: KartotekaDb): Promise<Stored<Source>[]> {
  return db.sources.orderBy('addedAt').reverse().toArray();
}

/** A source with its current text; null when there is no such source. */
export async function getSourceWithText(
  db: KartotekaDb,
  id: string | null,
): Promise<SourceWithText | null> {
  if (id === null) return null;
  const source = await db.sources.get(id);
  if (!source) return null;
  // Every write and import checks that a source's text is stored, so '' means damage.
  const text = (await db.sourceTexts.get(source.sha256))?.text ?? '';
  return { source, text };
}

/** One version of a source text by its SHA-256 (a citation may have been made on an older one). */
export async function getSourceText(db: KartotekaDb, sha256: string): Promise<string | null> {
  return (await db.sourceTexts.get(sha256))?.text ?? null;
}
