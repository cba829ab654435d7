import { type PackedStrings, packStrings, unpackStrings } from './packedStrings.js';
import { asUint32Array } from './typedArrays.js';

/**
 * Keys (folded words, skeletons, trigrams) to lists of numbers, saved as one sorted key list
 * and one array of numbers. A restored map reads them in place (binary search over the keys,
 * a view into the saved array per look-up) until its first change makes it a Map, so a
 * restore copies no numbers and makes nothing per key but the key's string. Measured with
 * `npm run bench:startups` (GramIndex's restore made lazy too; L, 16 alternating cold starts
 * each): restoring the search worker's people part 350 -> 246 ms (median), first result
 * 1,963 -> 1,891 ms.
 */
export interface PackedPostings {
  /** Sorted in UTF-16 order (what SortedStrings keeps), so prefix look-ups need no sort. */
  keys: PackedStrings;
  /** Where each key's numbers end in `ids` (start: the previous end). */
  ends: Uint32Array;
  ids: Uint32Array;
}

export class PostingMap {
  /** null while a restored map is read in place from `packed`. */
  private lists: Map<string, number[] | Uint32Array> | null = new Map();
  /** A restored map as saved, its keys sorted: read in place until the first change. */
  private packed: { keys: readonly string[]; ends: Uint32Array; ids: Uint32Array } | null = null;

  get size(): number {
    return this.lists?.size ?? this.packed?.keys.length ?? 0;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get(key: string): ArrayLike<number> | undefined {
    if (this.lists) return this.lists.get(key);
    const packed = this.packed;
    if (!packed) return undefined;
    const i = sortedIndexOf(packed.keys, key);
    if (i < 0) return undefined;
    return packed.ids.subarray(i === 0 ? 0 : packed.ends[i - 1], packed.ends[i]);
  }

  keys(): IterableIterator<string> {
    return this.lists ? this.lists.keys() : (this.packed?.keys ?? []).values();
  }

  /** Adds `id` under `key`; true when the key is new. */
  add(key: string, id: number): boolean {
    const lists = this.thawed();
    const list = lists.get(key);
    if (!list) {
      lists.set(key, [id]);
      return true;
    }
    if (Array.isArray(list)) list.push(id);
    else lists.set(key, [...list, id]);
    return false;
  }

  /** Removes one `id` from `key`; true when the key went with it. */
  remove(key: string, id: number): boolean {
    const lists = this.thawed();
    const list = lists.get(key);
    if (!list) return false;
    const at = list.indexOf(id);
    if (at < 0) return false;
    if (list.length === 1) {
      lists.delete(key);
      return true;
    }
    const plain = Array.isArray(list) ? list : Array.from(list);
    plain.splice(at, 1);
    lists.set(key, plain);
    return false;
  }

  pack(): PackedPostings {
    // Unchanged since the restore: saved as it was read.
    if (!this.lists && this.packed)
      return { keys: packStrings(this.packed.keys), ends: this.packed.ends, ids: this.packed.ids };
    const lists = this.thawed();
    const keys = [...lists.keys()].sort();
    const ends = new Uint32Array(keys.length);
    let total = 0;
    keys.forEach((k, i) => (ends[i] = total += lists.get(k)?.length ?? 0));
    const ids = new Uint32Array(total);
    let at = 0;
    for (const k of keys) {
      const list = lists.get(k) ?? [];
      ids.set(list, at);
      at += list.length;
    }
    return { keys: packStrings(keys), ends, ids };
  }

  /** The map and its keys in sorted order (the caller's own copy). */
  static unpack(packed: PackedPostings): { map: PostingMap; sortedKeys: string[] } {
    const keys = unpackStrings(packed.keys);
    const ends = asUint32Array(packed.ends);
    const ids = asUint32Array(packed.ids);
    if (keys.length !== ends.length) throw new Error('packed postings do not add up');
    let start = 0;
    for (let i = 0; i < keys.length; i++) {
      const end = ends[i] as number;
      if (end < start || end > ids.length) throw new Error('packed postings do not add up');
      // Binary search needs them strictly in order: damaged data must not give wrong lists.
      if (i > 0 && !((keys[i - 1] as string) < (keys[i] as string)))
        throw new Error('packed postings are not in order');
      start = end;
    }
    const map = new PostingMap();
    map.lists = null;
    map.packed = { keys, ends, ids };
    return { map, sortedKeys: [...keys] };
  }

  /** The lists as a Map, made from the restored form at the first change. */
  private thawed(): Map<string, number[] | Uint32Array> {
    if (this.lists) return this.lists;
    const lists = new Map<string, number[] | Uint32Array>();
    const packed = this.packed;
    if (packed) {
      let start = 0;
      packed.keys.forEach((k, i) => {
        const end = packed.ends[i] as number;
        lists.set(k, packed.ids.subarray(start, end));
        start = end;
      });
    }
    this.lists = lists;
    this.packed = null;
    return lists;
  }
}

/** Position of `key` in `sorted` (UTF-16 order, no duplicates), or −1. */
function sortedIndexOf(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = sorted[mid] as string;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
