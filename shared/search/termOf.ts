import { foldToken } from '../names/foldText.js';
import { WordMemo } from './WordMemo.js';
import { codePointAt, isLetterMarkOrDigit } from './WordScan.js';

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
  const term = PLAIN.test(word) ? word.toLowerCase() : folded.get(word);
  return term === '' || STOP_WORDS.has(term) ? null : term;
}

// Other words (Cyrillic, diacritics, apostrophes) recur too: each is folded once.
const folded = new WordMemo((word) => foldToken(word.replace(POSSESSIVE, '')));

/**
 * The terms of a text, in order: what `splitWords` then `termOf` give, in one pass over the
 * characters (indexing splits every source this way, and the regular expressions and the
 * array of words cost more than the rest of indexing a word).
 */
export function termsOfText(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = codePointAt(text, i);
    if (!inWord(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let plain = true;
    while (i < n) {
      c = codePointAt(text, i);
      if (!inWord(c)) break;
      if (plain && !isAsciiLetterOrDigit(c)) plain = false;
      i += c > 0xffff ? 2 : 1;
    }
    const word = text.slice(start, i);
    const term = plain ? word.toLowerCase() : folded.get(word);
    if (term !== '' && !STOP_WORDS.has(term)) out.push(term);
  }
  return out;
}

/** Not a WORD_SEPARATOR: a letter, mark or digit, or an apostrophe. */
function inWord(c: number): boolean {
  if (c < 0x80) return isAsciiLetterOrDigit(c) || c === 0x27;
  return c === 0x2019 || c === 0x2bc || isLetterMarkOrDigit(c);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
