import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../shared/search/index.js';
import { SplitIndex } from './SplitIndex.js';

const source = (text: string): SourceDoc => ({
  kind: 'source',
  id: 's1',
  title: 'Court report',
  publisher: 'Nasha Niva',
  author: '',
  date: '2025-09-11',
  text,
});

describe('SplitIndex', () => {
  it('reads a text once for searches that show it, and again once its source is indexed again', async () => {
    const texts = new Map([['s1', 'The court sentenced him to three years.']]);
    const asked: string[][] = [];
    const loadTexts = (ids: string[]) => {
      asked.push(ids);
      return Promise.resolve(new Map(ids.map((id) => [id, texts.get(id) ?? ''])));
    };
    const index = SplitIndex.empty();
    index.update(source(texts.get('s1') ?? ''));
    const search = async (text: string) =>
      (await index.search({ text }, { limit: 5, crossScript: true, loadTexts })).sources.hits[0]
        ?.snippet?.text;

    expect(await search('court ')).toContain('court sentenced');
    expect(await search('sentenced ')).toContain('court sentenced');
    expect(asked).toEqual([['s1']]);

    texts.set('s1', 'The court acquitted him.');
    index.update(source(texts.get('s1') ?? ''));
    expect(await search('court ')).toContain('court acquitted');
    expect(asked).toEqual([['s1'], ['s1']]);
  });
});
