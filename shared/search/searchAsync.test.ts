import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveDocs, SEED_SOURCES } from './searchArchive.test-data.js';
import { SearchIndex } from './SearchIndex.js';

const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds');
const seedTexts = new Map(
  readdirSync(seedsDir).map((f) => [f.slice(0, 3), readFileSync(path.join(seedsDir, f), 'utf8')]),
);
const textById = new Map(SEED_SOURCES.map((s) => [s.id, seedTexts.get(s.prefix) ?? '']));

describe('SearchIndex.searchAsync', () => {
  const index = SearchIndex.create();
  index.addAll(archiveDocs(seedTexts));

  it.each(['"three years"', '"15 years"', 'Losik -"Radio Liberty"', 'prisoners'])(
    'gives what the synchronous search gives for %s, reading texts in batches',
    async (q) => {
      const asked: string[][] = [];
      const async = await index.searchAsync(q, {
        limit: 1,
        loadTexts: (wanted) => {
          asked.push(wanted.map((t) => t.sourceId));
          return Promise.resolve(
            new Map(wanted.map((t) => [t.sourceId, textById.get(t.sourceId) ?? ''])),
          );
        },
      });
      const sync = index.search(q, { limit: 1, textOf: (id) => textById.get(id) });
      expect(JSON.stringify(async)).toBe(JSON.stringify(sync));
      // No text is read twice, and a phrase reads half a page more than the page at first.
      const all = asked.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(asked[0]?.length ?? 0).toBeLessThanOrEqual(2);
    },
  );
});
