import { describe, expect, it } from 'vitest';
import { sourceMeta as meta } from './sourceMeta.test-data.js';
import { FullTextIndex } from './FullTextIndex.js';

describe('FullTextIndex', () => {
  const doc = (key: string, body: string) => ({
    key,
    names: '',
    title: '',
    byline: '',
    body,
    acronyms: '',
    nameKeys: '',
  });
  const add = (index: FullTextIndex, key: string, body: string) =>
    index.add(doc(key, body), meta(key));

  it('answers document frequency, per-document fields, completions and neighbours', () => {
    const index = FullTextIndex.create();
    add(index, 'source:a', 'prisoners released prison');
    add(index, 'source:b', 'prisoners pardoned');
    expect(index.documentFrequency('prisoners')).toBe(2);
    expect(index.documentFrequency('nothing')).toBe(0);
    const holds = index.fieldsWith('released');
    expect(holds('source:a')).toEqual(['body']);
    expect(holds('source:b')).toEqual([]);
    expect(index.completions('pris', 5)).toEqual(['prison', 'prisoners']);
    expect(index.neighbours('pardonned', 1, 5)).toEqual([{ term: 'pardoned', distance: 1 }]);
  });

  it('names the terms most documents hold, most first, from a saved index and after it', () => {
    const index = FullTextIndex.create();
    add(index, 'source:a', 'court sentenced in minsk');
    add(index, 'source:b', 'court sentenced');
    add(index, 'source:c', 'court');
    index.add({ ...doc('case:d', 'court'), nameKeys: '~st*tk*v*č' }, meta('case:d'));
    // Name keys and words shorter than three letters are not words to search for.
    expect(index.frequentTerms(3)).toEqual(['court', 'sentenced', 'minsk']);
    const loaded = FullTextIndex.load(structuredClone(index.toJSON()));
    add(loaded, 'source:e', 'minsk appeal');
    add(loaded, 'source:f', 'minsk appeal');
    expect(loaded.frequentTerms(3)).toEqual(['court', 'minsk', 'appeal']);
    expect(loaded.frequentTerms(10)).toEqual(['court', 'minsk', 'appeal', 'sentenced']);
  });

  it('keeps working after discard and a save and load (structured clone)', () => {
    const index = FullTextIndex.create();
    add(index, 'source:a', 'prisoners');
    add(index, 'source:b', 'prisoners');
    index.discard('source:a');
    const loaded = FullTextIndex.load(structuredClone(index.toJSON()));
    expect(loaded.fieldsWith('prisoners')('source:a')).toEqual([]);
    expect(loaded.fieldsWith('prisoners')('source:b')).toEqual(['body']);
    expect(loaded.documentCount).toBe(1);
  });

  it('gives back every DocMeta after a save and load, reading each when asked, and saves unread ones as they were', () => {
    const index = FullTextIndex.create();
    const metas = ['source:a', 'source:b', 'source:c'].map((key) => ({
      ...meta(key),
      title: `Суд над ${key} — «${key}»`,
      date: '2025-09-11',
      tagIds: ['t1'],
      articles: [{ article: '342', part: null }],
    }));
    for (const m of metas) index.add(doc(m.key, 'court'), m);
    index.discard('source:b');
    const saved = structuredClone(index.toJSON());
    expect(saved.keys).toEqual(['source:a', 'source:c']);
    const loaded = FullTextIndex.load(saved);
    // Unread DocMeta are written back as they were read.
    expect(loaded.toJSON().metaJson).toEqual(saved.metaJson);
    expect(loaded.meta('source:c')).toEqual(metas[2]);
    expect(loaded.metaAt(0)).toEqual(metas[0]);
    expect(loaded.meta('source:b')).toBeUndefined();
    expect([...loaded.allMetas()]).toEqual([metas[0], metas[2]]);
    loaded.add(doc('source:d', 'court'), meta('source:d'));
    const again = FullTextIndex.load(JSON.parse(JSON.stringify(loaded.toJSON())));
    expect([...again.allMetas()]).toEqual([metas[0], metas[2], meta('source:d')]);
    expect(() => FullTextIndex.load({ ...saved, metaEnds: new Uint32Array(1) })).toThrow(
      /damaged/u,
    );
  });

  it('refuses a saved index whose terms are out of order (they are found by binary search)', () => {
    const index = FullTextIndex.create();
    add(index, 'source:a', 'court prison release');
    const saved = structuredClone(index.toJSON());
    expect(saved.terms).toEqual(['court', 'prison', 'release']);
    const loaded = FullTextIndex.load(structuredClone(saved));
    expect(
      ['court', 'prison', 'release', 'nothing'].map((t) => loaded.documentFrequency(t)),
    ).toEqual([1, 1, 1, 0]);
    expect(() => FullTextIndex.load({ ...saved, terms: ['court', 'release', 'prison'] })).toThrow(
      /damaged/u,
    );
    expect(() => FullTextIndex.load({ ...saved, terms: ['court', 'court', 'release'] })).toThrow(
      /damaged/u,
    );
  });

  it('compacts once many documents are removed, and keeps finding the others', () => {
    const index = FullTextIndex.create();
    for (let i = 0; i < 3000; i++)
      add(index, `source:${i}`, i % 2 === 0 ? 'even court' : 'odd court');
    for (let i = 0; i < 2000; i++) index.discard(`source:${i}`);
    expect(index.documentCount).toBe(1000);
    // Compaction drops the dead postings, so counts are exact again.
    expect(index.documentFrequency('court')).toBe(1000);
    expect(index.documentFrequency('even')).toBe(500);
    expect(index.fieldsWith('odd')('source:2999')).toEqual(['body']);
    expect(index.fieldsWith('odd')('source:1')).toEqual([]);
    const s = index.score([{ term: 'even', query: 0, weight: 1, fields: ['body'] }]);
    expect(s.docs.length).toBe(500);
  });
});
