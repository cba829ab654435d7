import { foldToken } from '../names/foldText.js';

/**
 * How text becomes index terms, the same for documents and queries. Words are runs of
 * letters, marks and digits (an apostrophe inside a word stays: Lukashenko's, Мар'я); a term
 * is the word folded (NFKD, diacritics dropped, lower case: Statkevič → statkevic,
 * Ё → е), with an English possessive 's dropped and apostrophes removed. A few very common
 * function words are not indexed: they carry no meaning for search and take a large share of
 * the postings; phrases are still checked against the full text, function words included.
 */

const WORD_SEPARATOR = /[^\p{L}\p{M}\p{N}'’ʼ]+/u;
const POSSESSIVE = /['’ʼ]s$/u;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an and or of to in on at by for with from as is are was were be been it its this that ' +
    'these those he she they his her their which who whom has have had not no but if than then ' +
    'і и ў у в на не а з с да ці ли'
  )
    .split(' ')
    .map(foldToken),
);

/** Splits a text into words (MiniSearch `tokenize`). */
export function splitWords(text: string): string[] {
  return text.split(WORD_SEPARATOR).filter((w) => w !== '');
}

const PLAIN = /^[A-Za-z0-9]+$/u;

/** A word as an index term, or null when it is not indexed (MiniSearch `processTerm`). */
export function termOf(word: string): string | null {
  // Most words of an English text need no Unicode work; folding costs more than indexing.
  const term = PLAIN.test(word) ? word.toLowerCase() : foldToken(word.replace(POSSESSIVE, ''));
  return term === '' || STOP_WORDS.has(term) ? null : term;
}
