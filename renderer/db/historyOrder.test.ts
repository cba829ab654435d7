import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Revision } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import { must } from './testArchive.js';
import { historyOrder } from './historyOrder.js';

const rev = (parents: string[], at: string): Revision => ({
  id: newId(),
  entity: 'tag',
  recordId: 'r',
  parents,
  at,
  by: { id: 'a', name: 'A' },
  deleted: false,
  data: null,
});

describe('historyOrder', () => {
  it('puts parents first even when a child carries an earlier time', () => {
    const base = rev([], '2025-01-01T00:00:00.000Z');
    const future = rev([base.id], '2030-01-01T00:00:00.000Z');
    const child = rev([future.id], '2025-06-01T00:00:00.000Z');
    const sibling = rev([base.id], '2026-01-01T00:00:00.000Z');
    expect(historyOrder([child, sibling, future, base]).map((r) => r.id)).toEqual([
      base.id,
      sibling.id,
      future.id,
      child.id,
    ]);
  });

  it('keeps every revision and respects every parent link in random histories', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.array(fc.nat(), { maxLength: 3 }), fc.integer({ min: 0, max: 1000 })),
          { maxLength: 30 },
        ),
        (spec) => {
          const made: Revision[] = [];
          for (const [picks, t] of spec) {
            const parents =
              made.length === 0
                ? []
                : [...new Set(picks.map((p) => must(made[p % made.length]).id))];
            made.push(rev(parents, new Date(Date.UTC(2025, 0, 1) + t * 1000).toISOString()));
          }
          const ordered = historyOrder([...made].reverse());
          expect(ordered.map((r) => r.id).sort()).toEqual(made.map((r) => r.id).sort());
          const position = new Map(ordered.map((r, i) => [r.id, i]));
          for (const r of made)
            for (const p of r.parents)
              expect(must(position.get(p))).toBeLessThan(must(position.get(r.id)));
        },
      ),
    );
  });
});
