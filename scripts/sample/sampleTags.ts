/** The sample's tag vocabulary. Case files refer to a tag by its key; the generator gives it an id. */
export const SAMPLE_TAGS = {
  journalist: {
    name: 'journalist',
    description: 'Works or worked as a journalist or for a news outlet.',
  },
  opposition_politician: {
    name: 'opposition politician',
    description: 'Opposition figure, candidate or campaign organiser.',
  },
  human_rights_defender: {
    name: 'human rights defender',
    description: 'Works for a human rights organisation.',
  },
  musician: { name: 'musician', description: 'Musician, singer or songwriter.' },
  died_in_custody: { name: 'died in custody', description: 'Died while held in detention.' },
  released_2025_2026: {
    name: 'released 2025–2026',
    description:
      'Freed in the series of releases from 2025 on that followed talks between Belarus and the United States.',
  },
  foreign_national: {
    name: 'foreign national',
    description: 'Holds a citizenship other than Belarusian.',
  },
  prisoner_of_conscience: {
    name: 'prisoner of conscience',
    description: 'Recognised as a prisoner of conscience by Amnesty International.',
  },
} as const;

export type TagKey = keyof typeof SAMPLE_TAGS;
