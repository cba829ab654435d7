import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSegments } from './buildSegments';
import type { HighlightRange } from './buildSegments';

const range = (id: string, start16: number, end16: number): HighlightRange => ({
  id,
  kind: 'citation',
  start16,
  end16,
});

describe('buildSegments', () => {
  it('splits around one range', () => {
    expect(
      buildSegments(10, [range('a', 2, 5)]).map((s) => [s.start16, s.end16, s.ranges.length]),
    ).toEqual([
      [0, 2, 0],
      [2, 5, 1],
      [5, 10, 0],
    ]);
  });

  it('splits overlapping ranges into covered pieces', () => {
    const segments = buildSegments(10, [range('a', 1, 6), range('b', 4, 8)]);
    expect(segments.map((s) => [s.start16, s.end16, s.ranges.map((r) => r.id).join('')])).toEqual([
      [0, 1, ''],
      [1, 4, 'a'],
      [4, 6, 'ab'],
      [6, 8, 'b'],
      [8, 10, ''],
    ]);
  });

  it('always covers the whole text in order, for any ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 210 }), fc.integer({ min: -5, max: 210 })), {
          maxLength: 12,
        }),
        (length, pairs) => {
          const ranges = pairs.map(([a, b], i) => range(String(i), Math.min(a, b), Math.max(a, b)));
          const segments = buildSegments(length, ranges);
          let at = 0;
          for (const s of segments) {
            expect(s.start16).toBe(at);
            expect(s.end16).toBeGreaterThan(s.start16);
            for (const r of s.ranges) {
              expect(r.start16).toBeLessThanOrEqual(s.start16);
              expect(r.end16).toBeGreaterThanOrEqual(s.end16);
            }
            at = s.end16;
          }
          expect(at).toBe(length);
        },
      ),
    );
  });
});
