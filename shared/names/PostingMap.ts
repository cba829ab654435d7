import { type PackedStrings, packStrings, unpackStrings } from './packedStrings.js';
import { asUint32Array } from './typedArrays.js';

/**
 * Keys (folded words, skeletons, trigrams) to lists of numbers, saved as one sorted key list
 * and one array of numbers. A restored list is a view into the saved array and becomes a
 * plain array only when it changes, so restoring makes one small object per key and copies
 * no numbers.
 */
export interface PackedPostings {
  /** Sorted in UTF-16 order (what SortedStrings keeps), so prefix look-ups need no sort. */
  keys: PackedStrings;
  /** Where each key's numbers end in `ids` (start: the previous end). */
  ends: Uint32Array;
  ids: Uint32Array;
}

export class PostingMap {
  private readonly lists = new Map<string, number[] | Uint32Array>();

  get size(): number {
    return this.lists.size;
  }

  has(key: string): boolean {
    return this.lists.has(key);
  }

  get(key: string): ArrayLike<number> | undefined {
    return this.lists.get(key);
  }

  keys(): IterableIterator<string> {
    return this.lists.keys();
  }

  /** Adds `id` under `key`; true when the key is new. */
  add(key: string, id: number): boolean {
    const list = this.lists.get(key);
    if (!list) {
      this.lists.set(key, [id]);
      return true;
    }
    if (Array.isArray(list)) list.push(id);
    else this.lists.set(key, [...list, id]);
    return false;
  }

  /** Removes one `id` from `key`; true when the key went with it. */
  remove(key: string, id: number): boolean {
    const list = this.lists.get(key);
    if (!list) return false;
    const at = list.indexOf(id);
    if (at < 0) return false;
    if (list.length === 1) {
      this.lists.delete(key);
      return true;
    }
    const plain = Array.isArray(list) ? list : Array.from(list);
    plain.splice(at, 1);
    this.lists.set(key, plain);
    return false;
  }

  pack(): PackedPostings {
    const keys = [...this.lists.keys()].sort();
    const ends = new Uint32Array(keys.length);
    let total = 0;
    keys.forEach((k, i) => (ends[i] = total += this.lists.get(k)?.length ?? 0));
    const ids = new Uint32Array(total);
    let at = 0;
    for (const k of keys) {
      const list = this.lists.get(k) ?? [];
      ids.set(list, at);
      at += list.length;
    }
    return { keys: packStrings(keys), ends, ids };
  }

  /** The map and its keys in sorted order. */
  static unpack(packed: PackedPostings): { map: PostingMap; sortedKeys: string[] } {
    const map = new PostingMap();
    const keys = unpackStrings(packed.keys);
    const ends = asUint32Array(packed.ends);
    const ids = asUint32Array(packed.ids);
    if (keys.length !== ends.length) throw new Error('packed postings do not add up');
    let start = 0;
    keys.forEach((k, i) => {
      const end = ends[i] as number;
      if (end < start || end > ids.length) throw new Error('packed postings do not add up');
      map.lists.set(k, ids.subarray(start, end));
      start = end;
    });
    return { map, sortedKeys: keys };
  }
}
