import type { CaseFile } from '../../shared/model/caseFile.js';
import type { Citation } from '../../shared/model/citation.js';
import type { Revision } from '../../shared/model/revision.js';
import type { Source, SourceText } from '../../shared/model/source.js';
import type { Tag } from '../../shared/model/tag.js';
import { selectorForQuote } from '../../shared/anchoring/anchorSelector.js';
import { codePointLength } from '../../shared/anchoring/codePoints.js';
import type { SeededRandom } from './seededRandom.js';
import { seededRandom, seededUuid } from './seededRandom.js';
import type { GivenName } from './benchNames.js';
import {
  GIVEN_NAMES,
  SURNAME_ENDINGS,
  SURNAME_STEMS,
  romaniseBelarusian,
  romaniseRussian,
  russify,
} from './benchNames.js';

/**
 * The benchmark's data sets, generated from a seed: case files with names in three scripts
 * and aliases, sources of about 600 words that mention those people in one spelling or
 * another, and citations that quote those sources. Pure code, so it runs in Node (to write
 * a bundle) and in the browser alike.
 */
export interface DatasetSize {
  cases: number;
  sources: number;
  citations: number;
}

export const DATASET_SIZES = {
  S: { cases: 1_000, sources: 5_000, citations: 10_000 },
  L: { cases: 10_000, sources: 50_000, citations: 100_000 },
} as const satisfies Record<string, DatasetSize>;

export interface GeneratedPerson {
  caseId: string;
  /** Every spelling the generator gave this person, with the script. */
  latin: string;
  be: string;
  ru: string;
  latinRu: string;
  statusEntryId: string;
}

export interface NameQuery {
  query: string;
  expectedCaseId: string;
  kind: 'be' | 'ru' | 'latin_ru' | 'typo' | 'surname_first' | 'folded';
}

export interface Dataset {
  texts: SourceText[];
  revisions: Revision[];
  people: GeneratedPerson[];
  /** Phrases that occur in source texts (for full-text queries), with one source holding each. */
  phrases: { query: string; sourceId: string }[];
}

const AT = '2025-06-01T00:00:00.000Z';
const HASH_BATCH = 500;
const BENCH_ACTOR = { id: '00000000-0000-4000-8000-00000000be0c', name: 'Benchmark' };

const CITIES = [
  'Minsk',
  'Hrodna',
  'Brest',
  'Homiel',
  'Mahilioŭ',
  'Viciebsk',
  'Babrujsk',
  'Pinsk',
  'Lida',
  'Baranavičy',
];
const PUBLISHERS = [
  'Associated Press',
  'Viasna',
  'Nasha Niva',
  'Zerkalo',
  'RFE/RL',
  'Belsat',
  'bne IntelliNews',
  'Reuters',
];
const TAG_NAMES = [
  'journalist',
  'blogger',
  'student',
  'lawyer',
  'musician',
  'poet',
  'trade unionist',
  'teacher',
  'doctor',
  'opposition politician',
  'human rights defender',
  'anarchist',
  'pensioner',
  'foreign national',
  'released 2025',
  'pardoned',
  'incommunicado',
  'health concerns',
  'prisoner of conscience',
  'extremism charges',
  'mass riots',
  'insulting the president',
  'railway partisan',
  'IT worker',
  'priest',
  'scientist',
  'artist',
  'athlete',
  'volunteer',
  'worker',
];
const ARTICLES = ['342', '293', '361.1', '368', '130', '369', '356', '361.4', '423', '411'];
const FILLER = (
  'the court hearing was closed to the public and relatives were not allowed inside while ' +
  'observers from the embassy waited outside the building for several hours in the rain as ' +
  'lawyers said the case file contained no evidence of violence and the defence asked for ' +
  'acquittal but the judge followed the prosecutor request human rights groups recognised ' +
  'the prisoner as political and called for immediate release letters from prison describe ' +
  'cold cells limited parcels and restricted visits the family has not received news for ' +
  'weeks the colony administration refused to comment authorities described the protests as ' +
  'riots and the charges as ordinary crimes independent media reported from exile because ' +
  'their newsrooms were searched and their websites blocked inside the country'
).split(' ');

function buildPeople(random: SeededRandom, count: number): GeneratedPerson[] {
  const seen = new Set<string>();
  const people: GeneratedPerson[] = [];
  while (people.length < count) {
    const given: GivenName = random.pick(GIVEN_NAMES);
    const stem = random.pick(SURNAME_STEMS);
    const middle = random.chance(0.5) ? random.pick(['', 'ан', 'ер', 'ул', 'ін', 'ар', 'ыл']) : '';
    const ending = random.pick(SURNAME_ENDINGS);
    const surnameBe = stem + middle + (given.gender === 'female' ? ending.female : ending.male);
    const be = `${given.be} ${surnameBe}`;
    if (seen.has(be)) continue;
    seen.add(be);
    const surnameRu = russify(surnameBe);
    people.push({
      caseId: seededUuid(random),
      latin: `${given.latinBe} ${romaniseBelarusian(surnameBe)}`,
      be,
      ru: `${given.ru} ${surnameRu}`,
      latinRu: `${given.latinRu} ${romaniseRussian(surnameRu)}`,
      statusEntryId: seededUuid(random),
    });
  }
  return people;
}

function revision(
  random: SeededRandom,
  entity: Revision['entity'],
  recordId: string,
  data: unknown,
): Revision {
  return {
    id: seededUuid(random),
    entity,
    recordId,
    parents: [],
    at: AT,
    by: BENCH_ACTOR,
    deleted: false,
    data,
  };
}

function year(random: SeededRandom): number {
  return 2020 + random.int(7);
}

function caseFileFor(random: SeededRandom, person: GeneratedPerson, tags: Tag[]): CaseFile {
  const id = () => seededUuid(random);
  const verdictYear = year(random);
  return {
    id: person.caseId,
    names: [
      { id: id(), text: person.latin, script: 'latin', kind: 'primary' },
      { id: id(), text: person.be, script: 'be', kind: 'primary' },
      { id: id(), text: person.ru, script: 'ru', kind: 'primary' },
      { id: id(), text: person.latinRu, script: 'latin', kind: 'alias' },
    ],
    birthDate: String(1950 + random.int(55)),
    gender: null,
    occupation: random.pick(TAG_NAMES.slice(0, 13)),
    affiliations: [],
    statusHistory: [
      {
        id: person.statusEntryId,
        status: 'detained',
        date: `${verdictYear - 1}-0${1 + random.int(9)}`,
        note: '',
      },
      {
        id: id(),
        status: random.pick(['convicted', 'released', 'pardoned', 'held_incommunicado'] as const),
        date: String(verdictYear),
        note: '',
      },
    ],
    events: [],
    legalCases: [
      {
        id: id(),
        articles: [
          { code: 'BY-CC', article: random.pick(ARTICLES), part: random.chance(0.5) ? '1' : null },
        ],
        charges: ['participation in actions grossly violating public order'],
        court: `${random.pick(CITIES)} regional court`,
        arrestDate: null,
        verdictDate: String(verdictYear),
        sentence: { months: 12 * (1 + random.int(15)), regime: 'general', text: '' },
        fines: [],
        note: '',
      },
    ],
    detention: [
      {
        id: id(),
        place: `Penal colony No. ${1 + random.int(22)}, ${random.pick(CITIES)}`,
        from: String(verdictYear),
        to: null,
        note: '',
      },
    ],
    tagIds: Array.from({ length: random.int(3) }, () => random.pick(tags).id).filter(
      (t, i, all) => all.indexOf(t) === i,
    ),
    photoSha256: null,
  };
}

function spellingOf(random: SeededRandom, person: GeneratedPerson): string {
  return random.pick([person.latin, person.latin, person.be, person.ru, person.latinRu]);
}

/** About 600 words: sentences about the people it mentions, among general court reporting. */
function articleText(
  random: SeededRandom,
  mentioned: GeneratedPerson[],
): { text: string; quotes: { person: GeneratedPerson; quote: string }[] } {
  const sentences: string[] = [];
  const quotes: { person: GeneratedPerson; quote: string }[] = [];
  let words = 0;
  let next = 0;
  while (words < 600) {
    if (next < mentioned.length && random.chance(0.3)) {
      const person = mentioned[next++] as GeneratedPerson;
      const years = 1 + random.int(15);
      const quote = `${spellingOf(random, person)} was sentenced to ${years} years in ${random.pick(CITIES)} under article ${random.pick(ARTICLES)}`;
      quotes.push({ person, quote });
      sentences.push(`${quote}.`);
      words += quote.split(' ').length;
      continue;
    }
    const length = 12 + random.int(14);
    const start = random.int(FILLER.length - length);
    const sentence = FILLER.slice(start, start + length).join(' ');
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
    words += length;
  }
  return { text: sentences.join(' '), quotes };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function generateDataset(size: DatasetSize, seed = 20250911): Promise<Dataset> {
  const random = seededRandom(seed);
  const tags: Tag[] = TAG_NAMES.map((name) => ({ id: seededUuid(random), name, description: '' }));
  const people = buildPeople(random, size.cases);
  const revisions: Revision[] = tags.map((t) => revision(random, 'tag', t.id, t));
  for (const person of people)
    revisions.push(revision(random, 'case', person.caseId, caseFileFor(random, person, tags)));

  const texts: SourceText[] = [];
  const phrases: Dataset['phrases'] = [];
  const citationsPerSource = size.citations / size.sources;
  let citations = 0;
  for (let first = 0; first < size.sources; first += HASH_BATCH) {
    // Texts are written a batch at a time and hashed together: WebCrypto digests run off the
    // main thread, so awaiting them one by one would leave the generator idle most of the time.
    const batch = [];
    for (let i = first; i < Math.min(size.sources, first + HASH_BATCH); i++) {
      const wanted = Math.round(citationsPerSource * (i + 1)) - Math.round(citationsPerSource * i);
      const mentioned = Array.from({ length: Math.max(1, wanted) }, () => random.pick(people));
      batch.push({ i, wanted, ...articleText(random, mentioned) });
    }
    const hashes = await Promise.all(batch.map((b) => sha256Hex(b.text)));
    batch.forEach(({ i, wanted, text, quotes }, k) => {
      const sha256 = hashes[k] as string;
      texts.push({ sha256, text });
      const sourceId = seededUuid(random);
      const source: Source = {
        id: sourceId,
        sha256,
        title: `${quotes[0]?.person.latin ?? 'Court'} case: hearing in ${random.pick(CITIES)} (${i + 1})`,
        publisher: random.pick(PUBLISHERS),
        author: '',
        date: `${year(random)}-0${1 + random.int(9)}-1${random.int(10)}`,
        url: '',
        format: 'txt',
        fileName: `article-${i + 1}.txt`,
        addedAt: AT,
        length: codePointLength(text),
      };
      revisions.push(revision(random, 'source', sourceId, source));
      if (i % 50 === 0 && quotes[0])
        phrases.push({ query: quotes[0].quote.split(' ').slice(-5).join(' '), sourceId });
      for (const { person, quote } of quotes.slice(0, wanted)) {
        const selector = selectorForQuote(text, quote);
        if (!selector || citations >= size.citations) continue;
        const citation: Citation = {
          id: seededUuid(random),
          caseId: person.caseId,
          fact: { field: 'statusHistory', entryId: person.statusEntryId },
          sourceId,
          selector,
          sourceSha256: sha256,
          note: '',
        };
        revisions.push(revision(random, 'citation', citation.id, citation));
        citations++;
      }
    });
  }
  return { texts, revisions, people, phrases };
}

/** Queries a researcher might type for generated people, each with the case it must find. */
export function nameQueries(
  people: readonly GeneratedPerson[],
  count: number,
  seed = 7,
): NameQuery[] {
  const random = seededRandom(seed);
  const queries: NameQuery[] = [];
  for (let i = 0; i < count; i++) {
    const person = random.pick(people);
    const kind = random.pick(['be', 'ru', 'latin_ru', 'typo', 'surname_first', 'folded'] as const);
    const [given = '', surname = ''] = person.latin.split(' ');
    const query =
      kind === 'be'
        ? person.be
        : kind === 'ru'
          ? person.ru
          : kind === 'latin_ru'
            ? person.latinRu
            : kind === 'typo'
              ? `${given} ${typo(random, surname)}`
              : kind === 'surname_first'
                ? `${surname} ${given}`
                : person.latin.toLowerCase();
    queries.push({ query, expectedCaseId: person.caseId, kind });
  }
  return queries;
}

/** One letter of a word replaced by its neighbour on the keyboard row, not the first letter. */
function typo(random: SeededRandom, word: string): string {
  if (word.length < 5) return word;
  const at = 2 + random.int(word.length - 3);
  const letters = 'qwertyuiopasdfghjklzxcvbnm';
  const current = word.charAt(at).toLowerCase();
  const index = letters.indexOf(current);
  const replacement = index >= 0 ? letters.charAt((index + 1) % letters.length) : 'a';
  return word.slice(0, at) + replacement + word.slice(at + 1);
}
