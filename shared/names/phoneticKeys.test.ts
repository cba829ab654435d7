import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameIndex } from './NameIndex.js';
import { phoneticKeys } from './phoneticKeys.js';
import { ROMANIZATION_SYSTEMS, romanize } from './romanize.js';

const shareSkeleton = (a: string, b: string) => {
  const kb = new Set(phoneticKeys(b).skeletons);
  return phoneticKeys(a).skeletons.some((s) => kb.has(s));
};

describe('phoneticKeys', () => {
  it.each([
    ['Statkevich', 'Statkievič', 'Статкевіч', 'Статкевич', 'Statkiewicz', 'Statkewitsch'],
    ['Tsikhanouski', 'Tikhanovsky', 'Cichanoŭski', 'Ціханоўскі', 'Тихановский', 'Tsikhanouskiy'],
    ['Kalesnikava', 'Kolesnikova', 'Калеснікава', 'Колесникова', 'Kalyesnikava'],
    ['Bialiatski', 'Byalyatski', 'Beliatsky', 'Bialacki', 'Бяляцкі', 'Беляцкий'],
    ['Losik', 'Lasik', 'Łosik', 'Лосік', 'Лосик'],
    ['Siarhei', 'Sergey', 'Sergei', 'Siarhiej', 'Сяргей', 'Сергей'],
    ['Alexievich', 'Aleksijevič', 'Алексіевіч', 'Алексиевич'],
    ['Tatsiana', 'Tacciana', 'Tatyana', 'Таццяна', 'Татьяна'],
    ['Lukashenka', 'Lukashenko', 'Lukašenka', 'Лукашэнка', 'Лукашенко'],
    ['Shchukin', 'Ŝukin', 'Ščukin', 'Szczukin', 'Щукин', 'Шчукін'],
  ])('%s and its spellings meet', (...spellings) => {
    for (const a of spellings)
      for (const b of spellings) expect(shareSkeleton(a, b), `${a} / ${b}`).toBe(true);
  });

  it.each([
    ['Statkevich', 'Stankevich'],
    ['Losik', 'Lasko'],
    ['Tsikhanouski', 'Tsikhanau'],
    ['Kolesnikova', 'Kalesnik'],
  ])('%s and %s stay apart', (a, b) => expect(shareSkeleton(a, b)).toBe(false));

  it('keys the letters whose reading differs between systems both ways', () => {
    // ch is х in Łacinka and ч in English; c is ц or k.
    expect(phoneticKeys('Chamienka').skeletons).toEqual(
      expect.arrayContaining(['č*m*nk', 'h*m*nk']),
    );
    expect(phoneticKeys('Cichanoŭski').skeletons).toContain('t*h*n*vsk');
  });

  it('ignores apostrophes, soft signs and case', () => {
    expect(phoneticKeys("Igor'").skeletons).toEqual(phoneticKeys('IHAR').skeletons);
    expect(phoneticKeys('Зеньковіч').skeletons).toEqual(phoneticKeys('Зянковіч').skeletons);
  });
});

// ——— generated names ———

const CONSONANTS = [
  'б',
  'в',
  'г',
  'д',
  'ж',
  'з',
  'к',
  'л',
  'м',
  'н',
  'п',
  'р',
  'с',
  'т',
  'ф',
  'х',
  'ц',
  'ч',
  'ш',
  'дз',
];
const VOWELS = ['а', 'о', 'е', 'і', 'ы', 'у', 'я', 'ю', 'э'];
const ENDINGS = [
  'віч',
  'скі',
  'ка',
  'ук',
  'енка',
  'ава',
  'ін',
  'ец',
  'оўскі',
  'аў',
  'ёнак',
  'ская',
  'іч',
];

/** A made-up Belarusian surname: two or three consonant-vowel syllables and a usual ending. */
const belarusianName = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...CONSONANTS), fc.constantFrom(...VOWELS)), {
      minLength: 2,
      maxLength: 3,
    }),
    fc.constantFrom(...ENDINGS),
  )
  .map(([syllables, ending]) => {
    const word = syllables.map(([c, v]) => c + v).join('') + ending;
    return word.charAt(0).toUpperCase() + word.slice(1);
  });

/**
 * The Russian form of a Belarusian name by the regular correspondences, each applied or not
 * at random: а→о (akanne), я→е (jakanne), ц→т and дз→д before soft vowels (tsekanne,
 * dzekanne), ў→в, і→и, ы→и after к г х, э→е, -ка→-ко, -скі→-ский, -ава→-ова.
 */
function russianForm(be: string, choices: readonly boolean[]): string {
  let k = 0;
  const maybe = () => choices[k++ % choices.length] ?? false;
  let s = be.toLowerCase();
  s = s
    .replace(/скі$/u, 'ский')
    .replace(/ская$/u, 'ская')
    .replace(/ава$/u, () => (maybe() ? 'ова' : 'ава'));
  s = s.replace(/ка$/u, () => (maybe() ? 'ко' : 'ка'));
  s = s.replace(/ў/gu, 'в').replace(/і/gu, 'и').replace(/э/gu, 'е');
  s = s.replace(/([кгх])ы/gu, '$1и');
  s = s.replace(/дз(?=[иеяюь])/gu, () => (maybe() ? 'д' : 'дз'));
  s = s.replace(/ц(?=[иеяюь])/gu, () => (maybe() ? 'т' : 'ц'));
  s = s.replace(/(?<=.)а/gu, () => (maybe() ? 'о' : 'а'));
  s = s.replace(/(?<=[бвгдзклмнпрстфх])я/gu, () => (maybe() ? 'е' : 'я'));
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const BE_SYSTEMS = ROMANIZATION_SYSTEMS.filter((s) => s.startsWith('be-'));
const RU_SYSTEMS = ROMANIZATION_SYSTEMS.filter((s) => s.startsWith('ru-'));

const spellingsOf = fc
  .tuple(
    belarusianName,
    fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    fc.constantFrom(...BE_SYSTEMS),
    fc.constantFrom(...RU_SYSTEMS),
  )
  .map(([be, choices, beSystem, ruSystem]) => {
    const ru = russianForm(be, choices);
    return { be, ru, beLatin: romanize(be, beSystem), ruLatin: romanize(ru, ruSystem) };
  });

// Consonant classes whose Latin spellings are never confused (ch can be х or ч, c can be ц,
// к or с), so a name changed in one of them is a different name in every script.
const UNAMBIGUOUS = ['б', 'п', 'д', 'м', 'н', 'р', 'л', 'з', 'ф', 'ж', 'ш'];

describe('names with many ambiguous letters', () => {
  it('meet their Cyrillic forms read either way, beyond the readings kept per word', () => {
    // Four ambiguous letters: sixteen readings, of which eight are kept.
    expect(shareSkeleton('Chachachajec', 'Хахахаец')).toBe(true);
    expect(shareSkeleton('Chachachajec', 'Чачачаек')).toBe(true);
    expect(shareSkeleton('Xaxaxaxa', 'Хахахаха')).toBe(true);
    expect(phoneticKeys('Chachachajec').fine).toHaveLength(8);
    // The first readings, which a typo search tries, are as they were.
    expect(phoneticKeys('Chachachajec').fine.slice(0, 2)).toEqual(['čačačet', 'čačaček']);
  });
});

describe('generated names', () => {
  it('a Belarusian name, its Russian form and their romanisations all meet', () => {
    fc.assert(
      fc.property(spellingsOf, ({ be, ru, beLatin, ruLatin }) => {
        const all = [be, ru, beLatin, ruLatin];
        for (const a of all)
          for (const b of all) expect(shareSkeleton(a, b), `${a} / ${b}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a name changed in one consonant stays apart and never outranks the original', () => {
    const mutated = fc
      .tuple(spellingsOf, fc.nat(), fc.constantFrom(...UNAMBIGUOUS))
      .map(([spellings, at, replacement]) => {
        const letters = Array.from(spellings.be);
        const positions = letters.flatMap((c, i) =>
          UNAMBIGUOUS.includes(c.toLowerCase()) ? [i] : [],
        );
        const pos = positions[at % Math.max(1, positions.length)];
        if (pos === undefined || letters[pos]?.toLowerCase() === replacement) return null;
        // Not inside or next to a digraph, and not doubling a neighbour: дз, тс and doubled
        // letters are one sound by the rules, so such a change is no change at all.
        const before = letters[pos - 1]?.toLowerCase() ?? '';
        const after = letters[pos + 1]?.toLowerCase() ?? '';
        const pair = (x: string, y: string) => ['дз', 'тс', 'дж'].includes(x + y);
        const changesDigraph =
          pair(before, letters[pos]?.toLowerCase() ?? '') ||
          pair(letters[pos]?.toLowerCase() ?? '', after) ||
          pair(before, replacement) ||
          pair(replacement, after);
        if (changesDigraph || before === replacement || after === replacement) return null;
        const upper = letters[pos] !== letters[pos]?.toLowerCase();
        letters[pos] = upper ? replacement.toUpperCase() : replacement;
        return { ...spellings, other: letters.join('') };
      })
      .filter((x): x is NonNullable<typeof x> => x !== null);
    fc.assert(
      fc.property(mutated, ({ be, ru, beLatin, ruLatin, other }) => {
        expect(shareSkeleton(be, other)).toBe(false);
        const index = new NameIndex();
        index.add({ id: 'original', names: [{ text: be }] });
        index.add({ id: 'other', names: [{ text: other }] });
        for (const q of [be, ru, beLatin, ruLatin])
          expect(index.search(q)[0]?.personId, q).toBe('original');
      }),
      { numRuns: 300 },
    );
  });
});
