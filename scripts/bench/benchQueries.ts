import type { FullTextQueryInput, NameQueryInput } from './harness/benchPageApi.js';
import type { DatasetMeta } from './datasetCache.js';
import { nameQueries } from './generateDataset.js';
import { seededRandom } from './seededRandom.js';

/** Name queries timed and scored (issue 3: the same queries for the index and the baseline). */
export const NAME_QUERIES = 500;
/** The baseline is a full fuse.js scan per query; the first of the name queries are used. */
export const BASELINE_QUERIES = 100;

/** Words of the generated articles' court reporting, as a researcher might type them. */
const COMMON = [
  'court',
  'hearing',
  'lawyers',
  'evidence',
  'acquittal',
  'prosecutor',
  'prisoner',
  'political',
  'release',
  'embassy',
  'colony administration',
  'human rights',
  'cold cells',
  'restricted visits',
  'independent media',
  'riots',
  'sentenced',
  'letters from prison',
  'websites blocked',
  'relatives',
];

export interface BenchQueries {
  names: NameQueryInput[];
  fullText: FullTextQueryInput[];
  /** For the start-up figure: a name to search and the surnames a result would show. */
  startup: { query: string; surnames: string[] };
}

const surnameOf = (name: string): string => name.split(' ').slice(1).join(' ');

/**
 * Queries made from the data set, the same on every run: the generator's name queries (six
 * kinds: Belarusian and Russian Cyrillic, Russian-based Latin, a typo, surname first, folded
 * lower case) and full-text queries of four kinds: words of a phrase that occurs in a source,
 * the quoted phrase itself, common words of court reporting, a person's surname with a word.
 */
export function benchQueries(meta: DatasetMeta): BenchQueries {
  const random = seededRandom(meta.seed ^ 0x5eed);
  const phrases = meta.phrases.map((p) => p.query);
  const fullText: FullTextQueryInput[] = [];
  // Every other phrase as free words, the others quoted (S has 100 phrases, L 1,000).
  const few = phrases.slice(0, 200);
  few
    .filter((_, i) => i % 2 === 0)
    .forEach((query) => fullText.push({ query, kind: 'phrase_words' }));
  few
    .filter((_, i) => i % 2 === 1)
    .slice(0, 50)
    .forEach((p) => fullText.push({ query: `"${p}"`, kind: 'quoted_phrase' }));
  for (let i = 0; i < 50; i++) fullText.push({ query: random.pick(COMMON), kind: 'common' });
  for (let i = 0; i < 50; i++) {
    const person = random.pick(meta.people);
    const word = random.pick(['sentenced', 'court', 'years']);
    fullText.push({ query: `${surnameOf(person.latin)} ${word}`, kind: 'surname_word' });
  }
  const person = meta.people[0];
  if (!person) throw new Error('the data set has no people');
  return {
    names: nameQueries(meta.people, NAME_QUERIES),
    fullText,
    startup: {
      query: person.latin,
      surnames: [person.latin, person.latinRu, person.be, person.ru].map(surnameOf),
    },
  };
}
