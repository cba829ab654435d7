import { describe, expect, it } from 'vitest';
import type { LoadTexts, SourceDoc } from '../../shared/search/index.js';
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
});
