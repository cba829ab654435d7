import { describe, expect, it } from 'vitest';
import type { CaseDoc, LoadTexts, SourceDoc } from '../../shared/search/index.js';
import { SearchIndex } from '../../shared/search/index.js';
import { SplitIndex } from './SplitIndex.js';

const source = (text: string, sha256: string): SourceDoc => ({
  kind: 'source',
  id: 's1',
  title: 'Court report',
  publisher: 'Nasha Niva',
  author: '',
  date: '2025-09-11',
  text,
  sha256,
});

describe('SplitIndex', () => {
  it('reads a text once for searches that show it, and the new one once its source is indexed with another', async () => {
    const stored = new Map([
      ['hash-1', 'The court sentenced him to three years.'],
      ['hash-2', 'The court acquitted him.'],
    ]);
    const asked: string[][] = [];
    const loadTexts: LoadTexts = (wanted) => {
      asked.push(wanted.map((t) => t.sha256));
      return Promise.resolve(new Map(wanted.map((t) => [t.sourceId, stored.get(t.sha256) ?? ''])));
    };
    const index = SplitIndex.empty();
    index.update(source(stored.get('hash-1') ?? '', 'hash-1'));
    const search = async (text: string) =>
      (await index.search({ text }, { limit: 5, crossScript: true, loadTexts })).sources.hits[0]
        ?.snippet?.text;

    expect(await search('court ')).toContain('court sentenced');
    expect(await search('sentenced ')).toContain('court sentenced');
    expect(asked).toEqual([['hash-1']]);

    index.update(source(stored.get('hash-2') ?? '', 'hash-2'));
    expect(await search('court ')).toContain('court acquitted');
    expect(asked).toEqual([['hash-1'], ['hash-2']]);
  });

  it('takes a word only the sources part has as a word, not a typo, as one index over the whole archive does', async () => {
    const index = SplitIndex.empty();
    const person: CaseDoc = {
      kind: 'case',
      id: 'c1',
      title: 'Ales Bialiatski',
      names: [{ text: 'Ales Bialiatski', script: 'latin', kind: 'primary' }],
      text: 'Human rights defender.',
      status: 'convicted',
      statusDates: [],
      tagIds: [],
      tagNames: [],
      articles: [],
    };
    index.update(person);
    const text = 'After his release he defended human rights.';
    const loadTexts: LoadTexts = (wanted) =>
      Promise.resolve(new Map(wanted.map((t) => [t.sourceId, text])));
    const cases = async (q: string) =>
      (await index.search({ text: q }, { limit: 5, crossScript: true, loadTexts })).cases.hits;
    // One typo from Ales: a misspelt name while no document has the word…
    expect((await cases('release '))[0]?.nameMatch?.tier).toBe('fuzzy');
    index.update(source(text, 'hash-1'));
    // …and the word itself once a source has it.
    expect(await cases('release ')).toEqual([]);

    // Its case files as one index over the whole archive gives them, typos of words included:
    // "defended", which only the source has, is not read as a typo of the case's "defender".
    const whole = SearchIndex.create();
    whole.addAll([person, source(text, 'hash-1')]);
    for (const q of ['release ', 'defended ', 'defendet ', 'Bialiatksi ', 'human ', 'relea']) {
      const split = (await cases(q)).map((h) => [h.id, h.matchedWords, h.nameMatch?.tier]);
      const one = whole
        .search({ text: q }, { limit: 5, crossScript: true, textOf: () => text })
        .cases.hits.map((h) => [h.id, h.matchedWords, h.nameMatch?.tier]);
      expect(split, q).toEqual(one);
    }
  });
});
