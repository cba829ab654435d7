import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceMeta as meta } from './sourceMeta.test-data.js';
import { FullTextIndex } from './FullTextIndex.js';
import { termsOfField } from './fullTextFields.js';

const WORDS = [
  'court',
  'courts',
  'hearing',
  'minsk',
  'article',
  '342',
  'prison',
  'prisoner',
  'riots',
];

const fullTextDoc = (key: string, body: string) => ({
  key,
  names: '',
  title: '',
  byline: '',
  body,
  acronyms: '',
  nameKeys: '',
});

const body = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));
const docs = fc.uniqueArray(fc.record({ key: fc.stringMatching(/^[a-e][0-9]$/u), body }), {
  selector: (d) => d.key,
  maxLength: 12,
});

function build(list: readonly { key: string; body: string }[]): FullTextIndex {
  const index = FullTextIndex.create();
  for (const d of list) index.add(fullTextDoc(d.key, d.body), meta(d.key));
  return index;
}

/** Keys of the documents a look-up of `term` in the body touches, with their scores. */
function scored(index: FullTextIndex, term: string): Map<string, number> {
  const s = index.score([{ term, query: 0, weight: 1, fields: ['body'] }]);
  return new Map(
    [...s.docs].map((doc) => [index.metaAt(doc)?.key ?? '?', s.score[doc] ?? 0] as const),
  );
}

describe('FullTextIndex (properties)', () => {
  it('finds exactly the documents a scan of their words finds', () => {
    fc.assert(
      fc.property(docs, fc.constantFrom(...WORDS), (list, word) => {
        const index = build(list);
        const expected = list
          .filter((d) => termsOfField('body', d.body).includes(word))
          .map((d) => d.key)
          .sort();
        expect([...scored(index, word).keys()].sort()).toEqual(expected);
        expect(index.documentFrequency(word)).toBe(expected.length);
        const holding = index.documentsWith([word], ['body']);
        expect([...holding].map((d) => index.metaAt(d)?.key).sort()).toEqual(expected);
      }),
    );
  });

  it('after any adds, updates and removes, saved and restored, scores as a fresh build', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        key: fc.constantFrom('a', 'b', 'c', 'd'),
        body,
      }),
      fc.record({ kind: fc.constant('remove' as const), key: fc.constantFrom('a', 'b', 'c', 'd') }),
    );
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 30 }),
        fc.constantFrom(...WORDS),
        fc.nat(30),
        (ops, word, restoreAt) => {
          let index = FullTextIndex.create();
          const live = new Map<string, string>();
          for (const [i, o] of ops.entries()) {
            // Part of the edits go to a restored index: its saved terms are found by binary
            // search and its keys mapped on first use, the terms added after it in a Map.
            if (i === restoreAt) index = FullTextIndex.load(structuredClone(index.toJSON()));
            index.discard(o.key);
            live.delete(o.key);
            if (o.kind === 'put') {
              index.add(fullTextDoc(o.key, o.body), meta(o.key));
              live.set(o.key, o.body);
            }
          }
          const fresh = build([...live].map(([key, b]) => ({ key, body: b })));
          expect(index.documentCount).toBe(live.size);
          expect([...scored(index, word).keys()].sort()).toEqual(
            [...scored(fresh, word).keys()].sort(),
          );
          // Saving drops dead documents, so the statistics (and scores) become a fresh build's.
          const restored = FullTextIndex.load(structuredClone(index.toJSON()));
          const a = scored(restored, word);
          const b = scored(fresh, word);
          expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
          for (const [key, score] of b) expect(a.get(key)).toBeCloseTo(score, 9);
          expect(restored.completions('cour', 5)).toEqual(fresh.completions('cour', 5));
          for (const w of WORDS)
            expect(restored.documentFrequency(w)).toBe(fresh.documentFrequency(w));
        },
      ),
    );
  });
});
