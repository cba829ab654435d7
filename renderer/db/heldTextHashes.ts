import type { KartotekaDb } from './kartotekaDb.js';

/** Hashes asked about per request. */
const SLICE = 500;
/** When to read every key of the table instead of looking each hash up (see below). */
export interface HeldTextsPlan {
  /** Asked about fewer hashes than this, they are looked up. */
  scanFrom: number;
  /** The table is read whole when it holds at most this many rows per hash asked about. */
  scanRatio: number;
  /** Keys read per request when the whole table is read. */
  scanPage: number;
}

export const HELD_TEXTS_PLAN: HeldTextsPlan = { scanFrom: 1000, scanRatio: 4, scanPage: 10_000 };

/**
 * Which of these texts the archive holds, by their SHA-256. Keys only: a text's value is not
 * read (nor decoded from its stored UTF-8) to learn that it is there, which a `bulkGet` would
 * do for every text it finds. Runs in the caller's transaction when there is one.
 *
 * Looking hashes up (Dexie's `anyOf`) walks a key cursor that jumps from one hash to the next:
 * one round trip to IndexedDB per hash, each costing the browser process and the worker more
 * than reading a page of keys does per key. So when many hashes are asked about and the table
 * is not much larger than their number (an import of data set L: 50,000 hashes against an
 * archive of a few thousand texts, or none), its keys are read whole, a page at a time, and
 * compared here.
 */
export async function heldTextHashes(
  db: KartotekaDb,
  hashes: readonly string[],
  plan: HeldTextsPlan = HELD_TEXTS_PLAN,
): Promise<Set<string>> {
  if (hashes.length >= plan.scanFrom) {
    const rows = await db.sourceTexts.count();
    if (rows <= hashes.length * plan.scanRatio) return scannedHeld(db, hashes, plan.scanPage);
  }
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

/** The same answer from every key of the table, read a page at a time. */
async function scannedHeld(
  db: KartotekaDb,
  hashes: readonly string[],
  pageSize: number,
): Promise<Set<string>> {
  const asked = new Set(hashes);
  const held = new Set<string>();
  let last: string | null = null;
  for (;;) {
    const page: string[] = await (last === null
      ? db.sourceTexts.orderBy(':id').limit(pageSize).primaryKeys()
      : db.sourceTexts.where(':id').above(last).limit(pageSize).primaryKeys());
    for (const key of page) if (asked.has(key)) held.add(key);
    if (page.length < pageSize) return held;
    last = page[page.length - 1] as string;
  }
}
