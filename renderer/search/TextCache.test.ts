import { describe, expect, it } from 'vitest';
import type { LoadTexts, TextToLoad } from '../../shared/search/index.js';
import { TextCache } from './TextCache.js';

/** Source `id`'s text is stored under the hash `h-<id>` unless `hashes` says otherwise. */
const ref = (sourceId: string, sha256 = `h-${sourceId}`): TextToLoad => ({ sourceId, sha256 });
const refs = (...ids: string[]) => ids.map((id) => ref(id));

/** A store of texts by hash that records which hashes it was asked for. */
function store(texts: Record<string, string>): { read: LoadTexts; asked: string[][] } {
  const asked: string[][] = [];
  const read: LoadTexts = (wanted) => {
    asked.push(wanted.map((t) => t.sha256));
    const found = new Map<string, string>();
    for (const t of wanted) {
      const text = texts[t.sha256];
      if (text !== undefined) found.set(t.sourceId, text);
    }
    return Promise.resolve(found);
  };
  return { read, asked };
}

describe('TextCache', () => {
  it('reads only the texts it does not keep', async () => {
    const { read, asked } = store({ 'h-a': 'alpha', 'h-b': 'beta', 'h-c': 'gamma' });
    const cache = new TextCache();
    expect([...(await cache.load(refs('a', 'b'), read))]).toEqual([
      ['a', 'alpha'],
      ['b', 'beta'],
    ]);
    expect(await cache.load(refs('b', 'c', 'missing'), read)).toEqual(
      new Map([
        ['b', 'beta'],
        ['c', 'gamma'],
      ]),
    );
    expect(await cache.load(refs('a', 'c'), read)).toEqual(
      new Map([
        ['a', 'alpha'],
        ['c', 'gamma'],
      ]),
    );
    expect(asked).toEqual([
      ['h-a', 'h-b'],
      ['h-c', 'h-missing'],
    ]);
  });

  it('keeps texts by hash: a source whose text changed reads the new one, and two sources share one', async () => {
    const { read, asked } = store({ old: 'old text', new: 'new text' });
    const cache = new TextCache();
    expect((await cache.load([ref('a', 'old')], read)).get('a')).toBe('old text');
    // Source a indexed again with another text: its new hash is read, not the kept old text.
    expect((await cache.load([ref('a', 'new')], read)).get('a')).toBe('new text');
    // Source b holds the same text as a once did: already kept.
    expect((await cache.load([ref('b', 'old')], read)).get('b')).toBe('old text');
    expect(asked).toEqual([['old'], ['new']]);
  });

  it('keeps the most recently used texts within its budget of characters', async () => {
    const { read, asked } = store({
      'h-a': 'aaaa',
      'h-b': 'bbbb',
      'h-c': 'cccc',
      'h-huge': 'x'.repeat(20),
    });
    const cache = new TextCache(8);
    await cache.load(refs('a', 'b'), read);
    await cache.load(refs('a'), read);
    await cache.load(refs('c'), read);
    await cache.load(refs('huge'), read);
    await cache.load(refs('a', 'b', 'c'), read);
    expect(asked).toEqual([['h-a', 'h-b'], ['h-c'], ['h-huge'], ['h-b']]);
  });
});
