import { describe, expect, it } from 'vitest';
import { FullTextIndex } from './FullTextIndex.js';

// These look-ups read MiniSearch internals; this test fails if an upgrade changes them.
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

  it('answers document frequency, per-document fields, completions and neighbours', () => {
    const index = FullTextIndex.create();
    index.add(doc('source:a', 'prisoners released prison'));
    index.add(doc('source:b', 'prisoners pardoned'));
    expect(index.documentFrequency('prisoners')).toBe(2);
    expect(index.documentFrequency('nothing')).toBe(0);
    const holds = index.fieldsWith('released');
    expect(holds('source:a')).toEqual(['body']);
    expect(holds('source:b')).toEqual([]);
    expect(index.completions('pris', 5)).toEqual(['prison', 'prisoners']);
    expect(index.neighbours('pardonned', 1, 5)).toEqual([{ term: 'pardoned', distance: 1 }]);
  });

  it('keeps working after discard and a save and load', () => {
    const index = FullTextIndex.create();
    index.add(doc('source:a', 'prisoners'));
    index.add(doc('source:b', 'prisoners'));
    index.discard('source:a');
    const loaded = FullTextIndex.load(
      JSON.parse(JSON.stringify(index.toJSON())) as ReturnType<FullTextIndex['toJSON']>,
    );
    expect(loaded.fieldsWith('prisoners')('source:a')).toEqual([]);
    expect(loaded.fieldsWith('prisoners')('source:b')).toEqual(['body']);
    expect(loaded.documentCount).toBe(1);
  });
});
