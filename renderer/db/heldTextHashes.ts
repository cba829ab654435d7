import type { KartotekaDb } from './kartotekaDb.js';

/** Hashes asked about per request. */
const SLICE = 500;

/**
 * Which of these texts the archive holds, by their SHA-256. Keys only: a text's value is not
 * read (nor decoded from its stored UTF-8) to learn that it is there, which a `bulkGet` would
 * do for every text it finds. Runs in the caller's transaction when there is one.
 */
export async function heldTextHashes(
  db: KartotekaDb,
  hashes: readonly string[],
): Promise<Set<string>> {
  const held = new Set<string>();
  for (let i = 0; i < hashes.length; i += SLICE) {
    const found = await db.sourceTexts
      .where(':id')
      .anyOf(hashes.slice(i, i + SLICE))
      .primaryKeys();
    for (const key of found) held.add(String(key));
  }
  return held;
}
