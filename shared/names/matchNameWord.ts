import Fuse from 'fuse.js';
import { editBudget } from './editBudget.js';
import { editDistance } from './editDistance.js';
import { givenNameClasses } from './givenNameVariants.js';
import type { NameTier } from './NameMatch.js';
import type { NameVocabulary } from './NameVocabulary.js';
import { wordForm } from './nameWords.js';
import { phoneticKeys } from './phoneticKeys.js';

/** How well one query word met one token. */
export interface Hit {
  score: number;
  tier: NameTier;
}

export interface WordMatchOptions {
  crossScript: boolean;
  prefix: boolean;
  fuzzy: boolean;
}

const PREFIX_LIMIT = 300;
const FUZZY_CANDIDATES = 64;

/**
 * Tokens matching one query word (as typed, and folded), with how well: a few hash look-ups
 * (folded spelling, skeletons, given-name classes), prefixes from the sorted lists, and typos
 * among the few dozen strings that share enough trigrams with the word. Nothing scans all the
 * names.
 */
export function matchNameWord(
  vocabulary: NameVocabulary,
  raw: string,
  folded: string,
  opts: WordMatchOptions,
): Map<number, Hit> {
  const hits = new Map<number, Hit>();
  const offer = (tokenId: number, hit: Hit) => {
    const prev = hits.get(tokenId);
    if (!prev || hit.score > prev.score) hits.set(tokenId, hit);
  };
  const each = (tokens: ArrayLike<number>, f: (t: number) => void) => {
    for (let i = 0; i < tokens.length; i++) f(tokens[i] as number);
  };
  each(vocabulary.byFolded(folded), (t) => offer(t, { score: 1, tier: 'exact' }));

  const keys = phoneticKeys(wordForm(raw));
  // A word's spellings in several scripts share fine keys: each is compared with the query's once.
  const similarityOf = new Map<string, number>();
  if (opts.crossScript) {
    for (const s of keys.skeletons) {
      each(vocabulary.bySkeleton(s), (t) =>
        offer(t, {
          score: 0.7 + 0.2 * fineSimilarity(vocabulary, keys.fine, t, similarityOf),
          tier: 'variant',
        }),
      );
    }
    for (const c of givenNameClasses(wordForm(raw))) {
      each(vocabulary.byGiven(c), (t) => offer(t, { score: 0.7, tier: 'variant' }));
    }
  }

  if (opts.prefix && Array.from(folded).length >= 2) {
    for (const f of vocabulary.foldedWithPrefix(folded, PREFIX_LIMIT)) {
      if (f === folded) continue;
      const score = 0.6 + 0.3 * (folded.length / f.length);
      each(vocabulary.byFolded(f), (t) => offer(t, { score, tier: 'prefix' }));
    }
    if (opts.crossScript) {
      for (const s of keys.skeletons) {
        if (s.length < 3) continue;
        for (const full of vocabulary.skeletonsWithPrefix(s, PREFIX_LIMIT)) {
          if (full === s) continue;
          const score = 0.5 + 0.2 * (s.length / full.length);
          each(vocabulary.bySkeleton(full), (t) => offer(t, { score, tier: 'prefix' }));
        }
      }
    }
  }

  // Typos are looked for unless the word is spelled exactly as some name: then it is taken
  // as meant (and the look-up, the costly part of a query, is saved). A skeleton match does
  // not stop the search: a typo can land on another person's skeleton.
  const budget = editBudget(Array.from(folded).length);
  const exact = [...hits.values()].some((h) => h.tier === 'exact');
  if (opts.fuzzy && budget > 0 && !exact) {
    // The two most likely readings are enough to catch a typo.
    const queryKeys = opts.crossScript ? keys.skeletons.slice(0, 2) : [folded];
    for (const key of queryKeys) {
      // A skeleton of three signs (m*r) is one edit from too many names to mean anything.
      if (Array.from(key).length < 4) continue;
      fuzzyMatches(vocabulary, key, keys.fine, similarityOf, budget, opts.crossScript, offer);
    }
  }
  return hits;
}

/**
 * Typo tolerance: the strings that share enough trigrams with the key (GramIndex) are
 * ranked by fuse.js (Bitap) and kept only if truly within the edit budget.
 */
function fuzzyMatches(
  vocabulary: NameVocabulary,
  key: string,
  queryFine: readonly string[],
  similarityOf: Map<string, number>,
  budget: number,
  crossScript: boolean,
  offer: (tokenId: number, hit: Hit) => void,
): void {
  const grams = crossScript ? vocabulary.skeletonGrams : vocabulary.foldedGrams;
  const strings = grams.candidates(key, budget, FUZZY_CANDIDATES);
  if (strings.length === 0) return;
  const fuse = new Fuse(strings, {
    includeScore: true,
    ignoreLocation: true,
    isCaseSensitive: true,
    threshold: 0.5,
  });
  for (const r of fuse.search(key)) {
    const distance = editDistance(key, r.item, budget);
    if (distance > budget) continue;
    // fuse.js ranks the spelling; the fine keys (with vowels) part names whose skeletons are
    // equally far from the typo. Always below 0.5, under any exact or variant match.
    const base = 0.25 * (1 - (r.score ?? 1)) - 0.05 * (distance - 1);
    const tokens = crossScript ? vocabulary.bySkeleton(r.item) : vocabulary.byFolded(r.item);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as number;
      const similarity = crossScript
        ? fineSimilarity(vocabulary, queryFine, t, similarityOf)
        : 1 - distance / Math.max(key.length, 1);
      offer(t, { score: base + 0.2 * similarity, tier: 'fuzzy' });
    }
  }
}

/** How close the nearest of a token's fine keys comes to the query's (1: the same). */
function fineSimilarity(
  vocabulary: NameVocabulary,
  queryFine: readonly string[],
  tokenId: number,
  similarityOf: Map<string, number>,
): number {
  let best = 0;
  for (const b of vocabulary.fine(tokenId)) {
    let similarity = similarityOf.get(b);
    if (similarity === undefined) {
      similarity = 0;
      for (const a of queryFine) {
        const len = Math.max(a.length, b.length, 1);
        similarity = Math.max(similarity, 1 - editDistance(a, b, len) / len);
      }
      similarityOf.set(b, similarity);
    }
    best = Math.max(best, similarity);
  }
  return best;
}
