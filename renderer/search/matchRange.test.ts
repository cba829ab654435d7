import { describe, expect, it } from 'vitest';
import { matchParam, matchRange } from './matchRange';

describe('matchRange', () => {
  it('turns code points into UTF-16 offsets', () => {
    const text = 'a😀b steep fine';
    const r = matchRange(text, matchParam({ start: 4, end: 9 }));
    expect(r).not.toBeNull();
    expect(text.slice(r?.start16, r?.end16)).toBe('steep');
  });

  it('runs to the end of the text', () => {
    expect(matchRange('abc', '1-3')).toEqual({ start16: 1, end16: 3 });
  });

  it('rejects malformed or out-of-range parameters', () => {
    expect(matchRange('abc', 'x')).toBeNull();
    expect(matchRange('abc', '2-2')).toBeNull();
    expect(matchRange('abc', '1-9')).toBeNull();
  });
});
