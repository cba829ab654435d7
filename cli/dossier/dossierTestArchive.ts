import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { selectorForQuote } from '../../shared/anchoring/anchorSelector.js';
import type { DossierArchive } from '../../shared/dossier/dossierArchive.js';
import type { CaseFile, FactRef } from '../../shared/model/caseFile.js';
import type { Citation } from '../../shared/model/citation.js';
import type { Source } from '../../shared/model/source.js';

/**
 * A small archive for the dossier tests, built from two of the seed articles (copied into
 * fixtures/ so the tests stand alone): Mikalai Statkevich and Ihar Losik, every cited fact
 * quoted with selectorForQuote from the article that states it. A few facts the articles do
 * not state are left uncited, as a researcher would record them from elsewhere.
 */

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

export const AP_TEXT = fixture('004_4f51b33c03dd0b8c.txt');
export const BNE_TEXT = fixture('002_50ca0e70b3cd0c94.txt');

export const IDS = {
  statkevich: id(1),
  losik: id(2),
  ap: id(10),
  bne: id(11),
  tagPoc: id(20),
  tagJournalist: id(21),
  tagCandidate: id(22),
  tagReleased: id(23),
} as const;

export const SOURCES: Source[] = [
  {
    id: IDS.ap,
    sha256: sha256(AP_TEXT),
    title: 'Belarus frees 52 prisoners as the US eases sanctions on its national airline',
    publisher: 'The Associated Press',
    author: '',
    date: '2025-09-11',
    url: 'https://apnews.com/article/belarus-prisoners-release-lukashenko-sanctions-belavia-statkevich-losik-0123456789abcdef',
    format: 'txt',
    fileName: '004_4f51b33c03dd0b8c.txt',
    addedAt: '2025-09-12T08:30:00.000Z',
    length: Array.from(AP_TEXT).length,
  },
  {
    id: IDS.bne,
    sha256: sha256(BNE_TEXT),
    title: 'Belarus releases another 52 prisoners following negotiations with the US',
    publisher: 'bne IntelliNews',
    author: '',
    date: '2025-09-11',
    url: 'https://www.intellinews.com/belarus-releases-another-52-prisoners-following-negotiations-with-the-us',
    format: 'txt',
    fileName: '002_50ca0e70b3cd0c94.txt',
    addedAt: '2025-09-12T08:41:00.000Z',
    length: Array.from(BNE_TEXT).length,
  },
];

let nextCitation = 100;

/** A citation of `quote`, which must stand in the source text exactly. */
function cite(caseId: string, fact: FactRef, sourceId: string, quote: string): Citation {
  const source = SOURCES.find((s) => s.id === sourceId);
  const text = sourceId === IDS.ap ? AP_TEXT : BNE_TEXT;
  const selector = selectorForQuote(text, quote);
  if (!source || !selector) throw new Error(`fixture quote not in source: ${quote}`);
  return {
    id: id(nextCitation++),
    caseId,
    fact,
    sourceId,
    selector,
    sourceSha256: source.sha256,
    note: '',
  };
}

const S = IDS.statkevich;
const L = IDS.losik;

const statkevich: CaseFile = {
  id: S,
  names: [
    { id: id(1001), text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' },
    { id: id(1002), text: 'Мікалай Статкевіч', script: 'be', kind: 'primary' },
    { id: id(1003), text: 'Николай Статкевич', script: 'ru', kind: 'primary' },
    { id: id(1004), text: 'Nikolai Statkevich', script: 'latin', kind: 'alias' },
    { id: id(1005), text: 'Statkevič', script: 'latin', kind: 'alias' },
  ],
  birthDate: '1956',
  gender: 'male',
  occupation: 'Opposition politician, former presidential candidate',
  affiliations: [],
  statusHistory: [
    {
      id: id(1101),
      status: 'detained',
      date: '2010-12',
      note: 'Arrested after running for president',
    },
    { id: id(1102), status: 'convicted', date: '2011-05-26', note: '' },
    {
      id: id(1103),
      status: 'released',
      date: '2015',
      note: 'Released under pressure from the United States',
    },
    {
      id: id(1104),
      status: 'detained',
      date: '2020-05',
      note: 'Arrested again before the presidential election',
    },
    { id: id(1105), status: 'convicted', date: '2021-12-14', note: '' },
    { id: id(1106), status: 'held_incommunicado', date: '2023-02', note: '' },
    {
      id: id(1107),
      status: 'released',
      date: '2025-09-11',
      note: 'Pardoned and taken to the Lithuanian border',
    },
  ],
  events: [
    {
      id: id(1201),
      date: '2025-09-11',
      text: 'Refused to cross into Lithuania; stood in the no-man’s land between Lithuania and Belarus and repeatedly tried to return to Belarus.',
    },
    {
      id: id(1202),
      date: null,
      text: 'Recognised by Amnesty International as a prisoner of conscience.',
    },
  ],
  legalCases: [
    {
      id: id(1301),
      articles: [{ code: 'BY-CC', article: '293', part: '1' }],
      charges: ['Organising mass riots'],
      court: '',
      arrestDate: '2010-12',
      verdictDate: '2011-05-26',
      sentence: { months: 72, regime: null, text: '' },
      fines: [],
      note: '',
    },
    {
      id: id(1302),
      articles: [{ code: 'BY-CC', article: '293', part: '1' }],
      charges: ['Organising mass riots'],
      court: 'Homiel Regional Court',
      arrestDate: '2020-05',
      verdictDate: '2021-12-14',
      sentence: { months: 168, regime: null, text: '' },
      fines: [],
      note: '',
    },
  ],
  detention: [
    {
      id: id(1401),
      place: 'Place not disclosed (held incommunicado)',
      from: '2023-02',
      to: '2025-09-11',
      note: '',
    },
  ],
  tagIds: [IDS.tagPoc, IDS.tagCandidate, IDS.tagReleased],
  photoSha256: null,
};

const losik: CaseFile = {
  id: L,
  names: [
    { id: id(2001), text: 'Ihar Losik', script: 'latin', kind: 'primary' },
    { id: id(2002), text: 'Ігар Лосік', script: 'be', kind: 'primary' },
    { id: id(2003), text: 'Игорь Лосик', script: 'ru', kind: 'primary' },
    { id: id(2004), text: 'Igor Losik', script: 'latin', kind: 'alias' },
  ],
  birthDate: '1992',
  gender: 'male',
  occupation: 'Journalist',
  affiliations: [{ id: id(2101), name: 'Radio Free Europe/Radio Liberty', role: 'journalist' }],
  statusHistory: [
    { id: id(2201), status: 'detained', date: '2020-06', note: '' },
    { id: id(2202), status: 'convicted', date: '2021-12', note: '' },
    { id: id(2203), status: 'released', date: '2025-09-11', note: '' },
  ],
  events: [],
  legalCases: [
    {
      id: id(2301),
      articles: [
        { code: 'BY-CC', article: '293', part: '1' },
        { code: 'BY-CC', article: '293', part: '2' },
        { code: 'BY-CC', article: '130', part: '3' },
      ],
      charges: ['Organising mass riots', 'Taking part in mass disorder', 'Inciting social hatred'],
      court: 'Homiel Regional Court',
      arrestDate: '2020-06',
      verdictDate: '2021-12',
      sentence: { months: 180, regime: null, text: '15 years in prison' },
      fines: [],
      note: 'Several further charges remain unclear, according to RFE/RL.',
    },
  ],
  detention: [
    {
      id: id(2401),
      place: 'Penal colony No. 1, Navapolatsk',
      from: '2022',
      to: '2025-09-11',
      note: '',
    },
  ],
  tagIds: [IDS.tagJournalist, IDS.tagReleased],
  photoSha256: null,
};

/** A quote that was edited after it was cited: the dossier must flag it, not move it. */
function staleQuote(): Citation {
  const made = cite(
    L,
    { field: 'occupation', entryId: null },
    IDS.ap,
    'a journalist for U.S. government-funded broadcaster',
  );
  // As if the quote had been typed in by hand, or the source text had changed since.
  return {
    ...made,
    id: id(199),
    selector: { ...made.selector, exact: 'a journalist for the U.S. government broadcaster' },
  };
}

export const HOSTILE_NOTE =
  'Markup must print as text: <script>alert(1)</script> and **bold** and <img src=x onerror=alert(2)>.';
/** Markdown a researcher would type, with a raw HTML block that must print as text. */
export const MARKDOWN_NOTE = [
  'Her lawyer said *under no circumstances* to publish the **prison address**; see [the AP report](https://apnews.com/article/belarus-prisoners).',
  '',
  '<div onclick="steal()"><img src="https://tracker.example/p.png">RAW-HTML-BLOCK</div>',
  '',
  '- first point of the list',
  '- second point of the list',
  '',
  '> Quoted from the family.',
].join('\n');
export const PRIVATE_NOTE = 'PRIVATE-7Q: his sister’s phone number is kept in the paper file.';

export function dossierTestArchive(): DossierArchive {
  nextCitation = 100;
  const citations: Citation[] = [
    cite(
      S,
      { field: 'names', entryId: id(1001) },
      IDS.ap,
      'veteran opposition activist Mikalai Statkevich',
    ),
    cite(
      S,
      { field: 'names', entryId: id(1004) },
      IDS.bne,
      'former presidential candidate Nikolai Statkevich',
    ),
    cite(S, { field: 'birthDate', entryId: null }, IDS.ap, 'the 69-year-old was standing'),
    cite(S, { field: 'occupation', entryId: null }, IDS.ap, 'veteran opposition activist'),
    cite(
      S,
      { field: 'occupation', entryId: null },
      IDS.bne,
      'former presidential candidate Nikolai Statkevich',
    ),
    cite(
      S,
      { field: 'statusHistory', entryId: id(1101) },
      IDS.ap,
      'attempted to run for president in 2010, but was arrested',
    ),
    cite(
      S,
      { field: 'statusHistory', entryId: id(1102) },
      IDS.ap,
      'convicted on charges of organizing mass riots and sentenced to sentenced to six years',
    ),
    cite(
      S,
      { field: 'statusHistory', entryId: id(1103) },
      IDS.ap,
      'in 2015 he was released under pressure from the United States',
    ),
    cite(
      S,
      { field: 'statusHistory', entryId: id(1104) },
      IDS.ap,
      'Statkevich was arrested again before the 2020 elections',
    ),
    cite(
      S,
      { field: 'statusHistory', entryId: id(1105) },
      IDS.ap,
      'found guilty once more of organizing mass riots, and sentenced to another 14 years',
    ),
    cite(
      S,
      { field: 'statusHistory', entryId: id(1106) },
      IDS.ap,
      'He has been held incommunicado since February 2023.',
    ),
    cite(
      S,
      { field: 'statusHistory', entryId: id(1107) },
      IDS.ap,
      'One of the prisoners released Thursday, veteran opposition activist Mikalai Statkevich, refused to cross into Lithuania',
    ),
    cite(
      S,
      { field: 'statusHistory', entryId: id(1107) },
      IDS.bne,
      'among those freed was former presidential candidate Nikolai Statkevich',
    ),
    cite(
      S,
      { field: 'events', entryId: id(1201) },
      IDS.ap,
      'the 69-year-old was standing in the no-man’s land between Lithuania and Belarus. He repeatedly tried to return to Belarus, but border guards blocked his path.',
    ),
    cite(
      S,
      { field: 'events', entryId: id(1202) },
      IDS.ap,
      'Amnesty International recognized him as a prisoner of conscience',
    ),
    cite(
      S,
      { field: 'legalCases', entryId: id(1301) },
      IDS.ap,
      'convicted on charges of organizing mass riots and sentenced to sentenced to six years',
    ),
    cite(
      S,
      { field: 'legalCases', entryId: id(1302) },
      IDS.ap,
      'found guilty once more of organizing mass riots, and sentenced to another 14 years',
    ),
    cite(
      S,
      { field: 'detention', entryId: id(1401) },
      IDS.ap,
      'He has been held incommunicado since February 2023.',
    ),
    cite(
      L,
      { field: 'names', entryId: id(2001) },
      IDS.ap,
      'Also among those released was Ihar Losik',
    ),
    cite(L, { field: 'birthDate', entryId: null }, IDS.ap, 'The 33-year-old'),
    cite(
      L,
      { field: 'affiliations', entryId: id(2101) },
      IDS.ap,
      'a journalist for U.S. government-funded broadcaster Radio Free Europe/Radio Liberty',
    ),
    cite(
      L,
      { field: 'statusHistory', entryId: id(2202) },
      IDS.ap,
      'He was sentenced to 15 years in prison in December 2021.',
    ),
    cite(
      L,
      { field: 'statusHistory', entryId: id(2203) },
      IDS.ap,
      'Also among those released was Ihar Losik',
    ),
    cite(
      L,
      { field: 'legalCases', entryId: id(2301) },
      IDS.ap,
      'convicted of “organizing mass riots, taking part in mass disorder, inciting social hatred,” and several other charges that remain unclear',
    ),
    staleQuote(),
  ];
  return {
    cases: [statkevich, losik],
    sources: SOURCES,
    texts: [
      { sha256: sha256(AP_TEXT), text: AP_TEXT },
      { sha256: sha256(BNE_TEXT), text: BNE_TEXT },
    ],
    citations,
    notes: [
      {
        id: id(3001),
        caseId: S,
        body: 'Refused to leave Belarus on release.\n\nAsk his wife whether he has been taken back into custody.',
        private: false,
      },
      { id: id(3002), caseId: L, body: HOSTILE_NOTE, private: false },
      { id: id(3004), caseId: L, body: MARKDOWN_NOTE, private: false },
      { id: id(3003), caseId: L, body: PRIVATE_NOTE, private: true },
    ],
    tags: [
      { id: IDS.tagPoc, name: 'prisoner of conscience', description: '' },
      { id: IDS.tagJournalist, name: 'journalist', description: '' },
      { id: IDS.tagCandidate, name: 'presidential candidate', description: '' },
      { id: IDS.tagReleased, name: 'released September 2025', description: '' },
    ],
  };
}

export const ODD_ID = id(3);
export const ODD_NAME = `Aliaksandra-${'Kaliesnikava'.repeat(12)}`;
export const ODD_TOKEN = `https://example.org/${'very-long-path-segment-'.repeat(14)}end`;
export const LONG_QUOTE =
  'Statkevich, one of Lukashenko’s most prominent and charismatic opponents, attempted to run for president in 2010, but was arrested, convicted on charges of organizing mass riots and sentenced to sentenced to six years. Amnesty International recognized him as a prisoner of conscience, and in 2015 he was released under pressure from the United States.\n\nStatkevich was arrested again before the 2020 elections, found guilty once more of organizing mass riots, and sentenced to another 14 years.';

/**
 * The test archive plus a case file of odd data: a name with no place to break, an event
 * that is one long quote, a long note with a long unbroken token, and no other field at all.
 */
export function dossierOddArchive(): DossierArchive {
  const base = dossierTestArchive();
  const odd: CaseFile = {
    id: ODD_ID,
    names: [{ id: id(4001), text: ODD_NAME, script: 'latin', kind: 'primary' }],
    birthDate: null,
    gender: null,
    occupation: '',
    affiliations: [],
    statusHistory: [],
    events: [{ id: id(4101), date: '2025', text: 'An event backed by a long passage.' }],
    legalCases: [],
    detention: [],
    tagIds: [],
    photoSha256: null,
  };
  const note = `${'A long note that goes on and on about the case. '.repeat(40)}${ODD_TOKEN}`;
  return {
    ...base,
    cases: [...base.cases, odd],
    citations: [
      ...base.citations,
      cite(ODD_ID, { field: 'events', entryId: id(4101) }, IDS.ap, LONG_QUOTE),
    ],
    notes: [...base.notes, { id: id(4201), caseId: ODD_ID, body: note, private: false }],
  };
}
