import type { CaseSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const NAMED =
  'Also among those released was Ihar Losik, a journalist for U.S. government-funded broadcaster Radio Free Europe/Radio Liberty';

const namedWithSpelling = standardSpelling({ source: '004', quote: NAMED });

const CHARGES =
  'The 33-year-old was convicted of “organizing mass riots, taking part in mass disorder, inciting social hatred,” and several other charges that remain unclear, according to the broadcaster.';
const SENTENCE = 'He was sentenced to 15 years in prison in December 2021.';

export const losik: CaseSpec = {
  key: 'losik',
  names: [
    {
      key: 'latin',
      text: 'Ihar Losik',
      script: 'latin',
      kind: 'primary',
      cite: [{ source: '004', quote: NAMED }],
    },
    { key: 'be', text: 'Ігар Лосік', script: 'be', kind: 'primary', cite: [namedWithSpelling] },
    { key: 'ru', text: 'Игорь Лосик', script: 'ru', kind: 'primary', cite: [namedWithSpelling] },
  ],
  birthDate: {
    value: '1992',
    cite: [
      {
        source: '004',
        quote: 'The 33-year-old',
        note: 'Derived, not stated: 33 years old in an article dated 11 September 2025 means born between 12 September 1991 and 11 September 1992; 1992 is recorded as the year that covers most of that range.',
      },
    ],
  },
  gender: { value: 'male', cite: [{ source: '004', quote: SENTENCE }] },
  occupation: {
    value: 'Journalist for Radio Free Europe/Radio Liberty',
    cite: [{ source: '004', quote: NAMED }],
  },
  affiliations: [
    {
      key: 'rferl',
      name: 'Radio Free Europe/Radio Liberty',
      role: 'journalist',
      cite: [{ source: '004', quote: NAMED }],
    },
  ],
  statusHistory: [
    {
      key: 'convicted-2021',
      status: 'convicted',
      date: '2021-12',
      note: 'Sentenced to 15 years in prison.',
      cite: [{ source: '004', quote: SENTENCE }],
    },
    {
      key: 'released-2025',
      status: 'released',
      date: '2025-09-11',
      note: 'Among the prisoners released on 11 September 2025, according to Viasna.',
      cite: [
        {
          source: '004',
          quote: NAMED,
          note: 'The article, dated 11 September 2025, reports the release of that Thursday.',
        },
      ],
    },
  ],
  events: [],
  legalCases: [
    {
      key: 'case-2021',
      articles: [],
      charges: ['organizing mass riots', 'taking part in mass disorder', 'inciting social hatred'],
      court: '',
      arrestDate: null,
      verdictDate: '2021-12',
      sentence: { months: 180, regime: null, text: '15 years in prison' },
      fines: [],
      note: 'Also convicted on several other charges that remain unclear, according to RFE/RL. The source names the charges, not articles of the Criminal Code.',
      cite: [
        { source: '004', quote: CHARGES },
        { source: '004', quote: SENTENCE },
      ],
    },
  ],
  detention: [],
  tags: ['journalist', 'released_2025_2026'],
  notes: [],
};
