import { describe, expect, it } from 'vitest';
import { packStrings } from './packedStrings.js';
import { PostingMap } from './PostingMap.js';

function filled(): PostingMap {
  const map = new PostingMap();
  for (const [key, id] of [
    ['sapanava', 1],
    ['lasik', 2],
    ['ласік', 3],
    ['lasik', 4],
    ['', 5],
  ] as const)
    map.add(key, id);
  return map;
}

const listOf = (map: PostingMap, key: string) => {
  const list = map.get(key);
  return list ? Array.from(list) : undefined;
};

describe('PostingMap', () => {
  it('reads a restored map in place as the map it was saved from', () => {
    const restored = PostingMap.unpack(structuredClone(filled().pack()));
    expect(restored.sortedKeys).toEqual(['', 'lasik', 'sapanava', 'ласік']);
    const map = restored.map;
    expect(map.size).toBe(4);
    expect(listOf(map, 'lasik')).toEqual([2, 4]);
    expect(listOf(map, 'ласік')).toEqual([3]);
    expect(listOf(map, '')).toEqual([5]);
    expect(map.get('losik')).toBeUndefined();
    expect(map.has('sapanava')).toBe(true);
    expect([...map.keys()]).toEqual(['', 'lasik', 'sapanava', 'ласік']);
    // Saved again unchanged: the same.
    expect(map.pack()).toEqual(filled().pack());
  });

  it('changes a restored map as it would the original', () => {
    const map = PostingMap.unpack(filled().pack()).map;
    expect(map.add('lasik', 6)).toBe(false);
    expect(map.add('losik', 7)).toBe(true);
    expect(map.remove('sapanava', 1)).toBe(true);
    expect(listOf(map, 'lasik')).toEqual([2, 4, 6]);
    expect(listOf(map, 'losik')).toEqual([7]);
    expect(map.get('sapanava')).toBeUndefined();
    expect(listOf(map, 'ласік')).toEqual([3]);
    expect(map.size).toBe(4);
  });

  it('refuses saved keys out of order, which its look-ups could not find', () => {
    const packed = filled().pack();
    const reversed = { ...packed, keys: packStrings(['ласік', 'sapanava', 'lasik', '']) };
    expect(() => PostingMap.unpack(reversed)).toThrow(/not in order/u);
  });
});
