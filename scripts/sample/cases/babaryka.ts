import type { CaseSpec, QuoteSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const RELEASED_000: QuoteSpec = {
  source: '000',
  quote: 'prominent opposition figures Maria Kolesnikova and Viktar Babaryka',
};
const RELEASED_003: QuoteSpec = {
  source: '003',
  quote: 'key dissident figures Siarhei Tsikhanouski, Viktor Babaryka and Maria Kolesnikova',
};

export const babaryka: CaseSpec = {
  key: 'babaryka',
  names: [
    {
      key: 'latin',
      text: 'Viktar Babaryka',
      script: 'latin',
      kind: 'primary',
      cite: [RELEASED_000],
    },
    {
      key: 'be',
      text: 'Віктар Бабарыка',
      script: 'be',
      kind: 'primary',
      cite: [standardSpelling(RELEASED_000)],
    },
    {
      key: 'ru',
      text: 'Виктор Бабарико',
      script: 'ru',
      kind: 'primary',
      cite: [standardSpelling(RELEASED_000)],
    },
    {
      key: 'viktor',
      text: 'Viktor Babaryka',
      script: 'latin',
      kind: 'alias',
      cite: [RELEASED_003],
    },
  ],
  birthDate: null,
  gender: null,
  occupation: { value: 'Opposition figure', cite: [RELEASED_000, RELEASED_003] },
  affiliations: [],
  statusHistory: [
    {
      key: 'released',
      status: 'released',
      date: null,
      note: 'Released after the August 2025 phone call between Trump and Lukashenko and before 6 March 2026; the sources give no exact date.',
      cite: [
        {
          source: '000',
          quote:
            'Since the two leaders spoke on the phone in August, Lukashenko has released 123 prisoners, including Nobel Peace Prize laureate Ales Bialiatski and prominent opposition figures Maria Kolesnikova and Viktar Babaryka.',
          note: 'The article is dated 6 March 2026; "August" is August 2025, when Trump and Lukashenko spoke by phone.',
        },
        {
          source: '003',
          quote:
            'Lukashenko has released dozens of prisoners, including Nobel Peace Prize laureate **Ales Bialiatski** and key dissident figures Siarhei Tsikhanouski, Viktor Babaryka and Maria Kolesnikova.',
        },
      ],
    },
  ],
  events: [],
  legalCases: [],
  detention: [],
  tags: ['opposition_politician', 'released_2025_2026'],
  notes: [],
};
