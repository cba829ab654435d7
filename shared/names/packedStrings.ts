import { asUint32Array } from './typedArrays.js';

/**
 * Many strings as one string and their lengths: what the name index saves instead of arrays
 * of small strings, because IndexedDB (structured clone) and the restore then copy two
 * objects, not one per string. Lengths are UTF-16 units, so any text survives, separators
 * included.
 */
export interface PackedStrings {
  chars: string;
  lengths: Uint32Array;
}

export function packStrings(values: readonly string[]): PackedStrings {
  const lengths = new Uint32Array(values.length);
  values.forEach((v, i) => (lengths[i] = v.length));
  return { chars: values.join(''), lengths };
}

export function unpackStrings(packed: PackedStrings): string[] {
  const chars = packed.chars;
  const lengths = asUint32Array(packed.lengths);
  const out = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = at + (lengths[i] as number);
    out[i] = chars.slice(at, end);
    at = end;
  }
  if (at !== chars.length) throw new Error('packed strings do not add up');
  return out;
}

/** A list of string lists (each token's phonetic keys): the strings and how many per list. */
export interface PackedStringLists {
  strings: PackedStrings;
  counts: Uint32Array;
}

export function packStringLists(lists: readonly (readonly string[])[]): PackedStringLists {
  const counts = new Uint32Array(lists.length);
  lists.forEach((l, i) => (counts[i] = l.length));
  return { strings: packStrings(lists.flat()), counts };
}

export function unpackStringLists(packed: PackedStringLists): string[][] {
  const strings = unpackStrings(packed.strings);
  const counts = asUint32Array(packed.counts);
  const out = new Array<string[]>(counts.length);
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    const end = at + (counts[i] as number);
    out[i] = strings.slice(at, end);
    at = end;
  }
  if (at !== strings.length) throw new Error('packed string lists do not add up');
  return out;
}
