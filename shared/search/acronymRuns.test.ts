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

  it('joins words across spaces, tabs, no-break spaces and hyphens only', () => {
    expect(acronymRuns('Radio\u00a0Free\tEurope said').map((r) => r.acronym)).toEqual(['rfe']);
    expect(acronymRuns('Radio Free, Europe Press').map((r) => r.acronym)).toEqual(['rf', 'ep']);
    expect(acronymRuns('NATO Press Union').map((r) => r.acronym)).toEqual(['pu']);
    // A joining word links runs in any script.
    expect(acronymRuns('Радыё Свабода and Radio Liberty').map((r) => r.acronym)).toEqual(['рсrl']);
  });
});
