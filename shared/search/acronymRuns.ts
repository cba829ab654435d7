import { foldToken } from '../names/foldText.js';
import { INSTITUTION_WORDS } from '../names/nameStopWords.js';
import { WordMemo } from './WordMemo.js';
import { isUpperCase, WordScan } from './WordScan.js';

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

/** Words fold the same every time (capitalised words and joiners recur in every source). */
const folds = new WordMemo(foldToken);

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
  words: WordScan = new WordScan().scan(text),
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
  for (let w = 0; w < words.count; w++) {
    const start16 = words.start16[w] as number;
    const end16 = words.end16[w] as number;
    // The first word joins nothing before it; a hyphen alone is the gap of Co-operation.
    const joinsPrevious = prevEnd16 < 0 || onlyJoiningSpace(text, prevEnd16, start16);
    const hyphen =
      prevEnd16 >= 0 && start16 - prevEnd16 === 1 && text.charCodeAt(prevEnd16) === 0x2d;
    if (!joinsPrevious) flush();
    prevEnd16 = end16;
    const word = text.slice(start16, end16);
    const capitalised = isUpperCase(text.charCodeAt(start16)) && !ALL_CAPITALS.test(word);
    // The lower-case half of a hyphenated word belongs to it: Co-operation.
    if (!capitalised && hyphen && run.length > 0) continue;
    if (capitalised) {
      pendingJoiners = 0;
      run.push({
        initial: folds.get(text.charAt(start16)),
        word: folds.get(word),
        start: words.start[w] as number,
        end: words.end[w] as number,
      });
    } else if (run.length > 0 && JOINERS.has(folds.get(word)) && pendingJoiners < 1) {
      pendingJoiners++;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

const ALL_CAPITALS = /^\p{Lu}+$/u;

/** Whether text[from, to) is made only of spaces, tabs, no-break spaces and hyphens (and is not empty). */
function onlyJoiningSpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x2d) return false;
  }
  return true;
}
