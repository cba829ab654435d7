import type { CaseSpec, QuoteSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const PARDONED: QuoteSpec = {
  source: '001',
  quote:
    'After Donald Trump was sworn into office, he also pardoned three jailed Americans, including Yuras Zyankovich, who was accused of plotting a coup.',
};
const RELEASED: QuoteSpec = {
  source: '001',
  quote:
    'Zyankovich was released last week in what political analyst Valery Karbalevich sees as “a present for Trump’s 100 days in office.”',
  note: 'The article is dated Wednesday 7 May 2025, so "last week" is 28 April – 4 May 2025; only the year is recorded.',
};

export const zyankovich: CaseSpec = {
  key: 'zyankovich',
  names: [
    {
      key: 'latin',
      text: 'Yuras Zyankovich',
      script: 'latin',
      kind: 'primary',
      cite: [PARDONED],
    },
    {
      key: 'be',
      text: 'Юрась Зянковіч',
      script: 'be',
      kind: 'primary',
      cite: [standardSpelling(PARDONED)],
    },
    {
      key: 'ru',
      text: 'Юрий Зенькович',
      script: 'ru',
      kind: 'primary',
      cite: [standardSpelling(PARDONED)],
    },
  ],
  birthDate: null,
  gender: null,
  occupation: null,
  affiliations: [],
  statusHistory: [
    {
      key: 'pardoned-2025',
      status: 'pardoned',
      date: '2025',
      note: 'One of three jailed Americans Lukashenko pardoned after Donald Trump was sworn into office.',
      cite: [
        {
          ...PARDONED,
          note: 'The article is dated 7 May 2025 and places the pardon after Trump was sworn in, so in 2025.',
        },
      ],
    },
    {
      key: 'released-2025',
      status: 'released',
      date: '2025',
      note: 'Released in the week before 7 May 2025.',
      cite: [RELEASED],
    },
  ],
  events: [],
  legalCases: [
    {
      key: 'coup',
      articles: [],
      charges: ['plotting a coup'],
      court: '',
      arrestDate: null,
      verdictDate: null,
      sentence: null,
      fines: [],
      note: 'The source says he was accused of plotting a coup; it gives no court, verdict or sentence.',
      cite: [PARDONED],
    },
  ],
  detention: [],
  tags: ['foreign_national', 'released_2025_2026'],
  notes: [],
};
