import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from './TopK.js';

describe('TopK', () => {
  it('keeps the same items, in the same order, as sorting everything', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.nat(10), (ranks, k) => {
        // Ties by position, so the order is total.
        const before = (a: number, b: number) => (ranks[b] ?? 0) - (ranks[a] ?? 0) || a - b;
        const top = new TopK(k, before);
        ranks.forEach((_, i) => top.offer(i));
        const sorted = ranks.map((_, i) => i).sort(before);
        expect(top.best()).toEqual(sorted.slice(0, k));
        // Once full, the worst kept is the last of the best, and anything after it is refused.
        const worst = top.worstIfFull();
        expect(worst).toBe(k > 0 && ranks.length >= k ? sorted[k - 1] : undefined);
      }),
    );
  });
});
