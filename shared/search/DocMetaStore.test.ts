import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocMetaStore, dateOrder } from './DocMetaStore.js';
import type { DocMeta } from './docMeta.js';
import { sourceMeta } from './sourceMeta.test-data.js';

const meta = (id: string, title: string, date: string | null): DocMeta =>
  sourceMeta(`source:${id}`, { title, date, publisher: 'Viasna' });

function storeOf(metas: readonly DocMeta[]): DocMetaStore {
  const store = new DocMetaStore();
  for (const m of metas) store.push(m.key, m);
  return store;
}

/** Document numbers in the order `compare` puts them. */
function ordered(store: DocMetaStore): number[] {
  return Array.from({ length: store.length }, (_, i) => i).sort((a, b) => store.compare(a, b));
}

const partialDate = fc.oneof(
  fc.integer({ min: 1900, max: 2099 }).map(String),
  fc
    .tuple(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2099 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

describe('dateOrder', () => {
  it('orders partial dates as their strings do, and no date before any', () => {
    fc.assert(
      fc.property(fc.option(partialDate), fc.option(partialDate), (a, b) => {
        const sa = a ?? '';
        const sb = b ?? '';
        const expected = sa === sb ? 0 : sa < sb ? -1 : 1;
        expect(Math.sign(dateOrder(a) - dateOrder(b))).toBe(expected);
      }),
    );
    expect(dateOrder('2021')).toBeLessThan(dateOrder('2021-01'));
    expect(dateOrder('2021-12')).toBeLessThan(dateOrder('2021-12-01'));
    expect(dateOrder(null)).toBe(-1);
  });
});

describe('DocMetaStore', () => {
  const metas = [
    meta('a', 'Суд над Лосиком', '2021-12-14'),
    meta('b', 'Arrest in Minsk', '2021-12-14'),
    meta('c', 'Appeal refused', '2022'),
    meta('d', 'Undated note', null),
    meta('e', 'Zhodzina court', '2022-03'),
  ];

  it('orders documents of equal rank newest first, then by title', () => {
    expect(ordered(storeOf(metas)).map((n) => metas[n]?.id)).toEqual(['e', 'c', 'b', 'a', 'd']);
  });

  it('orders restored documents as it ordered them before the save, without parsing them', () => {
    const saved = storeOf(metas).save([0, 1, 2, 3, 4]);
    const restored = DocMetaStore.restore(saved);
    expect(ordered(restored)).toEqual(ordered(storeOf(metas)));
    // Titles and dates are read from their own arrays: the JSON is not needed for ties.
    const unreadable = DocMetaStore.restore({
      ...saved,
      metaJson: new Uint8Array(saved.metaJson.length),
    });
    expect(ordered(unreadable)).toEqual(ordered(storeOf(metas)));
    expect(() => unreadable.at(0)).toThrow();
  });

  it('gives back every DocMeta, title included, after a save with some of them read', () => {
    const once = DocMetaStore.restore(storeOf(metas).save([0, 1, 2, 3, 4]));
    expect(once.at(2)).toEqual(metas[2]);
    const twice = DocMetaStore.restore(once.save([4, 2, 0]));
    expect([0, 1, 2].map((n) => twice.at(n))).toEqual([metas[4], metas[2], metas[0]]);
    expect(twice.at(3)).toBeUndefined();
  });

  it('puts a removed document last, untitled', () => {
    const store = DocMetaStore.restore(storeOf(metas).save([0, 1, 2, 3, 4]));
    store.remove(4);
    expect(ordered(store).map((n) => metas[n]?.id)).toEqual(['c', 'b', 'a', 'e', 'd']);
  });

  it('refuses saved arrays of different lengths as a damaged index', () => {
    const saved = storeOf(metas).save([0, 1, 2]);
    for (const damaged of [
      { ...saved, titleEnds: saved.titleEnds.subarray(1) },
      { ...saved, dateOrders: new Int32Array(5) },
      { ...saved, metaEnds: new Uint32Array(1) },
    ]) {
      expect(() => DocMetaStore.restore(damaged)).toThrow(/damaged/u);
    }
  });
});
