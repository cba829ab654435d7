/**
 * Words of a text with their positions. Positions are given twice: in Unicode code points
 * (what selectors, mentions and snippets store; see shared/model/selector.ts) and in UTF-16
 * code units (what String#slice needs).
 *
 * A word is a run of letters, marks and digits; an apostrophe between letters stays inside
 * the word (O'Brien, Мар'я, Lukashenko’s), a hyphen or slash splits (RFE/RL → RFE, RL).
 */
export interface WordSpan {
  text: string;
  /** Code point offsets, end exclusive. */
  start: number;
  end: number;
  /** UTF-16 offsets, end exclusive. */
  start16: number;
  end16: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let cp = 0;
  let at16 = 0;
  for (const m of text.matchAll(WORD)) {
    const start16 = m.index;
    cp += countCodePoints(text, at16, start16);
    const len = countCodePoints(text, start16, start16 + m[0].length);
    spans.push({ text: m[0], start: cp, end: cp + len, start16, end16: start16 + m[0].length });
    cp += len;
    at16 = start16 + m[0].length;
  }
  return spans;
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate that follows a high one belongs to the same code point.
    if (c >= 0xdc00 && c <= 0xdfff && i > from && isHigh(text.charCodeAt(i - 1))) continue;
    n++;
  }
  return n;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
