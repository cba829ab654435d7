import type { WarmUpSample } from './SearchIndex.js';

/**
 * Searches an index can run on itself before anyone searches it, made of its own frequent
 * words and case files' titles: V8 optimises the search code only once it has run it many
 * times, with many kinds of input, and until then a search takes two to three times as long
 * (the search worker runs these when it is idle after start; SearchWorkerCore says what was
 * measured). One query of each kind a researcher types, in turn: a name, a word, two words, a
 * quoted name, a quoted pair of words, a word being typed, a misspelt word, a surname with a
 * word, a word left out.
 */
export function warmUpQueries(sample: WarmUpSample, count: number): string[] {
  const { words, names } = sample;
  if (words.length === 0) return [];
  const word = (i: number) => words[i % words.length] as string;
  const name = (i: number) => (names.length > 0 ? (names[i % names.length] as string) : word(i));
  const kinds: ((i: number) => string)[] = [
    (i) => name(i),
    (i) => word(i),
    (i) => `${word(i)} ${word(i * 7 + 3)}`,
    // A name in quotes, a phrase the archive holds: its check stops once a page is found.
    (i) => `"${name(i + 2)}"`,
    // Two frequent words in quotes seldom stand together: up to 200 texts are checked, the
    // slowest path a search takes (one search in nine: on L in Node, the 64 took 0.81 s with
    // them, 0.61 s without).
    (i) => `"${word(i * 3 + 1)} ${word(i * 5 + 2)}"`,
    (i) => word(i * 11 + 4).slice(0, 4),
    (i) => misspelt(word(i * 13 + 5)),
    (i) => `${longestWord(name(i + 1))} ${word(i)}`,
    (i) => `${word(i * 2 + 6)} -${word(i * 17 + 7)}`,
  ];
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const kind = kinds[i % kinds.length] as (i: number) => string;
    out.push(kind(Math.floor(i / kinds.length)));
  }
  return out;
}

/** Two letters inside the word swapped ("sentneced"), as a hurried typist does. */
function misspelt(word: string): string {
  const letters = Array.from(word);
  if (letters.length < 5) return word;
  [letters[2], letters[3]] = [letters[3] as string, letters[2] as string];
  return letters.join('');
}

function longestWord(text: string): string {
  return text.split(/\s+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
}
