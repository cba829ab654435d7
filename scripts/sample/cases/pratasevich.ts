import type { CaseSpec, QuoteSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const ARRESTED: QuoteSpec = {
  source: '004',
  quote:
    'Belarusian flight controllers ordered a commercial jet traveling from Greece to Lithuania to land in Minsk. Once the plane landed, authorities arrested Raman Pratasevich, a dissident journalist who was on board.',
};
const NAMED: QuoteSpec = {
  source: '004',
  quote: 'Raman Pratasevich, a dissident journalist who was on board',
};

export const pratasevich: CaseSpec = {
  key: 'pratasevich',
  names: [
    { key: 'latin', text: 'Raman Pratasevich', script: 'latin', kind: 'primary', cite: [NAMED] },
    {
      key: 'be',
      text: 'Раман Пратасевіч',
      script: 'be',
      kind: 'primary',
      cite: [standardSpelling(NAMED)],
    },
    {
      key: 'ru',
      text: 'Роман Протасевич',
      script: 'ru',
      kind: 'primary',
      cite: [standardSpelling(NAMED)],
    },
  ],
  birthDate: null,
  gender: null,
  occupation: { value: 'Dissident journalist', cite: [NAMED] },
  affiliations: [],
  statusHistory: [
    {
      key: 'detained',
      status: 'detained',
      date: null,
      note: 'Arrested in Minsk after Belarusian flight controllers ordered the commercial jet he was on, flying from Greece to Lithuania, to land there. The source gives no date.',
      cite: [ARRESTED],
    },
  ],
  events: [],
  legalCases: [],
  detention: [],
  tags: ['journalist'],
  notes: [],
};
