import { codePointLength, utf16OffsetOf } from '../anchoring/codePoints.js';
import { foldToken } from '../names/foldText.js';
import type { TextRange } from '../names/NameIndex.js';
import { acronymRuns } from './acronymRuns.js';
import { wordKeyTerms } from './nameKeyTerms.js';
import { termOf } from './termOf.js';
import { codePointAt, foldedFirstUnit, isUpperCase, WordScan } from './WordScan.js';
import { WordMemo } from './WordMemo.js';

/**
 * A short passage of a text around what matched, with the matched words as ranges. No HTML:
 * the UI renders `text` and wraps the ranges itself, so nothing from a source can become
 * markup. Ranges count code points, as everywhere in the archive.
 */
export interface Snippet {
  /** One passage, or two joined by " … "; "…" marks a cut at either end. */
  text: string;
  /** Matched words in `text`, in order, not overlapping; neighbouring matched words are one range. */
  highlights: TextRange[];
  /** The best match in the whole text (code points), to scroll to when the result is opened. */
  anchor: TextRange;
}

/** What to mark in a text, each mapped to the query term it answers (so each counts once). */
export interface MatchSpec {
  /** Index terms that matched (statkevich, years, and fuzzy or prefix variants). */
  terms: ReadonlyMap<string, number>;
  /** Cross-script name terms that matched (~st*tk*v*č, ~g:mikalai). */
  keyTerms: ReadonlyMap<string, number>;
  /** Acronyms that matched (rfe, rl), marked on the words they abbreviate. */
  acronyms: ReadonlyMap<string, number>;
  /** Phrases, as their folded words. */
  phrases: readonly (readonly string[])[];
}

interface Mark extends TextRange {
  key: string;
  weight: number;
}

const ELLIPSIS = '…';

const scan = new WordScan();
/** The words of a snippet's passage (`scan` still holds the whole text's while it is made). */
const passageWords = new WordScan();
const terms = new WordMemo(termOf);
const folds = new WordMemo(foldToken);
const keyTerms = new WordMemo(wordKeyTerms);

/** Every range of `text` that answers the query, sorted, with a weight (phrase 2, word 1, acronym 0.8). */
export function findMarks(text: string, spec: MatchSpec): Mark[] {
  const marks: Mark[] = [];
  const words = scan.scan(text);
  const keyed = spec.keyTerms.size > 0;
  // A word is folded only when its first letter folds to the first letter of a matched term
  // (foldedFirstUnit): most words of a 600-word source are skipped on their first letter.
  const firsts = new Set<number>();
  for (const t of spec.terms.keys()) firsts.add(t.charCodeAt(0));
  // Each word's first folded unit, read again by the phrase look-up below.
  const leads = new Int32Array(words.count);
  for (let w = 0; w < words.count; w++) {
    const c = codePointAt(text, words.start16[w] as number);
    const lead = foldedFirstUnit(c);
    leads[w] = lead;
    if (lead !== -1 && !firsts.has(lead)) {
      if (keyed && isUpperCase(c)) markKeyTerm(words.word(text, w), w, spec, marks);
      continue;
    }
    const word = words.word(text, w);
    const term = terms.get(word);
    const q = term === null ? undefined : spec.terms.get(term);
    if (q !== undefined) marks.push({ start: at(w), end: end(w), key: `t${q}`, weight: 1 });
    else if (keyed && isUpperCase(c)) markKeyTerm(word, w, spec, marks);
  }
  if (spec.phrases.length > 0) {
    spec.phrases.forEach((phrase, p) => {
      const head = phrase[0];
      if (head === undefined) return;
      const lead = head.charCodeAt(0);
      for (let i = 0; i + phrase.length <= words.count; i++) {
        const first = leads[i] as number;
        if (first !== -1 && first !== lead) continue;
        if (phrase.every((w, k) => folds.get(words.word(text, i + k)) === w)) {
          marks.push({ start: at(i), end: end(i + phrase.length - 1), key: `p${p}`, weight: 2 });
        }
      }
    });
  }
  if (spec.acronyms.size > 0) {
    // `scan` still holds this text's words.
    for (const run of acronymRuns(text, scan)) {
      const q = spec.acronyms.get(run.acronym);
      if (q !== undefined)
        marks.push({ start: run.start, end: run.end, key: `t${q}`, weight: 0.8 });
    }
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

const at = (w: number): number => scan.start[w] as number;
const end = (w: number): number => scan.end[w] as number;

/** Marks a capitalised word whose cross-script name terms matched. */
function markKeyTerm(word: string, w: number, spec: MatchSpec, marks: Mark[]): void {
  const hit = keyTerms.get(word).find((k) => spec.keyTerms.has(k));
  const kq = hit === undefined ? undefined : spec.keyTerms.get(hit);
  if (kq !== undefined) marks.push({ start: at(w), end: end(w), key: `t${kq}`, weight: 0.9 });
}

/**
 * The snippet of `text` for `spec`: the window of about `length` code points that answers the
 * most query terms (each counted once, by weight); if some matched terms are left out, a
 * second, shorter passage that holds them. Null when nothing in the text matches.
 */
export function makeSnippet(text: string, spec: MatchSpec, length = 200): Snippet | null {
  const marks = findMarks(text, spec);
  if (marks.length === 0) return null;
  // findMarks has just scanned the whole text.
  const total = scan.length;
  const first = bestWindow(marks, length, new Set());
  if (!first) return null;
  const second = bestWindow(marks, Math.round(length * 0.55), first.keys);
  const windows = [first];
  if (second && (second.end < first.start || second.start > first.end)) {
    windows.push(second);
  }
  const passages = windows
    .map((w) => widen(text, w, windows.length === 1 ? length : Math.round(length * 0.6), total))
    .sort((a, b) => a.from - b.from);
  return render(text, passages, marks, total, first.anchor);
}

/** A preview of the start of a text when nothing in it matched (a result found by its title). */
export function leadSnippet(text: string, length = 200): Snippet {
  const total = codePointLength(text);
  const passage = widen(
    text,
    { start: 0, end: 0, keys: new Set(), anchor: { start: 0, end: 0 } },
    length,
    total,
  );
  return render(text, [passage], [], total, { start: 0, end: 0 });
}

interface Window {
  start: number;
  end: number;
  keys: Set<string>;
  anchor: TextRange;
}

function bestWindow(
  marks: readonly Mark[],
  length: number,
  exclude: ReadonlySet<string>,
): Window | null {
  let best: (Window & { score: number }) | null = null;
  for (let i = 0; i < marks.length; i++) {
    const head = marks[i];
    if (!head || exclude.has(head.key)) continue;
    const weights = new Map<string, number>();
    let end = head.end;
    for (let j = i; j < marks.length; j++) {
      const m = marks[j];
      if (!m || m.end - head.start > length) break;
      if (exclude.has(m.key)) continue;
      weights.set(m.key, Math.max(weights.get(m.key) ?? 0, m.weight));
      end = Math.max(end, m.end);
    }
    const score = [...weights.values()].reduce((a, b) => a + b, 0);
    if (!best || score > best.score + 1e-9) {
      best = {
        start: head.start,
        end,
        keys: new Set(weights.keys()),
        anchor: { start: head.start, end: head.end },
        score,
      };
    }
  }
  return best;
}

interface Passage {
  from: number;
  to: number;
}

/** The window grown to `length`, a third of the room before it, not cutting words in two. */
function widen(text: string, w: Window, length: number, total: number): Passage {
  const span = w.end - w.start;
  const size = Math.max(length, span);
  let from = Math.max(0, w.start - Math.floor((size - span) / 3));
  let to = Math.min(total, from + size);
  if (to === total) from = Math.max(0, to - size);
  // Only the passage's first and last words are read: scanned into reused arrays, not one
  // span object and one regular-expression match per word.
  const words = passageWords.scan(cpSlice(text, from, to));
  const last = words.count - 1;
  if (
    last >= 0 &&
    words.start[0] === 0 &&
    isWordChar(text, from - 1) &&
    from + (words.end[0] as number) <= w.start
  ) {
    from += words.end[0] as number;
  }
  if (
    last >= 0 &&
    isWordChar(text, to) &&
    words.end[last] === to - from &&
    from + (words.start[last] as number) >= w.end
  ) {
    to = from + (words.start[last] as number);
  }
  const body = cpSlice(text, from, to);
  // Nor with the punctuation that ended the word before.
  const lead = /^[\s/.,;:·—–)\]-]*/u.exec(body)?.[0] ?? '';
  from += Math.min(codePointLength(lead), Math.max(0, w.start - from));
  to -= codePointLength(body) - codePointLength(body.trimEnd());
  return { from, to: Math.max(from, to) };
}

function isWordChar(text: string, cp: number): boolean {
  return cp >= 0 && /[\p{L}\p{N}]/u.test(cpSlice(text, cp, cp + 1));
}

function render(
  text: string,
  passages: readonly Passage[],
  marks: readonly Mark[],
  total: number,
  anchor: TextRange,
): Snippet {
  let out = '';
  let outLength = 0;
  const highlights: TextRange[] = [];
  passages.forEach((p, i) => {
    const lead = i === 0 ? (p.from > 0 ? ELLIPSIS : '') : ` ${ELLIPSIS} `;
    out += lead;
    outLength += codePointLength(lead);
    const offset = outLength - p.from;
    for (const m of marks) {
      if (m.start >= p.from && m.end <= p.to)
        addRange(highlights, { start: m.start + offset, end: m.end + offset });
    }
    const body = cpSlice(text, p.from, p.to);
    out += body;
    outLength += codePointLength(body);
  });
  const last = passages[passages.length - 1];
  if (last && last.to < total) out += ELLIPSIS;
  return { text: out, highlights: mergeRanges(highlights, out), anchor };
}

function addRange(list: TextRange[], r: TextRange): void {
  const prev = list[list.length - 1];
  if (prev && r.start < prev.end) {
    prev.end = Math.max(prev.end, r.end);
    return;
  }
  list.push(r);
}

/** Ranges separated only by spaces become one ("15 years"). */
function mergeRanges(ranges: readonly TextRange[], text: string): TextRange[] {
  const out: TextRange[] = [];
  const chars = Array.from(text);
  for (const r of ranges) {
    const prev = out[out.length - 1];
    if (prev && chars.slice(prev.end, r.start).every((c) => c === ' '))
      prev.end = Math.max(prev.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function cpSlice(text: string, from: number, to: number): string {
  return text.slice(utf16OffsetOf(text, from), utf16OffsetOf(text, to));
}
