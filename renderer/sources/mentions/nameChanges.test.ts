import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonName, PersonNames } from '../../../shared/names/index.js';
import { nameChanges } from './nameChanges';

const person = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
  names: fc.array(
    fc.record({
      text: fc.constantFrom('Ihar Losik', 'Ігар Лосік', 'Mikalai Statkevich', 'Losik'),
      script: fc.constantFrom('be' as const, 'ru' as const, 'latin' as const),
      kind: fc.constantFrom('primary' as const, 'alias' as const),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});
const archive = fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 5 });

describe('nameChanges', () => {
  it('applied in turn, the changes always leave the receiver with the latest names', () => {
    fc.assert(
      fc.property(fc.array(archive, { minLength: 1, maxLength: 6 }), (states) => {
        const indexed = new Map<string, readonly PersonName[]>();
        const receiver = new Map<string, PersonNames>();
        for (const people of states) {
          const { upserts, removals } = nameChanges(indexed, people);
          for (const id of removals) receiver.delete(id);
          for (const p of upserts) receiver.set(p.id, p);
          expect(new Set(removals).size).toBe(removals.length);
        }
        const last = states[states.length - 1] ?? [];
        expect([...receiver.keys()].sort()).toEqual(last.map((p) => p.id).sort());
        for (const p of last) expect(receiver.get(p.id)?.names).toEqual(p.names);
      }),
    );
  });

  it('sends nothing when nothing changed, and only the person whose names changed', () => {
    const indexed = new Map<string, readonly PersonName[]>();
    const a = { id: 'a', names: [{ text: 'Ihar Losik', script: 'latin' as const }] };
    const b = { id: 'b', names: [{ text: 'Mikalai Statkevich', script: 'latin' as const }] };
    expect(nameChanges(indexed, [a, b]).upserts).toHaveLength(2);
    expect(nameChanges(indexed, [{ ...a }, { ...b }])).toEqual({ upserts: [], removals: [] });
    const renamed = { ...b, names: [...b.names, { text: 'Статкевіч', script: 'be' as const }] };
    const changes = nameChanges(indexed, [a, renamed]);
    expect(changes.upserts.map((p) => p.id)).toEqual(['b']);
    expect(nameChanges(indexed, [renamed])).toEqual({ upserts: [], removals: ['a'] });
  });
});
