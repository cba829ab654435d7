import { foldToken } from '../names/foldText.js';

/**
 * The words of a text exactly as `wordSpans` (shared/names) finds them, but kept in reusable
 * typed arrays instead of one object and one substring per word: a snippet or a phrase check
 * reads a 600-word source to look at the few words that can match, and building 600 spans
 * for each of 50 hits was a good part of a results page's time (and of its garbage).
 *
 * A word is a run of letters, marks and digits that starts with a letter or digit; an
 * apostrophe (' ’ ʼ) followed by a letter, mark or digit stays inside it. Positions are kept
 * in UTF-16 code units (for String#slice) and in code points (what snippets report).
 * The arrays are valid until the next `scan`.
 */
export class WordScan {
  count = 0;
  /** Code point offset just past the end of the scanned text. */
  length = 0;
  start16 = new Int32Array(256);
  end16 = new Int32Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);

  scan(text: string): this {
    const n = text.length;
    let count = 0;
    let i = 0;
    let cp = 0;
    while (i < n) {
      const c = codePointAt(text, i);
      const width = c > 0xffff ? 2 : 1;
      if (charClass(c) !== WORD) {
        i += width;
        cp++;
        continue;
      }
      const from16 = i;
      const from = cp;
      i += width;
      cp++;
      while (i < n) {
        const d = codePointAt(text, i);
        const k = charClass(d);
        if (k === WORD || k === MARK) {
          i += d > 0xffff ? 2 : 1;
          cp++;
          continue;
        }
        if (isApostrophe(d) && i + 1 < n) {
          const e = codePointAt(text, i + 1);
          const ke = charClass(e);
          if (ke === WORD || ke === MARK) {
            i += 1 + (e > 0xffff ? 2 : 1);
            cp += 2;
            continue;
          }
        }
        break;
      }
      if (count === this.start16.length) this.grow();
      this.start16[count] = from16;
      this.end16[count] = i;
      this.start[count] = from;
      this.end[count] = cp;
      count++;
    }
    this.count = count;
    this.length = cp;
    return this;
  }

  /** The text of word `w` of the last scan of `text`. */
  word(text: string, w: number): string {
    return text.slice(this.start16[w], this.end16[w]);
  }

  private grow(): void {
    const size = this.start16.length * 2;
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start16 = bigger(this.start16);
    this.end16 = bigger(this.end16);
    this.start = bigger(this.start);
    this.end = bigger(this.end);
  }
}

const OTHER = 1;
const WORD = 2;
const MARK = 3;

/** Classes of BMP characters, filled as they are met (0: not looked at yet). */
const classes = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK_CHAR = /^\p{M}$/u;

function charClass(c: number): number {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
      ? WORD
      : OTHER;
  }
  if (c <= 0xffff) {
    let k = classes[c] as number;
    if (k === 0) {
      k = classify(c);
      classes[c] = k;
    }
    return k;
  }
  let k = astralClasses.get(c);
  if (k === undefined) {
    k = classify(c);
    astralClasses.set(c, k);
  }
  return k;
}

function classify(c: number): number {
  // A lone surrogate is no character at all, as in a /u regular expression.
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  const s = String.fromCodePoint(c);
  if (LETTER_OR_DIGIT.test(s)) return WORD;
  return MARK_CHAR.test(s) ? MARK : OTHER;
}

/** Whether code point `c` is a letter, a mark or a digit (\p{L}, \p{M}, \p{N}). */
export function isLetterMarkOrDigit(c: number): boolean {
  const k = charClass(c);
  return k === WORD || k === MARK;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/** The code point at UTF-16 offset `i` (a lone surrogate as itself). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const foldedFirsts = new Map<number, number>();

/**
 * The first UTF-16 unit of any word's fold (foldToken, and so termOf) that starts with code
 * point `c`, or -1 when it cannot be told from `c` alone (c folds to nothing). Folding works
 * letter by letter (lower case, NFKD, marks and apostrophes dropped), so a word whose first
 * letter folds to "s…" folds to "s…": a word whose first letter starts no wanted term is
 * skipped without being folded.
 */
export function foldedFirstUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  let f = foldedFirsts.get(c);
  if (f === undefined) {
    const folded = foldToken(String.fromCodePoint(c));
    f = folded === '' ? -1 : folded.charCodeAt(0);
    foldedFirsts.set(c, f);
  }
  return f;
}

const UPPER = /^\p{Lu}$/u;
const uppers = new Map<number, boolean>();

/** Whether code point `c` is an upper-case letter (\p{Lu}). */
export function isUpperCase(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  let u = uppers.get(c);
  if (u === undefined) {
    u = UPPER.test(String.fromCodePoint(c));
    uppers.set(c, u);
  }
  return u;
}
