import type { CaseSpec, QuoteSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const RELEASED_002: QuoteSpec = {
  source: '002',
  quote:
    'The release comes on the heels of the release of 16 prisoners, including Sergey Tikhanovsky (Siarhei Tsikhanouskiy), the husband of Belarusian opposition leader Svetlana Tikhanovskaya (Sviatlana Tsikhanouskaya) in June following a US-brokered pardon after envoy Keith Kellogg met with President Lukashenko in Minsk.',
  note: 'The article is dated 11 September 2025, so "June" is June 2025.',
};
const RELEASED_004: QuoteSpec = {
  source: '004',
  quote:
    'including freeing Siarhei Tsikhanouski, a key dissident and the husband of exiled opposition leader Sviatlana Tsikhanouskaya, in June.',
  note: 'The article is dated 11 September 2025, so "June" is June 2025.',
};

export const tsikhanouski: CaseSpec = {
  key: 'tsikhanouski',
  names: [
    {
      key: 'latin',
      text: 'Siarhei Tsikhanouski',
      script: 'latin',
      kind: 'primary',
      cite: [{ source: '004', quote: 'Siarhei Tsikhanouski, a key dissident' }],
    },
    {
      key: 'be',
      text: 'Сяргей Ціханоўскі',
      script: 'be',
      kind: 'primary',
      cite: [standardSpelling({ source: '004', quote: 'Siarhei Tsikhanouski, a key dissident' })],
    },
    {
      key: 'ru',
      text: 'Сергей Тихановский',
      script: 'ru',
      kind: 'primary',
      cite: [standardSpelling({ source: '002', quote: 'Sergey Tikhanovsky' })],
    },
    {
      key: 'sergey',
      text: 'Sergey Tikhanovsky',
      script: 'latin',
      kind: 'alias',
      cite: [{ source: '002', quote: 'Sergey Tikhanovsky (Siarhei Tsikhanouskiy)' }],
    },
    {
      key: 'tsikhanouskiy',
      text: 'Siarhei Tsikhanouskiy',
      script: 'latin',
      kind: 'alias',
      cite: [{ source: '002', quote: 'Sergey Tikhanovsky (Siarhei Tsikhanouskiy)' }],
    },
  ],
  birthDate: null,
  gender: {
    value: 'male',
    cite: [
      {
        source: '004',
        quote:
          'Siarhei Tsikhanouski, a key dissident and the husband of exiled opposition leader Sviatlana Tsikhanouskaya',
      },
    ],
  },
  occupation: {
    value: 'Dissident',
    cite: [
      { source: '004', quote: 'Siarhei Tsikhanouski, a key dissident' },
      {
        source: '003',
        quote: 'key dissident figures Siarhei Tsikhanouski, Viktor Babaryka and Maria Kolesnikova',
      },
    ],
  },
  affiliations: [],
  statusHistory: [
    {
      key: 'pardoned-2025-06',
      status: 'pardoned',
      date: '2025-06',
      note: 'Pardoned in a US-brokered deal after US envoy Keith Kellogg met Lukashenko in Minsk.',
      cite: [RELEASED_002],
    },
    {
      key: 'released-2025-06',
      status: 'released',
      date: '2025-06',
      note: 'One of 16 prisoners released in June 2025.',
      cite: [RELEASED_002, RELEASED_004],
    },
  ],
  events: [],
  legalCases: [],
  detention: [],
  tags: ['opposition_politician', 'released_2025_2026'],
  notes: [
    {
      key: 'family',
      private: false,
      body: 'Husband of the exiled opposition leader Sviatlana Tsikhanouskaya (Svetlana Tikhanovskaya), who is not a case file in this archive.\n',
    },
  ],
};
