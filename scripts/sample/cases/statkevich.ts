import type { CaseSpec } from '../caseSpec.js';
import { standardSpelling } from './standardSpelling.js';

const namedIn004 = standardSpelling({
  source: '004',
  quote: 'veteran opposition activist Mikalai Statkevich',
});

const ARREST_2010 =
  'attempted to run for president in 2010, but was arrested, convicted on charges of organizing mass riots and sentenced to sentenced to six years';
const CASE_2020 =
  'Statkevich was arrested again before the 2020 elections, found guilty once more of organizing mass riots, and sentenced to another 14 years.';
const NOT_THE_ARTICLE =
  'The source names the charge, organizing mass riots, not an article of the Criminal Code, so no article is recorded.';

export const statkevich: CaseSpec = {
  key: 'statkevich',
  names: [
    {
      key: 'latin',
      text: 'Mikalai Statkevich',
      script: 'latin',
      kind: 'primary',
      cite: [{ source: '004', quote: 'veteran opposition activist Mikalai Statkevich' }],
    },
    { key: 'be', text: 'Мікалай Статкевіч', script: 'be', kind: 'primary', cite: [namedIn004] },
    { key: 'ru', text: 'Николай Статкевич', script: 'ru', kind: 'primary', cite: [namedIn004] },
    {
      key: 'nikolai',
      text: 'Nikolai Statkevich',
      script: 'latin',
      kind: 'alias',
      cite: [{ source: '002', quote: 'former presidential candidate Nikolai Statkevich' }],
    },
    {
      key: 'statkevic',
      text: 'Statkevič',
      script: 'latin',
      kind: 'alias',
      cite: [
        {
          source: '004',
          quote: 'Statkevich, one of Lukashenko’s most prominent and charismatic opponents',
          note: 'Scholarly transliteration of the surname the source spells Statkevich; not used by the source.',
        },
      ],
    },
  ],
  birthDate: {
    value: '1956',
    cite: [
      {
        source: '004',
        quote: 'the 69-year-old',
        note: 'Derived, not stated: 69 years old in an article dated 11 September 2025 means born between 12 September 1955 and 11 September 1956; 1956 is recorded as the year that covers most of that range.',
      },
    ],
  },
  gender: {
    value: 'male',
    cite: [{ source: '004', quote: 'He repeatedly tried to return to Belarus' }],
  },
  occupation: {
    value: 'Veteran opposition activist; former presidential candidate',
    cite: [
      { source: '004', quote: 'veteran opposition activist Mikalai Statkevich' },
      { source: '002', quote: 'former presidential candidate Nikolai Statkevich' },
    ],
  },
  affiliations: [],
  statusHistory: [
    {
      key: 'detained-2010',
      status: 'detained',
      date: '2010',
      note: 'Arrested after he attempted to run for president in 2010.',
      cite: [{ source: '004', quote: 'attempted to run for president in 2010, but was arrested' }],
    },
    {
      key: 'released-2015',
      status: 'released',
      date: '2015',
      note: 'Released under pressure from the United States.',
      cite: [
        { source: '004', quote: 'in 2015 he was released under pressure from the United States' },
      ],
    },
    {
      key: 'detained-2020',
      status: 'detained',
      date: '2020',
      note: 'Arrested again before the 2020 (August) presidential election.',
      cite: [{ source: '004', quote: 'Statkevich was arrested again before the 2020 elections' }],
    },
    {
      key: 'incommunicado-2023',
      status: 'held_incommunicado',
      date: '2023-02',
      note: 'Held incommunicado since February 2023.',
      cite: [{ source: '004', quote: 'He has been held incommunicado since February 2023.' }],
    },
    {
      key: 'pardoned-2025',
      status: 'pardoned',
      date: '2025-09-11',
      note: 'Pardoned by Lukashenko, one of 52 prisoners released after negotiations with the US.',
      cite: [
        {
          source: '002',
          quote:
            'Belarus has released another 52 prisoners following negotiations with the US , with President Alexander Lukashenko granting pardons on what state media described as humanitarian grounds, the BelTA news agency reported on September 11.',
        },
        {
          source: '002',
          quote:
            'The Viasna Human Rights Centre said that among those freed was former presidential candidate Nikolai Statkevich.',
        },
      ],
    },
    {
      key: 'released-2025',
      status: 'released',
      date: '2025-09-11',
      note: 'Released; he refused to cross into Lithuania.',
      cite: [
        {
          source: '004',
          quote:
            'One of the prisoners released Thursday, veteran opposition activist Mikalai Statkevich, refused to cross into Lithuania',
          note: 'Thursday: 11 September 2025, the date of the article.',
        },
      ],
    },
    {
      key: 'whereabouts-2025',
      status: 'whereabouts_unknown',
      date: '2025-09-11',
      note: 'The Lithuanian Foreign Ministry said one released prisoner had not crossed into Lithuania and his fate remains unknown; it did not name him. AP’s sources identify him as Statkevich.',
      cite: [
        {
          source: '004',
          quote:
            'confirmed that one of the prisoners has not crossed into Lithuania and his fate remains unknown. She did not say who it was.',
        },
        {
          source: '004',
          quote:
            'One of the prisoners released Thursday, veteran opposition activist Mikalai Statkevich, refused to cross into Lithuania',
        },
      ],
    },
  ],
  events: [
    {
      key: 'candidate-2010',
      date: '2010',
      text: 'Attempted to run for president.',
      cite: [{ source: '004', quote: 'attempted to run for president in 2010' }],
    },
    {
      key: 'amnesty-poc',
      date: null,
      text: 'Recognised as a prisoner of conscience by Amnesty International. The source mentions it with his 2010 case and gives no date.',
      cite: [
        {
          source: '004',
          quote: 'Amnesty International recognized him as a prisoner of conscience',
        },
      ],
    },
    {
      key: 'border-2025',
      date: '2025-09-11',
      text: 'Refused to cross into Lithuania; stood in the no-man’s land between Lithuania and Belarus and repeatedly tried to return to Belarus, but border guards blocked his path.',
      cite: [
        {
          source: '004',
          quote:
            'They said that the 69-year-old was standing in the no-man’s land between Lithuania and Belarus. He repeatedly tried to return to Belarus, but border guards blocked his path.',
        },
      ],
    },
  ],
  legalCases: [
    {
      key: 'case-2010',
      articles: [],
      charges: ['organizing mass riots'],
      court: '',
      arrestDate: '2010',
      verdictDate: null,
      sentence: { months: 72, regime: null, text: 'six years' },
      fines: [],
      note: `Arrested when he attempted to run for president in 2010. ${NOT_THE_ARTICLE} The verdict date is not given. Released in 2015.`,
      cite: [{ source: '004', quote: ARREST_2010 }],
    },
    {
      key: 'case-2020',
      articles: [],
      charges: ['organizing mass riots'],
      court: '',
      arrestDate: '2020',
      verdictDate: null,
      sentence: { months: 168, regime: null, text: 'another 14 years' },
      fines: [],
      note: `Arrested before the 2020 elections. ${NOT_THE_ARTICLE} The verdict date is not given. Pardoned and released on 11 September 2025.`,
      cite: [{ source: '004', quote: CASE_2020 }],
    },
  ],
  detention: [],
  tags: ['opposition_politician', 'prisoner_of_conscience', 'released_2025_2026'],
  notes: [
    {
      key: 'border',
      private: false,
      body: `**Stand-off at the Lithuanian border, 11 September 2025.**

Two people who spoke to AP on condition of anonymity (one had spoken to Statkevich, the other
to his wife) said he refused to cross into Lithuania with the other released prisoners,
stood in the no-man’s land between the two countries and repeatedly tried to return to
Belarus until border guards blocked his path.

The Lithuanian Foreign Ministry confirmed only that *one* prisoner had not crossed and that
his fate was unknown; it did not say who it was.

- Open question: where he has been held since. No source in this archive answers it.
`,
    },
    {
      key: 'contacts',
      private: true,
      body: `**Private — leave out of dossiers.**

AP’s information came from a person who spoke to his wife. Before publishing anything on his
whereabouts, check with the family through a trusted intermediary, and do not name the
intermediary in any shared document.
`,
    },
  ],
};
