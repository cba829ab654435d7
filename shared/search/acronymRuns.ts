import { foldToken } from '../names/foldText.js';
import { INSTITUTION_WORDS } from '../names/nameStopWords.js';
import { type WordSpan, wordSpans } from '../names/wordSpans.js';

/**
 * Acronyms a text spells out: a run of capitalised words gives the term made of their
 * initials, so that a search for RFE/RL finds "Radio Free Europe/Radio Liberty", AP finds
 * "Associated Press" and OSCE finds "Organization for Security and Co-operation in Europe"
 * (lower-case joining words are skipped). Only runs holding an institution word (Radio,
 * Press, Union, Organization …; see names/nameStopWords.ts) count. Indexed in their own field
 * with a low boost.
 */
export interface AcronymRun {
  /** Lower-case initials, e.g. "rfe". */
  acronym: string;
  /** Code point range of the run. */
  start: number;
  end: number;
}

const JOINERS = new Set([
  'of',
  'for',
  'and',
  'the',
  'in',
  'on',
  'de',
  'la',
  'du',
  'des',
  'und',
  'fur',
  'i',
  'и',
  'па',
  'по',
]);

export function acronymRuns(
  text: string,
  spans: readonly WordSpan[] = wordSpans(text),
): AcronymRun[] {
  const out: AcronymRun[] = [];
  let run: { initial: string; word: string; start: number; end: number }[] = [];
  let pendingJoiners = 0;
  const flush = () => {
    // Only names of institutions (Radio Free Europe, Associated Press, European Union) make
    // acronyms; a person's name would make noise (AP for Andrei Podnebenny).
    if (run.length >= 2 && run.some((w) => INSTITUTION_WORDS.has(w.word))) {
      const first = run[0];
      const last = run[run.length - 1];
      if (first && last) {
        out.push({
          acronym: run.map((w) => w.initial).join(''),
          start: first.start,
          end: last.end,
        });
        // Without a leading article: "The Associated Press" is also AP.
        if (run.length >= 3 && /^t$/u.test(first.initial)) {
          const second = run[1];
          if (second)
            out.push({
              acronym: run
                .slice(1)
                .map((w) => w.initial)
                .join(''),
              start: second.start,
              end: last.end,
            });
        }
      }
    }
    run = [];
    pendingJoiners = 0;
  };
  let prevEnd16 = -1;
  for (const w of spans) {
    const gap = prevEnd16 < 0 ? ' ' : text.slice(prevEnd16, w.start16);
    const joinsPrevious = /^[ \t\u00a0-]+$/u.test(gap);
    if (!joinsPrevious) flush();
    prevEnd16 = w.end16;
    const first = w.text.charAt(0);
    const capitalised = /\p{Lu}/u.test(first) && !/^\p{Lu}+$/u.test(w.text);
    // The lower-case half of a hyphenated word belongs to it: Co-operation.
    if (!capitalised && gap === '-' && run.length > 0) continue;
    if (capitalised) {
      pendingJoiners = 0;
      run.push({ initial: foldToken(first), word: foldToken(w.text), start: w.start, end: w.end });
    } else if (run.length > 0 && JOINERS.has(foldToken(w.text)) && pendingJoiners < 1) {
      pendingJoiners++;
    } else {
      flush();
    }
  }
  flush();
  return out;
}
