import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.js';
import { NameIndex } from './NameIndex.js';
import { DISTRACTORS, NAME_VARIANT_CASES } from './nameVariants.test-data.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seed = (prefix: string) => {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(path.join(seedsDir, file), 'utf8');
};

const index = new NameIndex();
for (const c of [...NAME_VARIANT_CASES, ...DISTRACTORS]) index.add({ id: c.key, names: c.names });

const codePointSlice = (text: string, start: number, end: number) =>
  Array.from(text).slice(start, end).join('');

describe('findMentions on the seed articles', () => {
  it('seed 004 mentions Statkevich, Losik, Tsikhanouski, Tsikhanouskaya and Pratasevich', () => {
    const found = findMentions(seed('004'), index);
    expect(found.people.map((p) => p.personId).sort()).toEqual(
      ['losik', 'pratasevich', 'statkevich', 'tsikhanouskaya', 'tsikhanouski'].sort(),
    );
    const statkevich = found.people.find((p) => p.personId === 'statkevich');
    expect(statkevich?.mentions.map((m) => m.text)).toEqual([
      'Mikalai Statkevich',
      'Statkevich',
      'Statkevich',
    ]);
  });

  it('seed 004 lists the names that match nobody, without titles, places or organisations', () => {
    const names = findMentions(seed('004'), index).unknown.map((u) => u.name);
    expect(names).toContain('Kristina Belikova');
    expect(names).toContain('Vladimir Putin');
    expect(names).toContain('Katie Marie Davies');
    for (const notAPerson of [
      'Associated Press',
      'European Union',
      'Truth Social',
      'Amnesty International',
      'Foreign Ministry',
    ])
      expect(names.join('|')).not.toContain(notAPerson);
    expect(names.some((n) => n.startsWith('President') || n.startsWith('Russian'))).toBe(false);
  });

  it('finds Russian press spellings of Belarusian names (seed 002)', () => {
    const found = findMentions(seed('002'), index);
    const byId = new Map(found.people.map((p) => [p.personId, p.mentions.map((m) => m.text)]));
    expect(byId.get('statkevich')).toEqual(['Nikolai Statkevich']);
    expect(byId.get('tsikhanouski')).toEqual([
      'Sergey Tikhanovsky',
      'Siarhei Tsikhanouskiy',
      'Tikhanovsky',
    ]);
    expect(byId.get('tsikhanouskaya')).toContain('Svetlana Tikhanovskaya');
  });

  it('strips titles and keeps the name (seed 000)', () => {
    const found = findMentions(seed('000'), index);
    const lukashenka = found.unknown.find((u) => u.name === 'Alexander Lukashenko');
    expect(lukashenka?.mentions.length).toBe(2);
    expect(found.unknown.map((u) => u.name)).not.toContain('Nobel Peace Prize');
    expect(found.people.map((p) => p.personId)).toEqual(
      expect.arrayContaining([
        'bialiatski',
        'kolesnikova',
        'babaryka',
        'khamenka',
        'nyadbay',
        'alexievich',
      ]),
    );
  });

  it('gives ranges in code points that cut out exactly the mention', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const text = seed(prefix);
      const found = findMentions(text, index);
      for (const m of found.people.flatMap((p) => p.mentions))
        expect(codePointSlice(text, m.start, m.end)).toBe(m.text);
    }
  });
});

describe('findMentions', () => {
  it('works in Cyrillic and counts code points after astral characters', () => {
    const text =
      '🕊️ Палітвязні Мікалай Статкевіч і Ігар Лосік. Аляксандр Лукашэнка памілаваў Статкевича.';
    const found = findMentions(text, index);
    const statkevich = found.people.find((p) => p.personId === 'statkevich');
    expect(statkevich?.mentions.map((m) => m.text)).toEqual(['Мікалай Статкевіч', 'Статкевича']);
    for (const m of statkevich?.mentions ?? [])
      expect(codePointSlice(text, m.start, m.end)).toBe(m.text);
    expect(found.people.map((p) => p.personId)).toContain('losik');
    expect(found.unknown.map((u) => u.name)).toEqual(['Аляксандр Лукашэнка']);
  });

  it('does not take a given name alone for a mention', () => {
    expect(findMentions('Mikalai said that Maria would come.', index).people).toEqual([]);
  });

  it('lists a mention for both people when they share the surname', () => {
    const found = findMentions('Babaryka was released.', index);
    expect(found.people.map((p) => p.personId).sort()).toEqual(['babaryka', 'eduard-babaryka']);
  });

  it('accepts a plain list of people', () => {
    const found = findMentions('Ihar Losik', [{ id: 'x', names: [{ text: 'Ігар Лосік' }] }]);
    expect(found.people).toEqual([
      { personId: 'x', mentions: [{ start: 0, end: 10, text: 'Ihar Losik' }] },
    ]);
  });

  it('keeps to the same spelling when cross-script matching is off', () => {
    expect(findMentions('Statkievič', index, { crossScript: false }).people).toEqual([]);
    expect(findMentions('Statkievič', index).people.map((p) => p.personId)).toEqual(['statkevich']);
    expect(
      findMentions('Mikalai Statkevich', index, { crossScript: false }).people.map(
        (p) => p.personId,
      ),
    ).toEqual(['statkevich']);
  });
});

describe('findMentions keeps a relative apart (surname gender, given name)', () => {
  // The archive without Sviatlana Tsikhanouskaya: only her husband has the skeleton t*h*n*vsk.
  const withoutWife = new NameIndex();
  for (const c of [...NAME_VARIANT_CASES, ...DISTRACTORS])
    if (c.key !== 'tsikhanouskaya') withoutWife.add({ id: c.key, names: c.names });
  const ids = (text: string, people: NameIndex = withoutWife) =>
    findMentions(text, people).people.map((p) => p.personId);

  it('does not give the feminine surname to the man, in all three scripts', () => {
    for (const wife of [
      'Tsikhanouskaya',
      'Tikhanovskaya',
      'Cichanouska',
      'Тихановская',
      'Ціханоўская',
      'Тихановской',
      'Ціханоўскай',
    ])
      expect(ids(`${wife} spoke in Vilnius.`), wife).toEqual([]);
  });

  it('still finds the masculine surname alone, in all three scripts', () => {
    for (const husband of ['Tsikhanouski', 'Tikhanovsky', 'Тихановский', 'Ціханоўскі'])
      expect(ids(`${husband} was released.`), husband).toEqual(['tsikhanouski']);
  });

  it('makes "Sviatlana Tsikhanouskaya" an unknown name rather than Siarhei', () => {
    for (const [text, name] of [
      ['Sviatlana Tsikhanouskaya met the envoy.', 'Sviatlana Tsikhanouskaya'],
      ['Светлана Тихановская встретилась с послом.', 'Светлана Тихановская'],
      ['Святлана Ціханоўская сустрэлася з паслом.', 'Святлана Ціханоўская'],
    ] as const) {
      const found = findMentions(text, withoutWife);
      expect(found.people, text).toEqual([]);
      expect(found.unknown.map((u) => u.name)).toEqual([name]);
    }
  });

  it('does not take a run with someone else’s given name for the person', () => {
    // Sviatlana is a given name in the archive (Sviatlana Alexievich), not Siarhei's.
    for (const text of ['Sviatlana Tsikhanouski', 'Святлана Ціханоўскі', 'Светлана Тихановский'])
      expect(ids(text), text).toEqual([]);
    // Mikalai is a given name of the table.
    expect(ids('Mikalai Tsikhanouski')).toEqual([]);
    // His own given names, in any script, still go with the surname.
    for (const text of ['Siarhei Tsikhanouski', 'Sergey Tikhanovsky', 'Сяргей Ціханоўскі'])
      expect(ids(text), text).toEqual(['tsikhanouski']);
  });

  it('gives the feminine forms to a woman and not the masculine ones', () => {
    for (const text of ['Kalesnikava', 'Kolesnikova', 'Калеснікава', 'Колесникова', 'Колесниковой'])
      expect(ids(text), text).toEqual(['kolesnikova']);
    for (const text of ['Kalesnikau', 'Kolesnikov', 'Калеснікаў', 'Колесников'])
      expect(ids(text), text).toEqual([]);
  });

  it('still finds a man whose -ов surname a Russian or Belarusian text declines like a woman’s', () => {
    const kolesnikov = [
      { id: 'man', names: [{ text: 'Колесников Павел' }, { text: 'Pavel Kolesnikov' }] },
    ];
    const found = (text: string) => findMentions(text, kolesnikov).people.map((p) => p.personId);
    expect(found('Суд продлил арест Колесникова.')).toEqual(['man']);
    expect(found('Kolesnikova was released.')).toEqual([]);
  });

  it('with the wife in the archive, each keeps their own mentions', () => {
    const found = findMentions(
      'Sviatlana Tsikhanouskaya said that Siarhei Tsikhanouski and Tsikhanouskaya met.',
      index,
    );
    const byId = new Map(found.people.map((p) => [p.personId, p.mentions.map((m) => m.text)]));
    expect(byId.get('tsikhanouskaya')).toEqual(['Sviatlana Tsikhanouskaya', 'Tsikhanouskaya']);
    expect(byId.get('tsikhanouski')).toEqual(['Siarhei Tsikhanouski']);
  });

  it('leaves surnames without a gendered ending alone', () => {
    expect(ids('Statkevich')).toEqual(['statkevich']);
    expect(ids('Статкевіч')).toEqual(['statkevich']);
  });
});

describe('findMentions and surname gender (property)', () => {
  const LATIN = { consonants: 'bdklmnprt', vowels: 'aeiou' };
  const CYRILLIC = { consonants: 'бдклмнпрт', vowels: 'аеоіу' };
  const ENDINGS = {
    latin: [
      ['ski', 'skaya'],
      ['ov', 'ova'],
      ['in', 'ina'],
    ],
    cyrillic: [
      ['скі', 'ская'],
      ['ский', 'ская'],
      ['ов', 'ова'],
      ['аў', 'ава'],
      ['ін', 'іна'],
      ['ин', 'ина'],
    ],
  } as const;
  const stem = (letters: { consonants: string; vowels: string }) =>
    fc
      .array(
        fc.tuple(
          fc.constantFrom(...letters.consonants),
          fc.constantFrom(...letters.vowels),
          fc.constantFrom(...letters.consonants),
        ),
        { minLength: 1, maxLength: 3 },
      )
      .map((parts) => parts.map((p) => p.join('')).join(''));
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const pair = fc.oneof(
    fc.tuple(stem(LATIN), fc.constantFrom(...ENDINGS.latin)).map(([s, [m, f]]) => ({
      man: capital(s + m),
      woman: capital(s + f),
      given: ['Ivan', 'Olga'],
      declined: false,
    })),
    fc.tuple(stem(CYRILLIC), fc.constantFrom(...ENDINGS.cyrillic)).map(([s, [m, f]]) => ({
      man: capital(s + m),
      woman: capital(s + f),
      given: ['Іван', 'Вольга'],
      declined: f !== 'ская',
    })),
  );

  it('never gives the feminine form alone to the man (unless a text may have declined his name), nor the masculine to the woman', () => {
    fc.assert(
      fc.property(pair, ({ man, woman, given, declined }) => {
        const him = [{ id: 'man', names: [{ text: `${given[0] ?? ''} ${man}` }] }];
        const her = [{ id: 'woman', names: [{ text: `${given[1] ?? ''} ${woman}` }] }];
        const ids = (text: string, people: typeof him) =>
          findMentions(text, people).people.map((p) => p.personId);
        expect(ids(`${woman} was detained.`, him)).toEqual(declined ? ['man'] : []);
        expect(ids(`${man} was detained.`, her)).toEqual([]);
        expect(ids(`${man} was detained.`, him)).toEqual(['man']);
        expect(ids(`${woman} was detained.`, her)).toEqual(['woman']);
      }),
      { numRuns: 300 },
    );
  });
});
