import type { KartotekaDb } from './kartotekaDb.js';
import type { StoredSourceText } from './storedSourceText.js';
import { readStoredForm } from './storedTextsMiddleware.js';

/**
 * The rows of these texts as stored (UTF-8 bytes, or a string for a row written before texts
 * were stored as bytes), by position; undefined where the archive lacks one. For readers that
 * want the bytes (an export, the search worker's text pack), which would otherwise have every
 * text decoded only to encode it again.
 */
export function getStoredTexts(
  db: KartotekaDb,
  hashes: readonly string[],
): Promise<Array<StoredSourceText | undefined>> {
  return db.transaction('r', db.sourceTexts, async (tx) => {
    readStoredForm(tx.idbtrans);
    // Typed as read through the middleware; readStoredForm makes them the stored rows.
    return (await db.sourceTexts.bulkGet([...hashes])) as Array<StoredSourceText | undefined>;
  });
}
