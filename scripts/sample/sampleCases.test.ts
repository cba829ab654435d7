import { beforeAll, describe, expect, it } from 'vitest';
import {
  currentStatusOf,
  displayNameOf,
  type CaseFactField,
  type CaseFile,
} from '../../shared/model/caseFile.js';
import { SAMPLE_ARCHIVE_PATH } from './buildSampleArchive.js';
import { sampleRecords, type SampleRecords } from './sampleRecords.js';

// The facts the product promises for the two full case files, read from the shipped JSON.

let sample: SampleRecords;

beforeAll(async () => {
  sample = await sampleRecords(SAMPLE_ARCHIVE_PATH);
});

function caseNamed(name: string): CaseFile {
  const found = sample.cases.find((c) => displayNameOf(c) === name);
  if (!found) throw new Error(`no case file for ${name}`);
  return found;
}

/** The quotes (with the source's file name) that back one fact. */
function quotesFor(c: CaseFile, field: CaseFactField, entryId: string | null = null) {
  return sample.citations
    .filter((x) => x.caseId === c.id && x.fact.field === field && x.fact.entryId === entryId)
    .map((x) => ({
      file: sample.sources.find((s) => s.id === x.sourceId)?.fileName ?? '',
      exact: x.selector.exact,
      note: x.note,
    }));
}

function statusOf(c: CaseFile, status: string, date: string | null) {
  const entry = c.statusHistory.find((s) => s.status === status && s.date === date);
  if (!entry) throw new Error(`${displayNameOf(c)} has no ${status} ${date}`);
  return entry;
}

describe('Mikalai Statkevich', () => {
  it('has his name in Latin, Belarusian and Russian Cyrillic, and the aliases', () => {
    const c = caseNamed('Mikalai Statkevich');
    const names = c.names.map(({ text, script, kind }) => ({ text, script, kind }));
    expect(names).toEqual(
      expect.arrayContaining([
        { text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' },
        { text: 'Мікалай Статкевіч', script: 'be', kind: 'primary' },
        { text: 'Николай Статкевич', script: 'ru', kind: 'primary' },
        { text: 'Nikolai Statkevich', script: 'latin', kind: 'alias' },
        { text: 'Statkevič', script: 'latin', kind: 'alias' },
      ]),
    );
    const nikolai = c.names.find((n) => n.text === 'Nikolai Statkevich');
    expect(quotesFor(c, 'names', nikolai?.id ?? null)[0]).toMatchObject({
      file: expect.stringMatching(/^002_/),
      exact: expect.stringContaining('Nikolai Statkevich'),
    });
  });

  it('is born in 1956, derived from his age, and the citation says so', () => {
    const c = caseNamed('Mikalai Statkevich');
    expect(c.birthDate).toBe('1956');
    const [q] = quotesFor(c, 'birthDate');
    expect(q?.exact).toBe('the 69-year-old');
    expect(q?.file).toMatch(/^004_/);
    expect(q?.note).toMatch(/69 years old .* 11 September 2025 .* 1955 .* 1956/);
    expect(c.gender).toBe('male');
    expect(c.occupation).toMatch(/veteran opposition activist/i);
    expect(c.occupation).toMatch(/former presidential candidate/i);
  });

  it('has both prosecutions for organizing mass riots: six years, then 14 more', () => {
    const c = caseNamed('Mikalai Statkevich');
    expect(c.legalCases).toHaveLength(2);
    const [first, second] = c.legalCases;
    expect(first).toMatchObject({
      charges: ['organizing mass riots'],
      arrestDate: '2010',
      sentence: { months: 72 },
      // The source names the charge, not the article: none is claimed.
      articles: [],
    });
    expect(second).toMatchObject({
      charges: ['organizing mass riots'],
      arrestDate: '2020',
      sentence: { months: 168 },
      articles: [],
    });
    expect(quotesFor(c, 'legalCases', first?.id ?? null)[0]?.exact).toContain(
      'sentenced to six years',
    );
    expect(quotesFor(c, 'legalCases', second?.id ?? null)[0]?.exact).toContain('another 14 years');
  });

  it('has the status history from the 2010 arrest to his unknown fate in 2025', () => {
    const c = caseNamed('Mikalai Statkevich');
    statusOf(c, 'detained', '2010');
    const released2015 = statusOf(c, 'released', '2015');
    expect(quotesFor(c, 'statusHistory', released2015.id)[0]?.exact).toContain(
      'under pressure from the United States',
    );
    statusOf(c, 'detained', '2020');
    const incommunicado = statusOf(c, 'held_incommunicado', '2023-02');
    expect(quotesFor(c, 'statusHistory', incommunicado.id)[0]?.exact).toBe(
      'He has been held incommunicado since February 2023.',
    );
    const pardoned = statusOf(c, 'pardoned', '2025-09-11');
    const pardonQuotes = quotesFor(c, 'statusHistory', pardoned.id);
    expect(pardonQuotes.map((q) => q.file).every((f) => f.startsWith('002_'))).toBe(true);
    expect(pardonQuotes.map((q) => q.exact).join(' ')).toMatch(/52 prisoners.*Nikolai Statkevich/);
    statusOf(c, 'released', '2025-09-11');
    const unknown = statusOf(c, 'whereabouts_unknown', '2025-09-11');
    expect(quotesFor(c, 'statusHistory', unknown.id)[0]?.exact).toContain(
      'his fate remains unknown',
    );
    expect(currentStatusOf(c)?.status).toBe('whereabouts_unknown');
  });

  it('records the Amnesty recognition and the stand-off at the border', () => {
    const c = caseNamed('Mikalai Statkevich');
    const amnesty = c.events.find((e) => /prisoner of conscience/.test(e.text));
    expect(quotesFor(c, 'events', amnesty?.id ?? null)[0]?.exact).toContain(
      'Amnesty International',
    );
    const border = c.events.find((e) => /no-man’s land/.test(e.text));
    expect(border?.date).toBe('2025-09-11');
    expect(border?.text).toMatch(/border guards blocked his path/);
    expect(quotesFor(c, 'events', border?.id ?? null)[0]?.exact).toContain(
      'border guards blocked his path',
    );
    const tagNames = c.tagIds.map((id) => sample.tags.find((t) => t.id === id)?.name);
    expect(tagNames).toEqual(
      expect.arrayContaining(['prisoner of conscience', 'opposition politician']),
    );
    const notes = sample.notes.filter((n) => n.caseId === c.id);
    expect(notes.map((n) => n.private).sort()).toEqual([false, true]);
  });
});

describe('Ihar Losik', () => {
  it('has his name in three scripts and is born in 1992, derived from his age', () => {
    const c = caseNamed('Ihar Losik');
    expect(c.names.map(({ text, script }) => ({ text, script }))).toEqual(
      expect.arrayContaining([
        { text: 'Ihar Losik', script: 'latin' },
        { text: 'Ігар Лосік', script: 'be' },
        { text: 'Игорь Лосик', script: 'ru' },
      ]),
    );
    expect(c.birthDate).toBe('1992');
    const [q] = quotesFor(c, 'birthDate');
    expect(q?.exact).toBe('The 33-year-old');
    expect(q?.note).toMatch(/1991 .* 1992/);
  });

  it('is an RFE/RL journalist, sentenced to 15 years in December 2021 and released in September 2025', () => {
    const c = caseNamed('Ihar Losik');
    expect(c.occupation).toBe('Journalist for Radio Free Europe/Radio Liberty');
    expect(c.affiliations.map((a) => a.name)).toEqual(['Radio Free Europe/Radio Liberty']);
    expect(c.legalCases).toHaveLength(1);
    const [lc] = c.legalCases;
    expect(lc).toMatchObject({
      charges: ['organizing mass riots', 'taking part in mass disorder', 'inciting social hatred'],
      verdictDate: '2021-12',
      sentence: { months: 180 },
    });
    expect(quotesFor(c, 'legalCases', lc?.id ?? null).map((q) => q.exact)).toEqual([
      expect.stringContaining(
        '“organizing mass riots, taking part in mass disorder, inciting social hatred,”',
      ),
      'He was sentenced to 15 years in prison in December 2021.',
    ]);
    statusOf(c, 'convicted', '2021-12');
    const released = statusOf(c, 'released', '2025-09-11');
    expect(quotesFor(c, 'statusHistory', released.id)[0]?.exact).toContain(
      'Also among those released was Ihar Losik',
    );
    expect(currentStatusOf(c)?.status).toBe('released');
  });
});

describe('the other case files', () => {
  it('are there, each with its key facts', () => {
    const names = sample.cases.map(displayNameOf);
    expect(names).toEqual(
      expect.arrayContaining([
        'Ales Bialiatski',
        'Maria Kolesnikova',
        'Viktar Babaryka',
        'Siarhei Tsikhanouski',
        'Andrei Podnebenny',
        'Aleh Khamenka',
        'Raman Pratasevich',
        'Yuras Zyankovich',
      ]),
    );
    expect(currentStatusOf(caseNamed('Andrei Podnebenny'))).toMatchObject({
      status: 'died_in_custody',
      date: '2025-09',
    });
    expect(caseNamed('Andrei Podnebenny').legalCases[0]?.sentence?.months).toBe(192);
    expect(caseNamed('Aleh Khamenka').legalCases[0]).toMatchObject({
      arrestDate: '2025-06',
      verdictDate: '2026-03',
      sentence: { months: 36 },
      fines: [{ text: 'a steep fine' }],
    });
    expect(caseNamed('Siarhei Tsikhanouski').names.map((n) => n.text)).toEqual(
      expect.arrayContaining(['Sergey Tikhanovsky', 'Siarhei Tsikhanouskiy', 'Сяргей Ціханоўскі']),
    );
    expect(caseNamed('Viktar Babaryka').names.map((n) => n.text)).toContain('Viktor Babaryka');
    expect(caseNamed('Ales Bialiatski').events.map((e) => e.date)).toContain('2022');
  });
});
