import { describe, expect, it } from 'vitest';
import { leadSnippet, makeSnippet, type MatchSpec, type Snippet } from './makeSnippet.js';

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
