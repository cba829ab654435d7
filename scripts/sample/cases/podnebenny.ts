import type { CaseSpec, QuoteSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const DIED: QuoteSpec = {
  source: '002',
  quote:
    'The pardons come too late for the 36 year old Andrei Podnebenny who died in a Belarusian jail last week.',
};
const SENTENCE =
  'Born in Russia, Podnebenny was a 16 year prison sentence for what government critics call politically motivated charges.';
const ARRESTED =
  'He was arrested in late 2021 during a sweeping crackdown on dissent after Lukashenko claimed victory in a disputed election the year before.';
const SENTENCED_FOR =
  'A Belarusian court sentenced him in 2022 for running an “extremist” Telegram channel, vandalizing dozens of trolleybuses and setting fire to a prison authority’s car.';
const VIASNA =
  'Podnebenny is thought to be the ninth political prisoner to have died in a Belarusian jail since 2020, according to Viasna, which had recognized him as a political prisoner.';

export const podnebenny: CaseSpec = {
  key: 'podnebenny',
  names: [
    {
      key: 'latin',
      text: 'Andrei Podnebenny',
      script: 'latin',
      kind: 'primary',
      cite: [DIED],
    },
    {
      key: 'ru',
      text: 'Андрей Поднебенный',
      script: 'ru',
      kind: 'primary',
      cite: [standardSpelling(DIED)],
    },
  ],
  // "36 year old" gives two possible birth years; the age is kept in the status note instead.
  birthDate: null,
  gender: { value: 'male', cite: [{ source: '002', quote: ARRESTED }] },
  occupation: null,
  affiliations: [],
  statusHistory: [
    {
      key: 'detained-2021',
      status: 'detained',
      date: '2021',
      note: 'Arrested in late 2021, in the crackdown on dissent after the disputed 2020 election.',
      cite: [{ source: '002', quote: ARRESTED }],
    },
    {
      key: 'convicted-2022',
      status: 'convicted',
      date: '2022',
      note: 'Sentenced to 16 years in prison.',
      cite: [
        { source: '002', quote: SENTENCED_FOR },
        { source: '002', quote: SENTENCE },
      ],
    },
    {
      key: 'died-2025-09',
      status: 'died_in_custody',
      date: '2025-09',
      note: 'Died in a Belarusian jail, aged 36; thought to be the ninth political prisoner to die in a Belarusian jail since 2020, according to Viasna.',
      cite: [
        {
          ...DIED,
          note: 'The article is dated 11 September 2025 (a Thursday), so "last week" is 1–7 September 2025.',
        },
        { source: '002', quote: VIASNA },
      ],
    },
  ],
  events: [
    {
      key: 'born-russia',
      date: null,
      text: 'Born in Russia.',
      cite: [{ source: '002', quote: 'Born in Russia, Podnebenny' }],
    },
    {
      key: 'viasna-recognition',
      date: null,
      text: 'Recognised as a political prisoner by the Viasna Human Rights Centre.',
      cite: [
        {
          source: '002',
          quote: 'according to Viasna, which had recognized him as a political prisoner',
        },
      ],
    },
  ],
  legalCases: [
    {
      key: 'case-2022',
      articles: [],
      charges: [
        'running an “extremist” Telegram channel',
        'vandalizing dozens of trolleybuses',
        'setting fire to a prison authority’s car',
      ],
      court: '',
      arrestDate: '2021',
      verdictDate: '2022',
      sentence: { months: 192, regime: null, text: '16 year prison sentence' },
      fines: [],
      note: 'The source says what he was sentenced for, not the charges’ legal names or articles of the Criminal Code. Government critics call the charges politically motivated.',
      cite: [
        { source: '002', quote: SENTENCED_FOR },
        { source: '002', quote: SENTENCE },
        { source: '002', quote: ARRESTED },
      ],
    },
  ],
  detention: [],
  tags: ['died_in_custody'],
  notes: [],
};
