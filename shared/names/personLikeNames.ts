import { foldToken } from './foldText.js';
import { INSTITUTION_WORDS, NAME_BOUNDARY_WORDS } from './nameStopWords.js';
import type { WordSpan } from './wordSpans.js';
import { wordSpans } from './wordSpans.js';

/**
 * Sequences in a text that look like a person's name: two or three capitalised words in a
 * row (Latin or Cyrillic), with titles, demonyms, months and sentence-initial function words
 * cut off, and sequences that name an institution, place, prize or event left out (see
 * nameStopWords.ts). "Belarusian President Alexander Lukashenko" gives "Alexander
 * Lukashenko"; "The Associated Press" and "Nobel Peace Prize" give nothing.
 *
 * A heuristic for suggesting new case files, not a named-entity recogniser: it misses
 * single-word names ("Lukashenko said") and may suggest the odd two-word place.
 */
export interface NameCandidate {
  /** The name as written, possessive 's removed; an all-capitals byline is title-cased. */
  name: string;
  /** Code point range of the name in the text. */
  start: number;
  end: number;
  /** The words, as written. */
  words: string[];
}

type WordKind = 'name' | 'caps' | 'initial' | 'other';

interface Word {
  span: WordSpan;
  /** The word without a possessive 's. */
  bare: string;
  kind: WordKind;
  possessive: boolean;
}

const POSSESSIVE = /['’ʼ]s$/u;

export function personLikeNames(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const run of capitalisedRuns(text)) {
    let segment: Word[] = [];
    const flush = () => {
      const candidate = candidateFrom(text, segment);
      if (candidate) out.push(candidate);
      segment = [];
    };
    for (const w of run) {
      // Words in capitals form names only among themselves (a byline: "By YURAS KARMANAU").
      const caps = w.kind === 'caps';
      if (segment.length > 0 && (segment[0]?.kind === 'caps') !== caps) flush();
      if (NAME_BOUNDARY_WORDS.has(foldToken(w.bare))) flush();
      else segment.push(w);
      if (w.possessive) flush();
    }
    flush();
  }
  return out;
}

/**
 * Runs of capitalised words separated only by spaces (a hyphen inside double-barrelled names
 * and the full stop after an initial are allowed). Punctuation and line breaks end a run.
 */
export function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let prev: Word | null = null;
  for (const span of wordSpans(text)) {
    const w = classify(span);
    const gap = prev ? text.slice(prev.span.end16, span.start16) : '';
    const joins =
      prev !== null &&
      w.kind !== 'other' &&
      !prev.possessive &&
      (/^[ \t\u00a0]+$/u.test(gap) ||
        (gap === '-' && prev.kind === 'name') ||
        (prev.kind === 'initial' && /^\.[ \t\u00a0]*$/u.test(gap)));
    if (!joins && run.length > 0) {
      runs.push(run);
      run = [];
    }
    if (w.kind !== 'other') run.push(w);
    prev = w;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function classify(span: WordSpan): Word {
  const possessive = POSSESSIVE.test(span.text);
  const bare = possessive ? span.text.replace(POSSESSIVE, '') : span.text;
  const letters = Array.from(bare);
  const first = letters[0] ?? '';
  let kind: WordKind = 'other';
  if (/^\p{Lu}$/u.test(first)) {
    const rest = letters.slice(1).join('');
    if (rest === '') kind = 'initial';
    else if (/^[\p{Lu}\p{M}'’ʼ]+$/u.test(rest)) kind = letters.length >= 3 ? 'caps' : 'other';
    // Capitals inside a word: only after Mc/Mac or an apostrophe (McCain, O'Brien);
    // BelTA or IntelliNews are brands, not names.
    else if (!/\p{Lu}/u.test(rest.replace(/^(?:c|ac)(?=\p{Lu})/u, '').replace(/['’ʼ]\p{Lu}/gu, '')))
      kind = 'name';
  }
  return { span, bare, kind, possessive };
}

function candidateFrom(text: string, segment: readonly Word[]): NameCandidate | null {
  const allCaps = segment.every((w) => w.kind === 'caps');
  const named = segment.filter((w) => w.kind !== 'initial');
  if (named.length < 2 || segment.length > 3) return null;
  if (segment.some((w) => INSTITUTION_WORDS.has(foldToken(w.bare)))) return null;
  const first = segment[0];
  const last = segment[segment.length - 1];
  if (!first || !last) return null;
  const words = segment.map((w) => (allCaps ? titleCase(w.bare) : w.bare));
  const end = last.possessive ? last.span.end - 2 : last.span.end;
  const written = text.slice(
    first.span.start16,
    last.possessive ? last.span.end16 - 2 : last.span.end16,
  );
  return {
    name: allCaps ? words.join(' ') : written.replace(/\s+/gu, ' '),
    start: first.span.start,
    end,
    words,
  };
}

function titleCase(word: string): string {
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
