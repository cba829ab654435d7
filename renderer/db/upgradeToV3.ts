import type { Transaction } from 'dexie';
import type { Revision, RevisionOrigin } from '../../shared/model/index.js';
import type { PackOrigin } from './revisionPack.js';
import { REVISION_PACK_SIZE, packOf, planPacks, recordKeyOf } from './revisionPack.js';

/**
 * v2 → v3: moves every revision, with its origin, from the `revisions` and `revisionOrigins`
 * tables into packs (`revisionPacks`); Dexie removes the two tables after this returns.
 * Nothing is rewritten: the revisions keep their ids and content, each pack holds revisions
 * of one origin, and a revision v2 held without an origin row gets an unknown origin
 * (receivedAt null) rather than an invented one.
 *
 * Revisions are packed record by record (read in the order of the `[entity+recordId]`
 * index), so a record's history mostly lies in one pack per origin. Only ids and origins are
 * held for the whole archive; the revisions themselves are read a few packs at a time.
 *
 * Runs inside Dexie's upgrade transaction: only database requests are awaited.
 */

/** Packs made per round of reads: bounds the revisions held at once. */
const PACKS_PER_ROUND = 10;
/** Origins per bulk read: bounds the requests in flight. */
const ORIGINS_PER_READ = 5000;

const originKey = (o: PackOrigin) => JSON.stringify([o.bundleId, o.receivedAt]);

/** Revision ids by origin, each list record by record (one inner list per record). */
async function idsByOrigin(
  tx: Transaction,
): Promise<Map<string, { origin: PackOrigin; histories: string[][] }>> {
  const ids: string[] = [];
  const records: string[] = [];
  await tx
    .table('revisions')
    .orderBy('[entity+recordId]')
    .eachKey((key, cursor) => {
      const [entity, recordId] = key as [Revision['entity'], string];
      ids.push(String(cursor.primaryKey));
      records.push(recordKeyOf(entity, recordId));
    });
  const origins: (RevisionOrigin | undefined)[] = [];
  for (let i = 0; i < ids.length; i += ORIGINS_PER_READ) {
    const slice = ids.slice(i, i + ORIGINS_PER_READ);
    origins.push(...((await tx.table('revisionOrigins').bulkGet(slice)) as typeof origins));
  }

  const byOrigin = new Map<string, { origin: PackOrigin; histories: string[][]; last: string }>();
  ids.forEach((id, i) => {
    const found = origins[i];
    const origin: PackOrigin = found
      ? { bundleId: found.bundleId, receivedAt: found.receivedAt }
      : { bundleId: null, receivedAt: null };
    const key = originKey(origin);
    const group = byOrigin.get(key) ?? { origin, histories: [], last: '' };
    byOrigin.set(key, group);
    const record = records[i] ?? '';
    const current = group.histories.at(-1);
    if (current && group.last === record) current.push(id);
    else group.histories.push([id]);
    group.last = record;
  });
  return byOrigin;
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const revisions = tx.table('revisions');
  const packs = tx.table('revisionPacks');
  for (const { origin, histories } of (await idsByOrigin(tx)).values()) {
    const planned = planPacks(histories, REVISION_PACK_SIZE);
    for (let i = 0; i < planned.length; i += PACKS_PER_ROUND) {
      const round = planned.slice(i, i + PACKS_PER_ROUND);
      const read = (await revisions.bulkGet(round.flat())) as (Revision | undefined)[];
      let at = 0;
      const made = round.map((ids) => {
        const list = read.slice(at, (at += ids.length));
        return packOf(
          list.filter((r): r is Revision => r !== undefined),
          origin,
        );
      });
      await packs.bulkAdd(made);
    }
  }
}
