import Fuse from 'fuse.js';
import { describe, it } from 'vitest';
import { NameIndex, type PersonNames } from '../names/NameIndex.js';
import { romanize, type RomanizationSystem } from '../names/romanize.js';
import type { IndexDoc } from './indexDocs.js';
import { SearchIndex } from './SearchIndex.js';

/**
 * A measurement to run by hand, not a test (no timing is asserted anywhere):
 *
 *   KARTOTEKA_MEASURE=1 npx vitest run shared/search/searchPerformance.measure.test.ts
 *
 * It generates 10,000 people with names in three scripts and aliases, and (scaled down from
 * the benchmark's 50,000) a few thousand 600-word sources mentioning them, then prints
 * query times for the name index against plain fuse.js over every name, full-text query
 * times, build and restore times and heap use. The project's benchmark (npm run bench)
 * measures the same in Chromium.
 */

const MEASURE = process.env.KARTOTEKA_MEASURE === '1';
const PEOPLE = Number(process.env.KARTOTEKA_PEOPLE ?? 10_000);
const SOURCES = Number(process.env.KARTOTEKA_SOURCES ?? 5_000);

/** A small deterministic PRNG, so every run measures the same data. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN_BE = [
  'Мікалай',
  'Ігар',
  'Алесь',
  'Сяргей',
  'Віктар',
  'Раман',
  'Павел',
  'Андрэй',
  'Алег',
  'Юрась',
  'Дзмітры',
  'Уладзімір',
  'Марыя',
  'Святлана',
  'Таццяна',
  'Вольга',
  'Ганна',
  'Кацярына',
  'Наталля',
  'Алена',
];
const CONS = [
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
];
const VOW = ['а', 'о', 'е', 'і', 'ы', 'у', 'я'];
const END = ['віч', 'скі', 'ка', 'ук', 'енка', 'ёнак', 'ец', 'іч', 'оўскі'];
const SYSTEMS: RomanizationSystem[] = [
  'be-passport',
  'be-national-2007',
  'be-lacinka',
  'be-bgn-pcgn',
  'be-polish',
];
const RU_SYSTEMS: RomanizationSystem[] = ['ru-press', 'ru-bgn-pcgn', 'ru-icao'];

const pick = <T>(r: () => number, list: readonly T[]): T =>
  list[Math.floor(r() * list.length)] as T;

function toRussian(be: string): string {
  return be
    .replace(/ў/gu, 'в')
    .replace(/і/gu, 'и')
    .replace(/скі$/u, 'ский')
    .replace(/ка$/u, 'ко')
    .replace(/(?<=.)а(?=.)/u, 'о');
}

function people(n: number): { person: PersonNames; be: string; ru: string }[] {
  const r = rng(1);
  const out: { person: PersonNames; be: string; ru: string }[] = [];
  for (let i = 0; i < n; i++) {
    let surname = '';
    const syllables = 2 + Math.floor(r() * 2);
    for (let k = 0; k < syllables; k++) surname += pick(r, CONS) + pick(r, VOW);
    surname = surname.charAt(0).toUpperCase() + surname.slice(1) + pick(r, END);
    const be = `${pick(r, GIVEN_BE)} ${surname}`;
    const ru = toRussian(be);
    out.push({
      be,
      ru,
      person: {
        id: `p${i}`,
        names: [
          { text: be, script: 'be', kind: 'primary' },
          { text: ru, script: 'ru', kind: 'primary' },
          { text: romanize(be, 'be-passport'), script: 'latin', kind: 'primary' },
          { text: romanize(ru, 'ru-press'), script: 'latin', kind: 'alias' },
        ],
      },
    });
  }
  return out;
}

function typo(r: () => number, word: string): string {
  const at = 1 + Math.floor(r() * (word.length - 2));
  return word.slice(0, at) + word.slice(at + 1);
}

function queries(all: ReturnType<typeof people>, n: number): { q: string; id: string }[] {
  const r = rng(2);
  const out: { q: string; id: string }[] = [];
  for (let i = 0; i < n; i++) {
    const p = pick(r, all);
    const kind = r();
    let q =
      kind < 0.4
        ? romanize(p.be, pick(r, SYSTEMS))
        : kind < 0.7
          ? romanize(p.ru, pick(r, RU_SYSTEMS))
          : r() < 0.5
            ? p.be
            : p.ru;
    if (r() < 0.25) {
      const [given, surname] = q.split(' ');
      q = `${given ?? ''} ${typo(r, surname ?? '')}`;
    }
    out.push({ q, id: p.person.id });
  }
  return out;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * CPU time of this process, not wall time: the machines this runs on are shared, and under
 * load wall time measures the neighbours. The fuse.js baseline is measured the same way, so
 * the ratio between the two is what to read.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function time<T>(f: () => T): [T, number] {
  const t0 = cpuMs();
  const v = f();
  return [v, cpuMs() - t0];
}

const WORDS = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}${'aeiou'[i % 5] ?? ''}`);

function sourceDocs(all: ReturnType<typeof people>, n: number): IndexDoc[] {
  const r = rng(3);
  const docs: IndexDoc[] = [];
  for (let i = 0; i < n; i++) {
    const words: string[] = [];
    for (let k = 0; k < 600; k++) {
      // Zipf-like: a few words very often, most rarely.
      const w = WORDS[Math.floor(WORDS.length * r() ** 3)] ?? 'x';
      words.push(w);
      if (k % 100 === 50) words.push(romanize(pick(r, all).be, pick(r, SYSTEMS)));
    }
    docs.push({
      kind: 'source',
      id: `s${i}`,
      title: words.slice(0, 8).join(' '),
      publisher: 'Gen',
      author: '',
      date: '2024',
      text: words.join(' '),
      sha256: `text-of-s${i}`,
    });
  }
  return docs;
}

describe.runIf(MEASURE)('search performance (by hand)', () => {
  it('measures', { timeout: 3_600_000 }, () => {
    const all = people(PEOPLE);
    const qs = queries(all, 1000);
    const report: Record<string, number> = {};

    const [names, buildNames] = time(() => {
      const index = new NameIndex();
      for (const p of all) index.add(p.person);
      return index;
    });
    report['names.build_ms'] = buildNames;
    const times: number[] = [];
    let top1 = 0;
    for (const { q, id } of qs) {
      const [res, ms] = time(() => names.search(q, { limit: 10 }));
      times.push(ms);
      if (res[0]?.personId === id) top1++;
    }
    times.sort((a, b) => a - b);
    report['names.p50_ms'] = percentile(times, 0.5);
    report['names.p95_ms'] = percentile(times, 0.95);
    report['names.top1_accuracy'] = top1 / qs.length;

    const list = all.flatMap((p) => p.person.names.map((n) => ({ id: p.person.id, text: n.text })));
    const fuse = new Fuse(list, { keys: ['text'], includeScore: true });
    const fuseTimes: number[] = [];
    let fuseTop1 = 0;
    for (const { q, id } of qs.slice(0, 60)) {
      const [res, ms] = time(() => fuse.search(q, { limit: 10 }));
      fuseTimes.push(ms);
      if (res[0]?.item.id === id) fuseTop1++;
    }
    fuseTimes.sort((a, b) => a - b);
    report['baseline_fuse.p50_ms'] = percentile(fuseTimes, 0.5);
    report['baseline_fuse.p95_ms'] = percentile(fuseTimes, 0.95);
    report['baseline_fuse.top1_accuracy'] = fuseTop1 / 60;

    const [saved, saveMs] = time(() => JSON.stringify(names.toJSON()));
    report['names.serialize_ms'] = saveMs;
    report['names.json_mb'] = saved.length / 1e6;
    // IndexedDB hands back objects (structured clone), so parsing is not part of a restore.
    const savedNames = JSON.parse(saved) as ReturnType<NameIndex['toJSON']>;
    const [, loadMs] = time(() => NameIndex.fromJSON(savedNames));
    report['names.restore_ms'] = loadMs;

    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const docs = [
      ...all.map((p): IndexDoc => ({
        kind: 'case',
        id: p.person.id,
        names: [...p.person.names],
        title: p.be,
        text: 'journalist',
        status: 'convicted',
        statusDates: ['2021'],
        tagIds: [],
        tagNames: [],
        articles: [],
      })),
      ...sourceDocs(all, SOURCES),
    ];
    const [index, buildMs] = time(() => {
      const i = SearchIndex.create();
      i.addAll(docs);
      return i;
    });
    global.gc?.();
    report['index.docs'] = docs.length;
    report['index.build_ms'] = buildMs;
    report['index.heap_mb'] = (process.memoryUsage().heapUsed - heap0) / 1e6;
    const ftTimes: number[] = [];
    const r = rng(4);
    for (let k = 0; k < 300; k++) {
      const q = `${pick(r, WORDS)} ${pick(r, WORDS)} ${romanize(pick(r, all).ru, 'ru-press').split(' ')[1] ?? ''}`;
      const [, ms] = time(() => index.search(q, { limit: 20 }));
      ftTimes.push(ms);
    }
    ftTimes.sort((a, b) => a - b);
    report['fulltext.p50_ms'] = percentile(ftTimes, 0.5);
    report['fulltext.p95_ms'] = percentile(ftTimes, 0.95);
    const [json, ftSave] = time(() => JSON.stringify(index.toJSON()));
    report['index.serialize_ms'] = ftSave;
    report['index.json_mb'] = json.length / 1e6;
    const savedIndex = JSON.parse(json) as ReturnType<SearchIndex['toJSON']>;
    const [, ftLoad] = time(() => SearchIndex.fromJSON(savedIndex));
    report['index.restore_ms'] = ftLoad;
    console.log(JSON.stringify(report, null, 2));
  });
});
