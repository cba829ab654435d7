import type { EntityKind, Revision } from '../../shared/model/index.js';
import { newId } from '../../shared/model/newId.js';

/**
 * Revisions per pack at most. IndexedDB charges per row far more than per byte (about 150 µs
 * a put in Chromium, plus about 60 µs per KB), so an import packs its revisions; but reading one
 * record's history (every local edit does) deserialises each pack that holds part of it,
 * whole. With the benchmark's revisions (about 770 bytes of JSON each), writing the S data
 * set's 16,030 revisions in packs took a third to a quarter of the time of one row per
 * revision and origin whether packs held 50, 100 or 200, while reading one record's history
 * cost 2–5 ms from single rows, 9–14 ms from packs of 100 and 8–40 ms from packs of 200
 * (Chromium on a heavily loaded machine, so only the orders of magnitude hold). 100 keeps an
 * import's revision rows in the hundreds and a pack under about 100 KB.
 */
export const REVISION_PACK_SIZE = 100;

/** Where a pack's revisions came from: shared by every revision in it. */
export interface PackOrigin {
  /** The bundle that brought them; null: made here (or the sample archive). */
  bundleId: string | null;
  /**
   * When they arrived (a local edit: when it was made). null only for revisions a version 2
   * archive held without an origin row: their origin is unknown, and stays so.
   */
  receivedAt: string | null;
}

/** A row of `revisionPacks`: revisions with one origin, and the keys its indexes need. */
export interface RevisionPack extends PackOrigin {
  id: string;
  /** Its revisions' ids (multiEntry index: is a revision known, and in which pack). */
  revisionIds: string[];
  /** The records its revisions belong to, each once, as `recordKeyOf` writes them. */
  recordKeys: string[];
  revisions: Revision[];
}

/** A record's key in the `recordKeys` index. Entity kinds hold no `/`. */
export function recordKeyOf(entity: EntityKind, recordId: string): string {
  return `${entity}/${recordId}`;
}

/** One pack of these revisions. */
export function packOf(revisions: readonly Revision[], origin: PackOrigin): RevisionPack {
  return {
    id: newId(),
    bundleId: origin.bundleId,
    receivedAt: origin.receivedAt,
    revisionIds: revisions.map((r) => r.id),
    recordKeys: [...new Set(revisions.map((r) => recordKeyOf(r.entity, r.recordId)))],
    revisions: [...revisions],
  };
}

/**
 * Cuts items given record by record (each history: the items of one record) into groups of
 * `size` at most. A record's items stay in one group unless they alone exceed `size`, so
 * reading its history usually reads one pack per origin.
 */
export function planPacks<T>(
  histories: Iterable<readonly T[]>,
  size: number = REVISION_PACK_SIZE,
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const history of histories) {
    if (current.length > 0 && current.length + history.length > size) close();
    for (const item of history) {
      current.push(item);
      if (current.length >= size) close();
    }
  }
  close();
  return groups;
}

/** Packs revisions given record by record (see planPacks), all with one origin. */
export function packRevisions(
  histories: Iterable<readonly Revision[]>,
  origin: PackOrigin,
  size: number = REVISION_PACK_SIZE,
): RevisionPack[] {
  return planPacks(histories, size).map((revisions) => packOf(revisions, origin));
}
