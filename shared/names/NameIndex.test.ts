import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NameIndex, type PersonNames } from './NameIndex.js';
import { DISTRACTORS, NAME_VARIANT_CASES } from './nameVariants.test-data.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.resolve(repoRoot, '../shared/fixtures/name-variants.tsv');

function indexOf(people: readonly PersonNames[]): NameIndex {
  const index = new NameIndex();
  for (const p of people) index.add(p);
  return index;
}

const distractors: PersonNames[] = DISTRACTORS.map((d) => ({ id: d.key, names: d.names }));
const everyone: PersonNames[] = [
  ...NAME_VARIANT_CASES.map((c) => ({ id: c.key, names: c.names })),
  ...distractors,
];

describe('the shared fixture name-variants.tsv', () => {
  const rows = readFileSync(fixture, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))
    .map(([canonical = '', variant = '', note = '']) => ({ canonical, variant, note }));
  // The people are only their canonical Latin names: every other spelling must be found
  // through the name rules, not because the archive happens to hold it.
  const canonicals = [...new Set(rows.map((r) => r.canonical))];
  const index = indexOf([
    ...canonicals.map((c) => ({ id: c, names: [{ text: c }] })),
    ...distractors,
  ]);

  it('has rows', () => expect(rows.length).toBeGreaterThan(10));
  it.each(rows)('$variant finds $canonical first ($note)', ({ canonical, variant }) => {
    expect(index.search(variant)[0]?.personId).toBe(canonical);
  });
});

describe('the larger variants table', () => {
  const index = indexOf(everyone);
  const rows = NAME_VARIANT_CASES.flatMap((c) =>
    c.variants.map((variant) => ({ key: c.key, variant })),
  );
  it.each(rows)('$variant finds $key first', ({ key, variant }) => {
    expect(index.search(variant)[0]?.personId).toBe(key);
  });
});

describe('NameIndex ranking and options', () => {
  const index = indexOf(everyone);

  it('puts the exact person above a look-alike, both ways', () => {
    expect(index.search('Statkevich').map((m) => m.personId)[0]).toBe('statkevich');
    expect(index.search('Stankevich').map((m) => m.personId)[0]).toBe('stankevich');
    expect(index.search('Lasko')[0]?.personId).toBe('lasko');
    expect(index.search('Losik')[0]?.personId).toBe('losik');
  });

  it('tells the tier and marks the matched words in the name shown', () => {
    const [m] = index.search('Nikolai Statkevich');
    expect(m).toMatchObject({ personId: 'statkevich', tier: 'variant', matchedWords: [0, 1] });
    const name = Array.from(m?.name ?? '');
    expect(m?.highlights.map((h) => name.slice(h.start, h.end).join(''))).toHaveLength(2);
    expect(index.search('Statkevich')[0]).toMatchObject({
      tier: 'exact',
      name: 'Mikalai Statkevich',
    });
    expect(index.search('Statkevch')[0]).toMatchObject({ personId: 'statkevich', tier: 'fuzzy' });
  });

  it('completes the word being typed when asked', () => {
    expect(index.search('Statkev').map((m) => m.tier)).not.toContain('prefix');
    expect(index.search('Statkev', { prefix: true })[0]).toMatchObject({
      personId: 'statkevich',
      tier: 'prefix',
    });
    expect(index.search('Статкев', { prefix: true })[0]?.personId).toBe('statkevich');
  });

  it('gives as its first people, with a small limit, the first people of a large one', () => {
    // Many near ties: the same words in one name (a bonus) or across two, variants, typos.
    const given = ['Mikalai', 'Nikolai', 'Ihar', 'Maryia'];
    const surnames = ['Statkevich', 'Stankevich', 'Statkievič', 'Statkevch', 'Kalesnikava'];
    const crowd = indexOf([
      ...everyone,
      ...given.flatMap((g, i) =>
        surnames.flatMap((s, j) => [
          { id: `together-${i}-${j}`, names: [{ text: `${g} ${s}` }] },
          { id: `apart-${i}-${j}`, names: [{ text: g }, { text: `Ivan ${s}` }] },
        ]),
      ),
    ]);
    for (const q of ['Mikalai Statkevich', 'Statkevich', 'Nikolai Statk', 'Ihar Kalesnikava']) {
      const all = JSON.stringify(crowd.search(q, { prefix: true, limit: 100 }));
      for (let limit = 1; limit <= 8; limit++) {
        const few = JSON.stringify(crowd.search(q, { prefix: true, limit }));
        expect(few).toBe(JSON.stringify(JSON.parse(all).slice(0, limit)));
      }
    }
  });

  it('lists equal matches in the order of their ids, however many and in whatever order added', () => {
    // 90 people matched equally by their given name alone: far more than a limit's worth.
    const ids = Array.from({ length: 90 }, (_, i) => `p-${String(i).padStart(2, '0')}`);
    const people = ids.map((id, i) => ({ id, names: [{ text: `Hanna Surname${i}` }] }));
    for (const order of [people, [...people].reverse()]) {
      const index = indexOf(order);
      expect(index.search('Hanna', { limit: 7 }).map((m) => m.personId)).toEqual(ids.slice(0, 7));
      expect(index.search('Hanna', { limit: 40 }).map((m) => m.personId)).toEqual(ids.slice(0, 40));
    }
  });

  it('keeps to the same script when cross-script matching is off', () => {
    const latinOnly = indexOf([{ id: 'x', names: [{ text: 'Siarhei Tsikhanouski' }] }]);
    expect(latinOnly.search('Тихановский')[0]?.personId).toBe('x');
    expect(latinOnly.search('Тихановский', { crossScript: false })).toEqual([]);
    expect(latinOnly.search('Tsikhanouskі', { crossScript: false })[0]?.personId).toBe('x');
    expect(latinOnly.search('tsikhanouski', { crossScript: false })[0]?.tier).toBe('exact');
  });
});

describe('NameIndex updates and saving', () => {
  it('adds, updates and removes people', () => {
    const index = indexOf(everyone);
    index.update({ id: 'losik', names: [{ text: 'Ihar Zaitsau' }] });
    expect(index.search('Losik')[0]?.personId).not.toBe('losik');
    expect(index.search('Zaitsau')[0]?.personId).toBe('losik');
    expect(index.remove('losik')).toBe(true);
    expect(index.remove('losik')).toBe(false);
    expect(index.search('Zaitsau')).toEqual([]);
    expect(() => index.add({ id: 'statkevich', names: [] })).toThrow(/already indexed/u);
  });

  it('restores from JSON with the same answers', () => {
    const index = indexOf(everyone);
    index.remove('lasko');
    const restored = NameIndex.fromJSON(
      JSON.parse(JSON.stringify(index.toJSON())) as ReturnType<NameIndex['toJSON']>,
    );
    for (const q of ['Statkievič', 'Lasik', 'Nikolai Statkevich', 'Tikhanovskaya', 'Statkevch']) {
      expect(restored.search(q, { prefix: true })).toEqual(index.search(q, { prefix: true }));
    }
    restored.add({ id: 'new', names: [{ text: 'Аляксандр Лукашэнка' }] });
    expect(restored.search('Alexander Lukashenko')[0]?.personId).toBe('new');
    expect(() => NameIndex.fromJSON({ ...index.toJSON(), version: 0 })).toThrow(/another version/u);
  });
});
