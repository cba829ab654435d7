import { describe, expect, it } from 'vitest';
import { acronymRuns } from './acronymRuns.js';

describe('acronymRuns', () => {
  it('spells out institutions, not people', () => {
    const text =
      'Radio Free Europe/Radio Liberty, The Associated Press and the Organization for Security and Co-operation in Europe; Andrei Podnebenny.';
    expect(acronymRuns(text).map((r) => r.acronym)).toEqual(['rfe', 'rl', 'tap', 'ap', 'osce']);
  });

  it('gives the code point range of each run', () => {
    const text = '🕊 Associated Press';
    const [run] = acronymRuns(text);
    expect(Array.from(text).slice(run?.start, run?.end).join('')).toBe('Associated Press');
  });
});
