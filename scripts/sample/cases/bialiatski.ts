import type { CaseSpec, QuoteSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const FOUNDER: QuoteSpec = {
  source: '001',
  quote:
    'According to Viasna, Belarus’ oldest and most prominent rights group, there are currently 1,177 political prisoners behind bars in the country, including the group’s founder Ales Bialiatski, who won the Nobel Peace Prize in 2022.',
};
const RELEASED_000: QuoteSpec = {
  source: '000',
  quote:
    'Since the two leaders spoke on the phone in August, Lukashenko has released 123 prisoners, including Nobel Peace Prize laureate Ales Bialiatski',
};
const RELEASED_003: QuoteSpec = {
  source: '003',
  quote:
    'Lukashenko has released dozens of prisoners, including Nobel Peace Prize laureate **Ales Bialiatski**',
};

export const bialiatski: CaseSpec = {
  key: 'bialiatski',
  names: [
    {
      key: 'latin',
      text: 'Ales Bialiatski',
      script: 'latin',
      kind: 'primary',
      cite: [RELEASED_000],
    },
    {
      key: 'be',
      text: 'Алесь Бяляцкі',
      script: 'be',
      kind: 'primary',
      cite: [standardSpelling(RELEASED_000)],
    },
    {
      key: 'ru',
      text: 'Алесь Беляцкий',
      script: 'ru',
      kind: 'primary',
      cite: [standardSpelling(RELEASED_000)],
    },
  ],
  birthDate: null,
  gender: null,
  occupation: { value: 'Founder of the human rights group Viasna', cite: [FOUNDER] },
  affiliations: [
    { key: 'viasna', name: 'Viasna', role: 'founder', cite: [FOUNDER] },
    {
      key: 'pen-belarus',
      name: 'PEN Belarus',
      role: 'member',
      cite: [
        {
          source: '000',
          quote:
            'Among the members of PEN Belarus are Svetlana Alexievich, who won the 2015 Nobel Prize in literature, and Bialiatski, who was awarded the Nobel Peace Prize in 2022.',
        },
      ],
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
          note: 'The article is dated 6 March 2026; "August" is August 2025, when Trump and Lukashenko spoke by phone.',
        },
        RELEASED_003,
      ],
    },
  ],
  events: [
    {
      key: 'nobel-2022',
      date: '2022',
      text: 'Awarded the Nobel Peace Prize.',
      cite: [
        { source: '000', quote: 'Bialiatski, who was awarded the Nobel Peace Prize in 2022' },
        FOUNDER,
      ],
    },
    {
      key: 'in-prison-2025-05',
      date: '2025-05-07',
      text: 'Counted by Viasna among the 1,177 political prisoners behind bars.',
      cite: [{ ...FOUNDER, note: 'The article is dated 7 May 2025.' }],
    },
    {
      key: 'five-years',
      date: null,
      text: 'Spent more than five years in prison on charges widely seen as politically motivated.',
      cite: [
        {
          source: '000',
          quote:
            'Bialiatski spent more than five years in prison on charges widely seen as politically motivated.',
        },
      ],
    },
  ],
  legalCases: [],
  detention: [],
  tags: ['human_rights_defender', 'released_2025_2026'],
  notes: [],
};
