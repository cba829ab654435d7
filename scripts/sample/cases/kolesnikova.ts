import type { CaseSpec, QuoteSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const RELEASED_000: QuoteSpec = {
  source: '000',
  quote:
    'Lukashenko has released 123 prisoners, including Nobel Peace Prize laureate Ales Bialiatski and prominent opposition figures Maria Kolesnikova and Viktar Babaryka.',
};
const RELEASED_003: QuoteSpec = {
  source: '003',
  quote:
    'Lukashenko has released dozens of prisoners, including Nobel Peace Prize laureate **Ales Bialiatski** and key dissident figures Siarhei Tsikhanouski, Viktor Babaryka and Maria Kolesnikova.',
};
const CAMPAIGN: QuoteSpec = {
  source: '002',
  quote:
    'prominent opposition leader Maria Kolesnikova, a leading figure in the opposition movement and Tikhanovskaya’s campaign maanger during the disputed August 2020 president elections',
};

export const kolesnikova: CaseSpec = {
  key: 'kolesnikova',
  names: [
    {
      key: 'latin',
      text: 'Maria Kolesnikova',
      script: 'latin',
      kind: 'primary',
      cite: [RELEASED_000],
    },
    {
      key: 'be',
      text: 'Марыя Калеснікава',
      script: 'be',
      kind: 'primary',
      cite: [standardSpelling(RELEASED_000)],
    },
    {
      key: 'ru',
      text: 'Мария Колесникова',
      script: 'ru',
      kind: 'primary',
      cite: [standardSpelling(RELEASED_000)],
    },
    {
      key: 'kalesnikava',
      text: 'Maria Kalesnikava',
      script: 'latin',
      kind: 'alias',
      cite: [
        {
          ...RELEASED_000,
          note: 'Transliteration of the Belarusian form of the name; the source spells it Kolesnikova.',
        },
      ],
    },
  ],
  birthDate: null,
  gender: null,
  occupation: {
    value:
      'Opposition figure; campaign manager for Sviatlana Tsikhanouskaya in the 2020 presidential election',
    cite: [CAMPAIGN],
  },
  affiliations: [
    {
      key: 'campaign-2020',
      name: 'Sviatlana Tsikhanouskaya’s 2020 presidential campaign',
      role: 'campaign manager',
      cite: [CAMPAIGN],
    },
  ],
  statusHistory: [
    {
      key: 'released',
      status: 'released',
      date: null,
      note: 'Released after the August 2025 phone call between Trump and Lukashenko and before 6 March 2026; the sources give no exact date.',
      cite: [
        {
          ...RELEASED_000,
          note: 'The article is dated 6 March 2026; the releases it counts began after the August 2025 phone call.',
        },
        RELEASED_003,
      ],
    },
  ],
  events: [
    {
      key: 'not-confirmed-2025-09',
      date: '2025-09-11',
      text: 'No confirmation of her release when 52 prisoners were freed.',
      cite: [
        {
          source: '002',
          quote:
            'There was no confirmation of the release of prominent opposition leader Maria Kolesnikova',
        },
      ],
    },
  ],
  legalCases: [],
  detention: [],
  tags: ['opposition_politician', 'released_2025_2026'],
  notes: [],
};
