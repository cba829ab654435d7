import type { Revision, RevisionOrigin } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';
import type { RevisionPack } from './revisionPack.js';
import { packOf, recordKeyOf } from './revisionPack.js';

/**
 * Every read and write of the archive's revisions: they are stored in packs (schema v3, see
 * revisionPack.ts), and nothing else in the archive touches the `revisionPacks` table (but
 * the undo of an unfinished import, stagedApply.ts, which deletes the packs it had added). A
 * pack never changes once written, so a pack id found in an index stays valid.
 *
 * Each read runs in a read transaction of its own (or in the caller's, when there is one):
 * hundreds of index lookups outside a transaction would each open one.
 */

/** Keys per slice of parallel index lookups: bounds the requests in flight. */
const KEY_SLICE = 500;
/** Packs per bulk read: each is up to REVISION_PACK_SIZE revisions. */
const PACK_SLICE = 20;
/** Below this many keys, a lookup per key: never a scan of the whole index. */
const SCAN_ABOVE = 2000;
/**
 * A scan reads every entry of the index, a lookup costs a request per key: a scan is taken
 * only when the index holds at most this many entries per key sought (a cursor step costs
 * far less than a request, but a large archive receiving a small bundle must not be read
 * whole).
 */
const SCAN_ENTRIES_PER_KEY = 10;

const byId = (a: Revision, b: Revision): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function reading<T>(db: KartotekaDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('r', db.revisionPacks, work);
}

/** Stores one revision made here (a local edit, a resolved conflict): a pack of one. */
export async function storeLocalRevision(db: KartotekaDb, revision: Revision): Promise<void> {
  await db.revisionPacks.add(packOf([revision], { bundleId: null, receivedAt: revision.at }));
}

/** Stores packs made by packRevisions (an import's new revisions), in one bulk request. */
export async function storeRevisionPacks(
  db: KartotekaDb,
  packs: readonly RevisionPack[],
): Promise<void> {
  await db.revisionPacks.bulkAdd([...packs]);
}

/**
 * The ids of the packs whose `index` (a multiEntry index of pack keys) holds any of `keys`.
 * Few keys: a key-only lookup each. Many, against an index not much larger: one scan of the
 * index's keys, so that keys the archive lacks (nearly all of a large import into a new
 * archive) cost nothing more.
 */
async function packIdsWhere(
  db: KartotekaDb,
  index: 'revisionIds' | 'recordKeys',
  keys: ReadonlySet<string>,
  onKey: (key: string, packId: string) => void = () => undefined,
): Promise<Set<string>> {
  const packIds = new Set<string>();
  if (
    keys.size > SCAN_ABOVE &&
    (await db.revisionPacks.orderBy(index).count()) <= keys.size * SCAN_ENTRIES_PER_KEY
  ) {
    await db.revisionPacks.orderBy(index).eachKey((key, cursor) => {
      if (typeof key !== 'string' || !keys.has(key)) return;
      packIds.add(cursor.primaryKey);
      onKey(key, cursor.primaryKey);
    });
    return packIds;
  }
  const list = [...keys];
  for (let i = 0; i < list.length; i += KEY_SLICE) {
    const slice = list.slice(i, i + KEY_SLICE);
    const found = await Promise.all(
      slice.map((key) => db.revisionPacks.where(index).equals(key).primaryKeys()),
    );
    slice.forEach((key, j) => {
      for (const packId of found[j] ?? []) {
        packIds.add(packId);
        onKey(key, packId);
      }
    });
  }
  return packIds;
}

/** Reads these packs a slice at a time, handing each to `visit` (and keeping none). */
async function visitPacks(
  db: KartotekaDb,
  packIds: Iterable<string>,
  visit: (pack: RevisionPack) => void,
): Promise<void> {
  const list = [...packIds];
  for (let i = 0; i < list.length; i += PACK_SLICE) {
    const packs = await db.revisionPacks.bulkGet(list.slice(i, i + PACK_SLICE));
    for (const pack of packs) if (pack) visit(pack);
  }
}

/** Which of these revisions the archive holds (by id). */
export function knownRevisionIds(db: KartotekaDb, ids: Iterable<string>): Promise<Set<string>> {
  const wanted = new Set(ids);
  return reading(db, async () => {
    const known = new Set<string>();
    await packIdsWhere(db, 'revisionIds', wanted, (id) => known.add(id));
    return known;
  });
}

/**
 * The revisions the archive holds of these records (keys as `recordKeyOf` makes them), by
 * record key, each list in id order; records without any are absent.
 */
export function revisionsOfRecords(
  db: KartotekaDb,
  recordKeys: Iterable<string>,
): Promise<Map<string, Revision[]>> {
  const wanted = new Set(recordKeys);
  return reading(db, async () =>
    revisionsInPacks(db, await packIdsWhere(db, 'recordKeys', wanted), wanted),
  );
}

/**
 * Where the archive holds the history of each of these records (keys as `recordKeyOf` makes
 * them): the ids of the packs holding any of its revisions; records without any are absent.
 * With revisionsInPacks, an import reads the histories of a large bundle's records a group
 * at a time after one look-up for all of them.
 */
export function packIdsOfRecords(
  db: KartotekaDb,
  recordKeys: Iterable<string>,
): Promise<Map<string, string[]>> {
  const wanted = new Set(recordKeys);
  return reading(db, async () => {
    const found = new Map<string, string[]>();
    await packIdsWhere(db, 'recordKeys', wanted, (key, packId) => {
      const list = found.get(key);
      if (list) list.push(packId);
      else found.set(key, [packId]);
    });
    return found;
  });
}

/** The revisions of these records in these packs, by record key, each list in id order. */
export function revisionsInPacks(
  db: KartotekaDb,
  packIds: Iterable<string>,
  recordKeys: ReadonlySet<string>,
): Promise<Map<string, Revision[]>> {
  return reading(db, async () => {
    const histories = new Map<string, Revision[]>();
    await visitPacks(db, new Set(packIds), (pack) => {
      for (const r of pack.revisions) {
        const key = recordKeyOf(r.entity, r.recordId);
        if (!recordKeys.has(key)) continue;
        const list = histories.get(key);
        if (list) list.push(r);
        else histories.set(key, [r]);
      }
    });
    for (const list of histories.values()) list.sort(byId);
    return histories;
  });
}

function originIn(pack: RevisionPack, revisionId: string): RevisionOrigin | null {
  return pack.receivedAt === null
    ? null
    : { revisionId, bundleId: pack.bundleId, receivedAt: pack.receivedAt };
}

/** The origin of each of these revisions; unknown ones, and those without an origin, left out. */
export function originsOfRevisions(
  db: KartotekaDb,
  revisionIds: Iterable<string>,
): Promise<Map<string, RevisionOrigin>> {
  const wanted = new Set(revisionIds);
  return reading(db, async () => {
    const origins = new Map<string, RevisionOrigin>();
    const packIds = await packIdsWhere(db, 'revisionIds', wanted);
    await visitPacks(db, packIds, (pack) => {
      for (const id of pack.revisionIds) {
        const origin = wanted.has(id) ? originIn(pack, id) : null;
        if (origin) origins.set(id, origin);
      }
    });
    return origins;
  });
}

/** A revision with its origin (null: unknown, see PackOrigin). */
export interface RevisionWithOrigin {
  revision: Revision;
  origin: RevisionOrigin | null;
}

/** One record's revisions, each with its origin, in id order: one read of its packs. */
export function historyWithOrigins(
  db: KartotekaDb,
  recordKey: string,
): Promise<RevisionWithOrigin[]> {
  return reading(db, async () => {
    const found: RevisionWithOrigin[] = [];
    const packIds = await db.revisionPacks.where('recordKeys').equals(recordKey).primaryKeys();
    await visitPacks(db, packIds, (pack) => {
      for (const revision of pack.revisions) {
        if (recordKeyOf(revision.entity, revision.recordId) === recordKey)
          found.push({ revision, origin: originIn(pack, revision.id) });
      }
    });
    return found.sort((a, b) => byId(a.revision, b.revision));
  });
}

/** Every revision in the archive, in id order, read in one transaction. */
export function allRevisions(db: KartotekaDb): Promise<Revision[]> {
  return reading(db, async () =>
    (await db.revisionPacks.toArray()).flatMap((pack) => pack.revisions).sort(byId),
  );
}

/** Every revision with its origin, in id order (dumps for tests, the upgrade's checks). */
export function allRevisionsWithOrigins(db: KartotekaDb): Promise<RevisionWithOrigin[]> {
  return reading(db, async () => {
    const packs = await db.revisionPacks.toArray();
    return packs
      .flatMap((pack) =>
        pack.revisions.map((revision) => ({ revision, origin: originIn(pack, revision.id) })),
      )
      .sort((a, b) => byId(a.revision, b.revision));
  });
}
