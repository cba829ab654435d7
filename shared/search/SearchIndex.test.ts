import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './buildSearchIndex.js';
import { caseDoc } from './indexDocs.js';
import type { Snippet } from './makeSnippet.js';
import {
  archiveDocs,
  KHAMENKA,
  LOSIK,
  LOSIK_ANNOTATION,
  LOSIK_NOTE,
  SEED_SOURCES,
  STANKEVICH,
  STATKEVICH,
  TAG_NAMES,
} from './searchArchive.test-data.js';
import { SearchIndex, type SearchResults } from './SearchIndex.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seedTexts = new Map(
  readdirSync(seedsDir).map((f) => [f.slice(0, 3), readFileSync(path.join(seedsDir, f), 'utf8')]),
);
const sourceId = (prefix: string) => SEED_SOURCES.find((s) => s.prefix === prefix)?.id ?? '';
const textById = new Map(SEED_SOURCES.map((s) => [s.id, seedTexts.get(s.prefix) ?? '']));
const textOf = (id: string) => textById.get(id);

function archive(): SearchIndex {
  const index = SearchIndex.create();
  index.addAll(archiveDocs(seedTexts));
  return index;
}

const marked = (s: Snippet | null) =>
  (s?.highlights ?? []).map((h) =>
    Array.from(s?.text ?? '')
      .slice(h.start, h.end)
      .join(''),
  );
const caseIds = (r: SearchResults) => r.cases.hits.map((h) => h.id);
const sourcePrefixes = (r: SearchResults) =>
  r.sources.hits.map((h) => SEED_SOURCES.find((s) => s.id === h.id)?.prefix);

describe('SearchIndex on a small archive built from the seeds', () => {
  const index = archive();
  const search = (q: string) => index.search(q, { textOf });

  it('finds Losik and the article that says "15 years … RFE/RL", words highlighted', () => {
    const r = search('15 years RFE/RL');
    expect(r.cases.hits[0]?.id).toBe(LOSIK.id);
    expect(marked(r.cases.hits[0]?.snippet ?? null)).toEqual(
      expect.arrayContaining(['15 years', 'RFE']),
    );
    expect(r.sources.hits[0]?.id).toBe(sourceId('004'));
    const words = marked(r.sources.hits[0]?.snippet ?? null);
    expect(words).toContain('15 years');
    // RFE/RL is what the article spells out: Radio Free Europe/Radio Liberty.
    expect(words).toEqual(expect.arrayContaining(['Radio Free Europe', 'Radio Liberty']));
    expect(r.sources.hits[0]?.matchedWords).toBe(4);
  });

  it.each([
    'Статкевич',
    'Statkievič',
    'Nikolai Statkevich',
    'statkevic',
    'Статкевіч',
    'Mikola Statkevich',
  ])('%s gives Statkevich first, not Stankevich', (q) => {
    const r = search(q);
    expect(r.cases.hits[0]?.id).toBe(STATKEVICH.id);
    expect(r.cases.hits[0]?.nameMatch?.name).toMatch(/Statkevich|Статкевіч|Статкевич/u);
  });

  it('Lasik gives Losik', () => {
    expect(caseIds(search('Lasik'))[0]).toBe(LOSIK.id);
  });

  it('takes a word the archive has as that word, not as a misspelt name', () => {
    // Each was one typo from a name word: release and police from Ales (Bialiatski), january
    // and exile from Ihar (Losik), human from Khamenka, nobel from Statkevich.
    for (const word of ['release ', 'police ', 'january ', 'exile ', 'human ', 'nobel ']) {
      const r = search(word);
      expect(r.sources.total, word).toBeGreaterThan(0);
      expect(
        r.cases.hits.filter((h) => h.nameMatch?.tier === 'fuzzy').map((h) => h.nameMatch?.name),
        word,
      ).toEqual([]);
    }
    // A word the archive does not have is still read as a misspelt name.
    expect(search('Bialiatksi ').cases.hits[0]?.nameMatch).toMatchObject({
      name: 'Ales Bialiatski',
      tier: 'fuzzy',
    });
  });

  it('finds an article that spells a name in another script, with the name marked', () => {
    const r = search('Статкевич');
    expect(sourcePrefixes(r).sort()).toEqual(['002', '004']);
    for (const h of r.sources.hits) expect(marked(h.snippet)).toContain('Statkevich');
  });

  it('Stankevich gives Stankevich first', () => {
    expect(caseIds(search('Stankevich'))[0]).toBe(STANKEVICH.id);
  });

  it('marks the matched name of a case file found by name', () => {
    const hit = search('Хоменко').cases.hits[0];
    expect(hit?.id).toBe(KHAMENKA.id);
    expect(hit?.nameMatch).toEqual({
      name: 'Олег Хоменко',
      highlights: [{ start: 5, end: 12 }],
      tier: 'exact',
    });
  });

  it('matches a quoted phrase exactly, and only there', () => {
    const r = search('"sentenced to three years"');
    expect(sourcePrefixes(r)).toEqual(['000']);
    expect(marked(r.sources.hits[0]?.snippet ?? null)).toContain('sentenced to three years');
    expect(search('"three sentenced years"').sources.total).toBe(0);
  });

  it('excludes -words and requires +words', () => {
    expect(sourcePrefixes(search('Lukashenko -Statkevich')).sort()).toEqual(['000', '001', '003']);
    const r = search('+Minsk Coale');
    expect(sourcePrefixes(r)).not.toContain(undefined);
    for (const h of r.sources.hits) expect(textOf(h.id)).toMatch(/Minsk/u);
  });

  it('filters by status, tag, article, publisher and date', () => {
    const released = search('status:released');
    expect(released.cases.hits.map((h) => h.id)).toContain(LOSIK.id);
    expect(released.cases.hits.map((h) => h.id)).not.toContain(KHAMENKA.id);
    expect(released.sources.total).toBe(0);
    expect(caseIds(search('tag:journalist'))).toEqual([LOSIK.id]);
    expect(caseIds(search('article:342')).sort()).toEqual([LOSIK.id, STANKEVICH.id].sort());
    expect(caseIds(search('article:293-2'))).toEqual([LOSIK.id]);
    const ap = search('prisoners publisher:"Associated Press" from:2025-09 to:2025-09');
    expect(sourcePrefixes(ap)).toEqual(['004']);
    expect(
      caseIds(index.search({ text: 'riots', filters: { statuses: ['released'], from: '2021' } })),
    ).toEqual(expect.arrayContaining([LOSIK.id, STATKEVICH.id]));
  });

  it('groups notes and annotations, which take their case or source filters', () => {
    const r = search('hunger strike');
    expect(r.notes.hits.map((h) => h.id)).toEqual([LOSIK_NOTE.id]);
    expect(r.notes.hits[0]?.parentId).toBe(LOSIK.id);
    expect(search('hunger tag:journalist').notes.hits.map((h) => h.id)).toEqual([LOSIK_NOTE.id]);
    expect(search('hunger tag:politician').notes.total).toBe(0);
    const annotation = search('"sentenced to 15 years" in:notes');
    expect(annotation.notes.hits.map((h) => h.id)).toEqual([LOSIK_ANNOTATION.id]);
    expect(annotation.sources.total).toBe(0);
  });

  it('gives snippets whose ranges cut out exactly the matched words', () => {
    const r = search('Bialiatski Nobel');
    const snippet = r.sources.hits[0]?.snippet;
    expect(snippet).toBeTruthy();
    for (const word of marked(snippet ?? null)) expect(word).toMatch(/^(Bialiatski|Nobel)$/u);
    // The anchor points into the full text, for opening the source at the match.
    const text = textOf(r.sources.hits[0]?.id ?? '') ?? '';
    const anchor = snippet?.anchor ?? { start: 0, end: 0 };
    expect(Array.from(text).slice(anchor.start, anchor.end).join('')).toMatch(
      /^(Bialiatski|Nobel)/u,
    );
  });

  it('can turn cross-script matching off', () => {
    expect(caseIds(search('Tikhanovsky'))).toHaveLength(1);
    expect(caseIds(index.search('Tikhanovsky', { crossScript: false, textOf }))).toEqual([]);
    expect(caseIds(index.search('Statkevich', { crossScript: false, textOf }))[0]).toBe(
      STATKEVICH.id,
    );
  });

  it('reports what it could not use in the query', () => {
    const r = search('status:freed Losik');
    expect(r.query.problems).toHaveLength(1);
    expect(caseIds(r)[0]).toBe(LOSIK.id);
  });

  it('returns nothing for an empty query', () => {
    const r = search('   ');
    expect([r.cases.total, r.sources.total, r.notes.total]).toEqual([0, 0, 0]);
  });
});

describe('SearchIndex updates', () => {
  it('adds, updates and removes documents without a rebuild', () => {
    const index = archive();
    const renamed = {
      ...LOSIK,
      names: [
        {
          id: LOSIK.names[0]?.id ?? '',
          text: 'Ihar Zaitsau',
          script: 'latin' as const,
          kind: 'primary' as const,
        },
      ],
    };
    index.update(caseDoc(renamed, TAG_NAMES));
    expect(caseIds(index.search('Zaitsau'))).toEqual([LOSIK.id]);
    expect(caseIds(index.search('Лосік'))).not.toContain(LOSIK.id);

    expect(index.remove('source', sourceId('004'))).toBe(true);
    expect(index.remove('source', sourceId('004'))).toBe(false);
    expect(sourcePrefixes(index.search('Pratasevich'))).toEqual([]);
    expect(() => index.add(caseDoc(STATKEVICH))).toThrow(/already indexed/u);
  });

  it('survives toJSON / fromJSON (and JSON text) with the same results', () => {
    const index = archive();
    const restored = SearchIndex.fromJSON(
      JSON.parse(JSON.stringify(index.toJSON())) as ReturnType<SearchIndex['toJSON']>,
    );
    for (const q of ['15 years RFE/RL', 'Статкевич', 'Lasik', 'status:released', '"three years"']) {
      expect(JSON.stringify(restored.search(q, { textOf }))).toBe(
        JSON.stringify(index.search(q, { textOf })),
      );
    }
    restored.remove('case', LOSIK.id);
    expect(caseIds(restored.search('Losik'))).toEqual([]);
  });

  it('refuses an index saved by another version', () => {
    const saved = { ...archive().toJSON(), version: -1 };
    expect(() => SearchIndex.fromJSON(saved)).toThrow(/another version/u);
  });

  it('builds in chunks with progress, and searches with texts loaded in one batch', async () => {
    const docs = archiveDocs(seedTexts);
    const progress: number[] = [];
    const index = await buildSearchIndex(docs, {
      chunkSize: 4,
      total: docs.length,
      onProgress: (p) => progress.push(p.done),
      pause: () => Promise.resolve(),
    });
    expect(progress).toEqual([4, 8, 12, 13]);
    expect(index.size).toBe(docs.length);
    const asked: string[][] = [];
    const r = await index.searchAsync('"15 years"', {
      loadTexts: (wanted) => {
        asked.push(wanted.map((t) => t.sha256));
        return Promise.resolve(new Map(wanted.map((t) => [t.sourceId, textOf(t.sourceId) ?? ''])));
      },
    });
    expect(asked).toHaveLength(1);
    expect(sourcePrefixes(r)).toEqual(['004']);
    expect(marked(r.sources.hits[0]?.snippet ?? null)).toContain('15 years');
  });
});
