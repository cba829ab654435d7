import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_INDEX_VERSION, NameIndex, type PersonNames } from './NameIndex.js';

const WORDS = [
  'Mikalai',
  'Statkevich',
  'Статкевіч',
  'Николай',
  'Ihar',
  'Losik',
  'Лосік',
  'Tsikhanouski',
  'Тихановская',
  'Sviatlana',
  'Ales',
  'Bialiatski',
  'Алесь',
  'Stankevich',
  'Maria',
  'Kalesnikava',
];
const QUERIES = ['Statkevich', 'Лосик', 'Tikhanovskaya', 'Statkevch', 'Ales Bialiatski', 'Stank'];

const nameArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((words) => ({ text: words.join(' ') }));
const personArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  names: fc.array(nameArb, { minLength: 1, maxLength: 3 }),
});
const opArb = fc.oneof(
  personArb.map((p) => ({ op: 'update' as const, person: p })),
  fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f').map((id) => ({ op: 'remove' as const, id })),
  fc.constant({ op: 'save' as const }),
);

const answers = (index: NameIndex) =>
  QUERIES.map((q) => index.search(q, { prefix: true }).map((m) => [m.personId, m.name, m.tier]));

describe('NameIndex saved and restored', () => {
  it('lists equal matches in the same order however the index was built (found by the property below)', () => {
    const edited = new NameIndex();
    edited.update({ id: 'c', names: [{ text: 'Losik Mikalai' }, { text: 'Mikalai' }] });
    edited.update({ id: 'a', names: [{ text: 'Лосік' }, { text: 'Mikalai' }] });
    edited.update({ id: 'd', names: [{ text: 'Losik' }, { text: 'Mikalai' }] });
    edited.remove('c');
    const fresh = new NameIndex();
    fresh.addAll([
      { id: 'd', names: [{ text: 'Losik' }, { text: 'Mikalai' }] },
      { id: 'a', names: [{ text: 'Лосік' }, { text: 'Mikalai' }] },
    ]);
    // 'Лосик' meets 'Лосік' and 'Losik' equally (both variants): ties go by id.
    const ids = (index: NameIndex) => index.search('Лосик').map((m) => [m.personId, m.tier]);
    expect(ids(edited)).toEqual([
      ['a', 'variant'],
      ['d', 'variant'],
    ]);
    expect(ids(fresh)).toEqual(ids(edited));
  });

  it('answers as a fresh build does, through any edits and restores', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        let index = new NameIndex();
        const truth = new Map<string, PersonNames>();
        for (const o of ops) {
          if (o.op === 'update') {
            index.update(o.person);
            truth.delete(o.person.id);
            truth.set(o.person.id, o.person);
          } else if (o.op === 'remove') {
            index.remove(o.id);
            truth.delete(o.id);
          } else {
            index = NameIndex.fromJSON(structuredClone(index.toJSON()));
          }
        }
        const fresh = new NameIndex();
        fresh.addAll(truth.values());
        expect(index.size).toBe(truth.size);
        expect(answers(index)).toEqual(answers(fresh));
        for (const id of truth.keys()) expect(index.namesOf(id)).toEqual(fresh.namesOf(id));
        const restored = NameIndex.fromJSON(structuredClone(index.toJSON()));
        expect(answers(restored)).toEqual(answers(fresh));
        expect(restored.matchTextWord('Статкевича')).toEqual(fresh.matchTextWord('Статкевича'));
      }),
      { numRuns: 150 },
    );
  });

  it('builds in bulk what it builds one by one', () => {
    const people = WORDS.map((w, i) => ({ id: `p${i}`, names: [{ text: `Ales ${w}` }] }));
    const bulk = new NameIndex();
    bulk.addAll(people);
    const single = new NameIndex();
    for (const p of people) single.add(p);
    expect(answers(bulk)).toEqual(answers(single));
  });

  it('refuses an index saved by another version, or one that does not add up', () => {
    const index = new NameIndex();
    index.add({ id: 'x', names: [{ text: 'Mikalai Statkevich' }] });
    const saved = index.toJSON();
    expect(() => NameIndex.fromJSON({ ...saved, version: NAME_INDEX_VERSION - 1 })).toThrow(
      /another version/u,
    );
    // The shape version 1 saved: arrays of small arrays, no packed vocabulary.
    const v1 = { format: 'kartoteka-name-index', version: 1, tokens: [], persons: [] };
    expect(() => NameIndex.fromJSON(v1 as unknown as typeof saved)).toThrow();
    const badToken = structuredClone(saved);
    badToken.persons.tokens[0] = 9999;
    expect(() => NameIndex.fromJSON(badToken)).toThrow(/do not add up/u);
    const short = structuredClone(saved);
    short.persons.tokenCounts = new Uint32Array(0);
    expect(() => NameIndex.fromJSON(short)).toThrow(/do not add up/u);
  });
});
