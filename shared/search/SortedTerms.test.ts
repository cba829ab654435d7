import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedTerms } from './SortedTerms.js';

/** Plain Levenshtein distance, the slow way, to check the walk against. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(
        Math.min(
          (prev[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const word = fc.stringMatching(/^[abcč]{0,6}$/u);

describe('SortedTerms', () => {
  it('finds completions and near spellings, also of terms added later', () => {
    const terms = new SortedTerms(['pardoned', 'prison', 'prisoners'].sort());
    terms.add('prisoner');
    expect(terms.withPrefix('pris').sort()).toEqual(['prison', 'prisoner', 'prisoners']);
    expect(terms.within('pardonned', 1)).toEqual([{ term: 'pardoned', distance: 1 }]);
  });

  it('gives every term within the distance, and only those, whatever the vocabulary', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 40 }),
        fc.uniqueArray(word, { maxLength: 5 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        (base, later, query, max) => {
          const terms = new SortedTerms([...base].sort());
          const all = [...base];
          for (const t of later.filter((t) => !base.includes(t))) {
            terms.add(t);
            all.push(t);
          }
          const expected = all
            .map((t) => ({ term: t, distance: levenshtein(query, t) }))
            .filter((n) => n.distance <= max)
            .sort((a, b) => (a.term < b.term ? -1 : 1));
          const found = terms.within(query, max).sort((a, b) => (a.term < b.term ? -1 : 1));
          expect(found).toEqual(expected);
          const skipping = terms.within(query, max, 'c').sort((a, b) => (a.term < b.term ? -1 : 1));
          expect(skipping).toEqual(expected.filter((n) => !n.term.startsWith('c')));
          const prefix = query.slice(0, 2);
          expect(terms.withPrefix(prefix).sort()).toEqual(
            all.filter((t) => t.startsWith(prefix)).sort(),
          );
        },
      ),
    );
  });
});
