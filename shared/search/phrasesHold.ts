import { foldText, foldToken } from '../names/foldText.js';
import { codePointAt, foldedFirstUnit, WordScan } from './WordScan.js';
import { WordMemo } from './WordMemo.js';

/**
 * Every phrase occurs in the text as consecutive words, and no excluded phrase does; phrases
 * are lists of folded words (foldToken). The rule is that of the folded text: the phrase's
 * words joined by spaces occur in foldText(text) between spaces.
 *
 * Folding a whole 600-word source (NFKD and three Unicode expressions over all of it) for
 * each candidate of a phrase was most of a phrase search's time, so the words are found with
 * WordScan and only those whose first letter can start the phrase are folded (once per
 * distinct word). That reading gives the same words as foldText for any text made of
 * "plain" characters (see `isPlain`); a text with anything else is folded whole, as before.
 */
export function phrasesHold(
  text: string,
  phrases: readonly (readonly string[])[],
  excluded: readonly (readonly string[])[],
): boolean {
  const all = [...phrases, ...excluded];
  if (all.some((p) => p.length === 0) || !isPlain(text)) {
    return foldedPhrasesHold(text, phrases, excluded);
  }
  const words = scan.scan(text);
  const occurs = (phrase: readonly string[]): boolean => {
    const head = phrase[0] as string;
    const lead = head.charCodeAt(0);
    for (let i = 0; i < words.count; i++) {
      const first = foldedFirstUnit(codePointAt(text, words.start16[i] as number));
      if (first !== -1 && first !== lead) continue;
      if (folds.get(words.word(text, i)) !== head) continue;
      // The next words, skipping those that fold to nothing (foldText drops them too).
      let k = 1;
      for (let j = i + 1; k < phrase.length && j < words.count; j++) {
        const w = folds.get(words.word(text, j));
        if (w === '') continue;
        if (w !== phrase[k]) break;
        k++;
      }
      if (k === phrase.length) return true;
    }
    return false;
  };
  return phrases.every(occurs) && !excluded.some(occurs);
}

/** The rule itself: the text folded whole. */
export function foldedPhrasesHold(
  text: string,
  phrases: readonly (readonly string[])[],
  excluded: readonly (readonly string[])[],
): boolean {
  const folded = ` ${foldText(text)} `;
  const occurs = (p: readonly string[]) => folded.includes(` ${p.join(' ')} `);
  return phrases.every(occurs) && !excluded.some(occurs);
}

const scan = new WordScan();
const folds = new WordMemo(foldToken);

/**
 * Whether WordScan's words, folded one by one, are exactly foldText's words for this text:
 * true when every character folds on its own the way it reads (a letter to letters, a
 * separator to nothing) and no apostrophe run joins what WordScan splits ("a''b", "a`b").
 * Capital sigma is left out because its lower case depends on the letters around it.
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x60) return false;
      if (c === 0x27 && isApostropheLike(text.charCodeAt(i + 1))) return false;
      continue;
    }
    if (c === 0x2019 && isApostropheLike(text.charCodeAt(i + 1))) return false;
    let p = plain[c] as number;
    if (p === 0) {
      p = plainChar(c) ? 1 : 2;
      plain[c] = p;
    }
    if (p === 2) return false;
  }
  return true;
}

/** Per BMP unit: 0 not looked at yet, 1 plain, 2 not (surrogates are never plain). */
const plain = new Uint8Array(0x10000);
const WORD_OR_MARK = /^[\p{L}\p{M}\p{N}]$/u;

function plainChar(c: number): boolean {
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || c === 0x2018) return false;
  if (c === 0x2019) return true;
  const s = String.fromCharCode(c);
  return WORD_OR_MARK.test(s)
    ? foldText(`a${s}a`) === `a${foldToken(s)}a`
    : foldText(`a${s}a`) === 'a a';
}

function isApostropheLike(c: number): boolean {
  return (
    c === 0x27 ||
    c === 0x2019 ||
    c === 0x60 ||
    c === 0xb4 ||
    c === 0x2018 ||
    c === 0x2bc ||
    c === 0x2b9
  );
}
