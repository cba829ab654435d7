import { givenNameClasses } from '../names/givenNameVariants.js';
import { phoneticKeys } from '../names/phoneticKeys.js';
import { WordMemo } from './WordMemo.js';
import { codePointAt, isUpperCase, WordScan } from './WordScan.js';

/**
 * Cross-script terms for the names in a text, so that a search for Статкевич finds an
 * article that says Statkevich even when no case file links the two: every capitalised word
 * of the text is indexed also by its phonetic skeletons (`~st*tk*v*č`) and given-name classes
 * (`~g:mikalai`). Only capitalised words, because names are capitalised and this keeps the
 * extra postings to a tenth or so of a text's words. The `~` keeps these terms apart from
 * ordinary words in the index's shared term tree.
 */
export function nameKeyTerms(text: string, words: WordScan = new WordScan().scan(text)): string[] {
  const terms = new Set<string>();
  for (let w = 0; w < words.count; w++) {
    if (!isUpperCase(codePointAt(text, words.start16[w] as number))) continue;
    for (const t of keyTermsOf.get(words.word(text, w))) terms.add(t);
  }
  return [...terms];
}

/** The cross-script terms of one word (document or query). Skeletons under 4 signs are too vague. */
export function wordKeyTerms(word: string): string[] {
  return [...keyTermsOf.get(word)];
}

function computeKeyTerms(word: string): readonly string[] {
  const keys = phoneticKeys(word).skeletons.filter((s) => Array.from(s).length >= 4);
  return [...keys.map((s) => `~${s}`), ...givenNameClasses(word).map((c) => `~g:${c}`)];
}

// The same names and capitalised words recur across thousands of sources: their phonetic
// keys are worked out once.
const keyTermsOf = new WordMemo(computeKeyTerms);
