import { describe, expect, it, vi } from 'vitest';
import type { IndexDoc } from '../../shared/search/index.js';
import type { SearchIndexStore } from '../db';
import { ArchiveSearch, SAVED_INDEX_KEY } from './ArchiveSearch';

function memoryStore(): SearchIndexStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (key) => Promise.resolve(structuredClone(data.get(key))),
    put: (key, value) => {
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
    remove: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
    clear: () => {
      data.clear();
      return Promise.resolve();
    },
  };
}

const statkevich: IndexDoc = {
  kind: 'case',
  id: 'c1',
  names: [{ text: 'Mikalai Statkevich' }, { text: 'Мікалай Статкевіч' }],
  title: 'Mikalai Statkevich',
  text: 'former presidential candidate',
  status: null,
  statusDates: [],
  tagIds: [],
  tagNames: [],
  articles: [],
};
const article: IndexDoc = {
  kind: 'source',
  id: 's1',
  title: 'Belarus pardons 18 more prisoners',
  publisher: 'AP',
  author: '',
  date: '2026-03-06',
  text: 'He was sentenced to three years in prison and a steep fine.',
};
const firstCase = (s: ArchiveSearch, q: string) => s.search(q)?.cases.hits[0]?.id;

describe('ArchiveSearch', () => {
  it('indexes the records, follows their changes and deletions', async () => {
    const search = new ArchiveSearch(memoryStore());
    await search.sync([statkevich, article]);
    expect(firstCase(search, 'Статкевич')).toBe('c1');
    expect(
      search.search('steep fine')?.sources.hits[0]?.snippet?.highlights.length,
    ).toBeGreaterThan(0);

    await search.sync([{ ...statkevich, names: [{ text: 'Ihar Losik' }], title: 'Ihar Losik' }]);
    expect(firstCase(search, 'Lasik')).toBe('c1');
    expect(firstCase(search, 'Statkevich')).toBeUndefined();
    expect(search.search('steep fine')?.sources.hits).toHaveLength(0);
    search.dispose();
  });

  it('saves the index and restores it without re-indexing unchanged records', async () => {
    vi.useFakeTimers();
    try {
      const store = memoryStore();
      const first = new ArchiveSearch(store);
      await first.sync([statkevich, article]);
      await vi.runAllTimersAsync();
      expect(store.data.has(SAVED_INDEX_KEY)).toBe(true);
      first.dispose();

      const second = new ArchiveSearch(store);
      const listener = vi.fn();
      second.subscribe(listener);
      await vi.runAllTimersAsync();
      // Restored before any record is read.
      expect(firstCase(second, 'Statkevich')).toBe('c1');
      const revision = second.revision;
      await second.sync([statkevich, article]);
      expect(second.revision).toBe(revision);
      second.dispose();
    } finally {
      vi.useRealTimers();
    }
  });
});
