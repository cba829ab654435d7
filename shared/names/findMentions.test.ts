import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
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
