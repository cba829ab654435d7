import type { CaseFile, NameEntry } from '../model/caseFile.js';
import type { AnnotationDoc, IndexDoc, NoteDoc, SourceDoc } from './indexDocs.js';
import { caseDoc } from './indexDocs.js';

/**
 * A small archive built by hand for the search tests: case files for people the seed
 * articles name, one distractor with a similar name (Stankevich), the five seed texts as
 * sources (read by the test from ../shared/seeds), a note and an annotation.
 */

let counter = 0;
/** A fixed, valid UUID per call, so that test runs are repeatable. */
export function testId(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

const name = (
  text: string,
  script: NameEntry['script'],
  kind: NameEntry['kind'] = 'primary',
): NameEntry => ({
  id: testId(),
  text,
  script,
  kind,
});

export const TAG_JOURNALIST = testId();
export const TAG_POLITICIAN = testId();
export const TAG_NAMES = new Map([
  [TAG_JOURNALIST, 'journalist'],
  [TAG_POLITICIAN, 'politician'],
]);

function caseFile(partial: Partial<CaseFile> & Pick<CaseFile, 'names'>): CaseFile {
  return {
    id: testId(),
    birthDate: null,
    gender: null,
    occupation: '',
    affiliations: [],
    statusHistory: [],
    events: [],
    legalCases: [],
    detention: [],
    tagIds: [],
    photoSha256: null,
    ...partial,
  };
}

export const STATKEVICH = caseFile({
  names: [
    name('Мікалай Статкевіч', 'be'),
    name('Николай Статкевич', 'ru'),
    name('Mikalai Statkevich', 'latin'),
  ],
  birthDate: '1956',
  gender: 'male',
  occupation: 'Politician, former presidential candidate',
  statusHistory: [
    {
      id: testId(),
      status: 'detained',
      date: '2020-05',
      note: 'Arrested before the 2020 elections',
    },
    { id: testId(), status: 'convicted', date: '2021-12', note: '' },
    { id: testId(), status: 'held_incommunicado', date: '2023-02', note: '' },
    {
      id: testId(),
      status: 'released',
      date: '2025-09-11',
      note: 'Refused to cross into Lithuania',
    },
  ],
  legalCases: [
    {
      id: testId(),
      articles: [{ code: 'BY-CC', article: '293', part: '1' }],
      charges: ['organizing mass riots'],
      court: '',
      arrestDate: '2020-05',
      verdictDate: '2021-12',
      sentence: { months: 168, regime: 'strict', text: '' },
      fines: [],
      note: '',
    },
  ],
  tagIds: [TAG_POLITICIAN],
});

export const LOSIK = caseFile({
  names: [name('Ігар Лосік', 'be'), name('Игорь Лосик', 'ru'), name('Ihar Losik', 'latin')],
  gender: 'male',
  occupation: 'Journalist, Radio Free Europe/Radio Liberty (RFE/RL)',
  statusHistory: [
    { id: testId(), status: 'detained', date: '2020-06', note: '' },
    { id: testId(), status: 'convicted', date: '2021-12', note: '' },
    { id: testId(), status: 'released', date: '2025-09-11', note: '' },
  ],
  legalCases: [
    {
      id: testId(),
      articles: [
        { code: 'BY-CC', article: '342', part: '1' },
        { code: 'BY-CC', article: '293', part: '2' },
        { code: 'BY-CC', article: '130', part: '3' },
      ],
      charges: ['organizing mass riots', 'taking part in mass disorder', 'inciting social hatred'],
      court: '',
      arrestDate: '2020-06',
      verdictDate: '2021-12',
      sentence: { months: 180, regime: 'general', text: '' },
      fines: [],
      note: '',
    },
  ],
  tagIds: [TAG_JOURNALIST],
});

export const KHAMENKA = caseFile({
  names: [name('Алег Хаменка', 'be'), name('Олег Хоменко', 'ru'), name('Aleh Khamenka', 'latin')],
  occupation: 'Musician and poet',
  statusHistory: [
    { id: testId(), status: 'detained', date: '2025-06', note: 'House raided' },
    { id: testId(), status: 'convicted', date: '2026-03', note: '' },
  ],
  legalCases: [
    {
      id: testId(),
      articles: [{ code: 'BY-CC', article: '361.4', part: null }],
      charges: ['extremist activities (cooperation with a banned radio station)'],
      court: '',
      arrestDate: '2025-06',
      verdictDate: '2026-03',
      sentence: { months: 36, regime: null, text: '' },
      fines: [{ amount: null, currency: '', text: 'a steep fine' }],
      note: '',
    },
  ],
});

export const STANKEVICH = caseFile({
  names: [name('Аляксей Станкевіч', 'be'), name('Aliaksei Stankevich', 'latin')],
  occupation: 'Blogger',
  statusHistory: [{ id: testId(), status: 'convicted', date: '2022-03', note: '' }],
  legalCases: [
    {
      id: testId(),
      articles: [{ code: 'BY-CC', article: '342', part: '1' }],
      charges: ['gross violation of public order'],
      court: '',
      arrestDate: null,
      verdictDate: '2022-03',
      sentence: { months: 36, regime: 'general', text: '' },
      fines: [],
      note: 'Not to be confused with Statkevich.',
    },
  ],
});

export const TSIKHANOUSKI = caseFile({
  names: [
    name('Сяргей Ціханоўскі', 'be'),
    name('Сергей Тихановский', 'ru'),
    name('Siarhei Tsikhanouski', 'latin'),
  ],
  occupation: 'Blogger, opposition figure',
  statusHistory: [{ id: testId(), status: 'released', date: '2025-06', note: '' }],
});

export const BIALIATSKI = caseFile({
  names: [
    name('Алесь Бяляцкі', 'be'),
    name('Алесь Беляцкий', 'ru'),
    name('Ales Bialiatski', 'latin'),
  ],
  occupation: 'Founder of Viasna, Nobel Peace Prize laureate 2022',
  statusHistory: [{ id: testId(), status: 'released', date: '2025-12', note: '' }],
});

export const CASES: readonly CaseFile[] = [
  STATKEVICH,
  LOSIK,
  KHAMENKA,
  STANKEVICH,
  TSIKHANOUSKI,
  BIALIATSKI,
];

/** Seed file prefix → its source id and metadata. */
export const SEED_SOURCES: readonly {
  prefix: string;
  id: string;
  publisher: string;
  date: string;
}[] = [
  { prefix: '000', id: testId(), publisher: 'Associated Press', date: '2026-03-06' },
  { prefix: '001', id: testId(), publisher: 'Associated Press', date: '2025-05-07' },
  { prefix: '002', id: testId(), publisher: 'bne IntelliNews', date: '2025-09-11' },
  { prefix: '003', id: testId(), publisher: 'Associated Press', date: '2026-03-19' },
  { prefix: '004', id: testId(), publisher: 'Associated Press', date: '2025-09-11' },
];

export function sourceDocFor(prefix: string, text: string): SourceDoc {
  const meta = SEED_SOURCES.find((s) => s.prefix === prefix);
  if (!meta) throw new Error(`unknown seed ${prefix}`);
  const title =
    text
      .replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '')
      .trim()
      .split('\n')[0]
      ?.slice(0, 100) ?? '';
  return {
    kind: 'source',
    id: meta.id,
    title,
    publisher: meta.publisher,
    author: '',
    date: meta.date,
    text,
    // The key texts are read by; any unique string does here.
    sha256: `text-of-${meta.id}`,
  };
}

export const LOSIK_NOTE: NoteDoc = {
  kind: 'note',
  id: testId(),
  caseId: LOSIK.id,
  text: 'Hunger strike\nLosik went on hunger strike in March 2021, in protest against his detention.',
  private: false,
};

export const LOSIK_ANNOTATION: AnnotationDoc = {
  kind: 'annotation',
  id: testId(),
  sourceId: SEED_SOURCES[4]?.id ?? '',
  quote: 'He was sentenced to 15 years in prison in December 2021.',
  text: 'Sentence of Ihar Losik',
};

export function archiveDocs(seedTexts: ReadonlyMap<string, string>): IndexDoc[] {
  return [
    ...CASES.map((c) => caseDoc(c, TAG_NAMES)),
    ...SEED_SOURCES.map((s) => sourceDocFor(s.prefix, seedTexts.get(s.prefix) ?? '')),
    LOSIK_NOTE,
    LOSIK_ANNOTATION,
  ];
}
