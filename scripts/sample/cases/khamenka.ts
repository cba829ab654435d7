import type { CaseSpec, QuoteSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const SENTENCED: QuoteSpec = {
  source: '000',
  quote:
    'Just this week, prominent Belarusian musician and poet Aleh Khamenka was sentenced to three years in prison and a steep fine on charges of extremist activities over his cooperation with a banned radio station.',
  note: 'The article is dated Friday 6 March 2026, so "this week" is 2–6 March 2026.',
};
const DETAINED: QuoteSpec = {
  source: '000',
  quote:
    'Khamenka was detained in June after his house was raided and has spent more than a half year behind bars.',
  note: 'The article is dated 6 March 2026 and he had spent more than half a year behind bars, so "June" is June 2025.',
};

export const khamenka: CaseSpec = {
  key: 'khamenka',
  names: [
    {
      key: 'latin',
      text: 'Aleh Khamenka',
      script: 'latin',
      kind: 'primary',
      cite: [{ source: '000', quote: 'prominent Belarusian musician and poet Aleh Khamenka' }],
    },
    {
      key: 'be',
      text: 'Алег Хаменка',
      script: 'be',
      kind: 'primary',
      cite: [
        standardSpelling({
          source: '000',
          quote: 'prominent Belarusian musician and poet Aleh Khamenka',
        }),
      ],
    },
  ],
  birthDate: null,
  gender: { value: 'male', cite: [DETAINED] },
  occupation: {
    value: 'Musician and poet',
    cite: [{ source: '000', quote: 'prominent Belarusian musician and poet Aleh Khamenka' }],
  },
  affiliations: [],
  statusHistory: [
    {
      key: 'detained-2025-06',
      status: 'detained',
      date: '2025-06',
      note: 'Detained after his house was raided.',
      cite: [DETAINED],
    },
    {
      key: 'convicted-2026-03',
      status: 'convicted',
      date: '2026-03',
      note: 'Sentenced to three years in prison and a steep fine.',
      cite: [SENTENCED],
    },
  ],
  events: [
    {
      key: 'raid-2025-06',
      date: '2025-06',
      text: 'His house was raided and he was detained.',
      cite: [DETAINED],
    },
  ],
  legalCases: [
    {
      key: 'case-2026',
      articles: [],
      charges: ['extremist activities'],
      court: '',
      arrestDate: '2025-06',
      verdictDate: '2026-03',
      sentence: { months: 36, regime: null, text: 'three years in prison' },
      fines: [{ amount: null, currency: '', text: 'a steep fine' }],
      note: 'Over his cooperation with a banned radio station, which the source does not name. The source names the charge, not an article of the Criminal Code.',
      cite: [SENTENCED, DETAINED],
    },
  ],
  detention: [],
  tags: ['musician'],
  notes: [],
};
