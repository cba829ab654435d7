import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldToken } from '../names/foldText.js';
import { wordSpans } from '../names/wordSpans.js';
import { acronymRuns } from './acronymRuns.js';
import {
  findMarks,
  leadSnippet,
  makeSnippet,
  type MatchSpec,
  type Snippet,
} from './makeSnippet.js';
import { wordKeyTerms } from './nameKeyTerms.js';
import { termOf } from './termOf.js';

const spec = (terms: Record<string, number>, more: Partial<MatchSpec> = {}): MatchSpec => ({
  terms: new Map(Object.entries(terms)),
  keyTerms: new Map(),
  acronyms: new Map(),
  phrases: [],
  ...more,
});
const marked = (s: Snippet | null) =>
  (s?.highlights ?? []).map((h) =>
    Array.from(s?.text ?? '')
      .slice(h.start, h.end)
      .join(''),
  );

describe('makeSnippet', () => {
  const long = `${'Filler words here. '.repeat(30)}He was sentenced to 15 years in prison. ${'More filler text. '.repeat(30)}`;

  it('cuts a window around the match, with ellipses and whole words', () => {
    const s = makeSnippet(long, spec({ 15: 0, years: 1 }), 80);
    expect(s?.text.startsWith('…')).toBe(true);
    expect(s?.text.endsWith('…')).toBe(true);
    expect(marked(s)).toEqual(['15 years']);
    expect(Array.from(s?.text ?? '').length).toBeLessThanOrEqual(84);
    expect(s?.text).not.toMatch(/…[a-z]/u);
  });

  it('points its anchor at the match in the whole text', () => {
    const s = makeSnippet(long, spec({ years: 0 }), 80);
    const at = s?.anchor ?? { start: 0, end: 0 };
    expect(Array.from(long).slice(at.start, at.end).join('')).toBe('years');
  });

  it('adds a second passage for matched words the first cannot hold', () => {
    const text = `Ihar Losik worked for Radio Free Europe/Radio Liberty. ${'Filler words. '.repeat(40)} He got 15 years.`;
    const s = makeSnippet(
      text,
      spec({ 15: 0, years: 1 }, { acronyms: new Map([['rfe', 2]]) }),
      100,
    );
    expect(s?.text).toContain(' … ');
    expect(marked(s)).toEqual(['Radio Free Europe', '15 years']);
  });

  it('marks phrases, cross-script name keys and counts code points', () => {
    const text = '🕊️ Mikalai Statkevich was sentenced to 14 years.';
    const s = makeSnippet(
      text,
      spec(
        {},
        { phrases: [['sentenced', 'to', '14', 'years']], keyTerms: new Map([['~st*tk*v*č', 0]]) },
      ),
    );
    expect(marked(s)).toEqual(['Statkevich', 'sentenced to 14 years']);
  });

  it('returns null when nothing matches; leadSnippet shows the start', () => {
    expect(makeSnippet('nothing here', spec({ other: 0 }))).toBeNull();
    expect(leadSnippet('Short text.').text).toBe('Short text.');
  });
});

/** findMarks as it was written first: every word of the text as a span, each folded. */
function referenceMarks(text: string, s: MatchSpec) {
  const marks: { start: number; end: number; key: string; weight: number }[] = [];
  const spans = wordSpans(text);
  const keyMark = (w: { text: string; start: number; end: number }) => {
    const hit = wordKeyTerms(w.text).find((k) => s.keyTerms.has(k));
    const q = hit === undefined ? undefined : s.keyTerms.get(hit);
    if (q !== undefined) marks.push({ start: w.start, end: w.end, key: `t${q}`, weight: 0.9 });
  };
  for (const w of spans) {
    const term = termOf(w.text);
    const q = term === null ? undefined : s.terms.get(term);
    if (q !== undefined) marks.push({ start: w.start, end: w.end, key: `t${q}`, weight: 1 });
    else if (s.keyTerms.size > 0 && /^\p{Lu}/u.test(w.text)) keyMark(w);
  }
  const folded = spans.map((w) => foldToken(w.text));
  s.phrases.forEach((phrase, p) => {
    if (phrase.length === 0) return;
    for (let i = 0; i + phrase.length <= folded.length; i++) {
      const first = spans[i];
      const last = spans[i + phrase.length - 1];
      if (first && last && phrase.every((w, k) => folded[i + k] === w))
        marks.push({ start: first.start, end: last.end, key: `p${p}`, weight: 2 });
    }
  });
  for (const run of s.acronyms.size > 0 ? acronymRuns(text) : []) {
    const q = s.acronyms.get(run.acronym);
    if (q !== undefined) marks.push({ start: run.start, end: run.end, key: `t${q}`, weight: 0.8 });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

describe('findMarks', () => {
  const words = ['Statkevič', 'statkevich', 'Статкевіч', 'years', 'Years', "O'Brien", 'ʼs'];
  const more = ['Radio', 'Free', 'Europe', '15', 'Łuk', 'łuk', 'Ёлка', 'елка', 'the', 'in'];
  const word = fc.constantFrom(...words, ...more);
  const sep = fc.constantFrom(' ', ', ', '/', '. ', '\n', ' — ', "'");
  const text = fc
    .array(fc.tuple(word, sep), { maxLength: 14 })
    .map((ws) => ws.map(([w, s]) => w + s).join(''));

  it('marks what marking every word would mark', () => {
    fc.assert(
      fc.property(text, fc.subarray([...words, ...more]), fc.nat(4), (t, picked, n) => {
        const terms = new Map<string, number>();
        const keyTerms = new Map<string, number>();
        picked.forEach((w, i) => {
          const term = termOf(w);
          if (term !== null) terms.set(term, i);
          for (const k of wordKeyTerms(w)) if (i % 2 === 0) keyTerms.set(k, i);
        });
        const spans = wordSpans(t);
        const phrase = spans.slice(n, n + 2).map((w) => foldToken(w.text));
        const s: MatchSpec = {
          terms,
          keyTerms,
          acronyms: new Map([['rfe', 0]]),
          phrases: phrase.length > 0 ? [phrase] : [],
        };
        expect(findMarks(t, s)).toEqual(referenceMarks(t, s));
      }),
      { numRuns: 500 },
    );
  });
});
