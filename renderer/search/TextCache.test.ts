import { describe, expect, it } from 'vitest';
import { type ReadTexts, TextCache } from './TextCache.js';

/** A store of texts that records what it was asked for. */
function store(texts: Record<string, string>): { read: ReadTexts; asked: string[][] } {
  const asked: string[][] = [];
  const read: ReadTexts = (ids) => {
    asked.push(ids);
    return Promise.resolve(
      new Map(ids.flatMap((id) => (texts[id] === undefined ? [] : [[id, texts[id]] as const]))),
    );
  };
  return { read, asked };
}

describe('TextCache', () => {
  it('reads only the texts it does not keep', async () => {
    const { read, asked } = store({ a: 'alpha', b: 'beta', c: 'gamma' });
    const cache = new TextCache();
    expect([...(await cache.load(['a', 'b'], read))]).toEqual([
      ['a', 'alpha'],
      ['b', 'beta'],
    ]);
    expect(await cache.load(['b', 'c', 'missing'], read)).toEqual(
      new Map([
        ['b', 'beta'],
        ['c', 'gamma'],
      ]),
    );
    expect(await cache.load(['a', 'c'], read)).toEqual(
      new Map([
        ['a', 'alpha'],
        ['c', 'gamma'],
      ]),
    );
    expect(asked).toEqual([
      ['a', 'b'],
      ['c', 'missing'],
    ]);
  });

  it('reads a forgotten text again, and keeps nothing a read under way at the time gave', async () => {
    const texts: Record<string, string> = { a: 'old' };
    const { read, asked } = store(texts);
    const cache = new TextCache();
    await cache.load(['a'], read);
    cache.forget('a');
    const pending = cache.load(['a'], read);
    texts.a = 'new';
    cache.forget('a');
    expect((await pending).get('a')).toBe('old');
    expect((await cache.load(['a'], read)).get('a')).toBe('new');
    expect(asked).toEqual([['a'], ['a'], ['a']]);
  });

  it('keeps the most recently used texts within its budget of characters', async () => {
    const { read, asked } = store({ a: 'aaaa', b: 'bbbb', c: 'cccc', huge: 'x'.repeat(20) });
    const cache = new TextCache(8);
    await cache.load(['a', 'b'], read);
    await cache.load(['a'], read);
    await cache.load(['c'], read);
    await cache.load(['huge'], read);
    await cache.load(['a', 'b', 'c'], read);
    expect(asked).toEqual([['a', 'b'], ['c'], ['huge'], ['b']]);
  });
});
