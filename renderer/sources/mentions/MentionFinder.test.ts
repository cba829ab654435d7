import { describe, expect, it } from 'vitest';
import type { PersonNames } from '../../../shared/names/index.js';
import { MentionFinder } from './MentionFinder';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'tu', 'se', 'vo', 'ni', 'da', 'zhe'];
const GIVEN = ['Anton', 'Boris', 'Daria', 'Elena', 'Fedar', 'Hanna', 'Ilya', 'Kira'];

/** 10,000 people with made-up surnames of four syllables, each in Latin and Cyrillic. */
function manyPeople(): PersonNames[] {
  const out: PersonNames[] = [];
  for (let i = 0; i < 10_000; i++) {
    const digits = String(i).padStart(4, '0').split('').map(Number);
    const surname = digits.map((d) => SYLLABLES[d]).join('');
    const latin = `${GIVEN[i % GIVEN.length]} ${surname.charAt(0).toUpperCase()}${surname.slice(1)}`;
    out.push({ id: `p${i}`, names: [{ text: latin, script: 'latin', kind: 'primary' }] });
  }
  return out;
}

const STATKEVICH: PersonNames = {
  id: 'statkevich',
  names: [
    { text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' },
    { text: 'Мікалай Статкевіч', script: 'be', kind: 'primary' },
    { text: 'Николай Статкевич', script: 'ru', kind: 'primary' },
  ],
};
const LOSIK: PersonNames = {
  id: 'losik',
  names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
};

const TEXT =
  'Мікалай Статкевіч 🙂 адмовіўся з’ехаць. Nikolai Statkevich and Ihar Losik met Elena Kalomira.\n' +
  'Later Ivan Petrov said Statkevich stayed.';

describe('MentionFinder', () => {
  it('finds known people across scripts among 10,000 names, and names matching no one', () => {
    const finder = new MentionFinder();
    finder.apply({ upserts: [...manyPeople(), STATKEVICH, LOSIK], removals: [] });
    expect(finder.size).toBe(10_002);

    const found = finder.find(TEXT);
    const ids = found.people.map((p) => p.personId);
    expect(ids).toEqual(['statkevich', 'losik', 'p123']);
    const statkevich = found.people[0]?.occurrences ?? [];
    expect(statkevich.map((o) => o.text)).toEqual([
      'Мікалай Статкевіч',
      'Nikolai Statkevich',
      'Statkevich',
    ]);
    // UTF-16 offsets past the emoji differ from code points by one; both are right.
    for (const o of [...statkevich, ...found.people.flatMap((p) => p.occurrences)]) {
      expect(TEXT.slice(o.start16, o.end16)).toBe(o.text);
      expect(Array.from(TEXT).slice(o.start, o.end).join('')).toBe(o.text);
    }
    expect(statkevich[1]?.start16).toBe((statkevich[1]?.start ?? 0) + 1);
    expect(found.people[2]?.occurrences.map((o) => o.text)).toEqual(['Elena Kalomira']);
    expect(found.unknown.map((u) => u.name)).toEqual(['Ivan Petrov']);
  }, 120_000);

  it('applies changes: a new person becomes known, a removed one unknown again', () => {
    const finder = new MentionFinder();
    finder.apply({ upserts: [STATKEVICH, LOSIK], removals: [] });
    expect(finder.find(TEXT).unknown.map((u) => u.name)).toContain('Ivan Petrov');

    const petrov = { id: 'petrov', names: [{ text: 'Ivan Petrov' }] };
    finder.apply({ upserts: [petrov], removals: ['losik'] });
    const after = finder.find(TEXT);
    expect(after.people.map((p) => p.personId)).toEqual(['statkevich', 'petrov']);
    expect(after.unknown.map((u) => u.name)).toContain('Ihar Losik');
    expect(after.unknown.map((u) => u.name)).not.toContain('Ivan Petrov');
  });
});
