import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Revision } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import { packRevisions, planPacks, recordKeyOf } from './revisionPack.js';
import { tagRevision } from './testArchive.js';

const actor = { id: newId(), name: 'A' };

/** Histories of `sizes[i]` revisions of record i. */
function histories(sizes: readonly number[]): Revision[][] {
  return sizes.map((n) => {
    const recordId = newId();
    return Array.from({ length: n }, () => tagRevision(recordId, 'x', { by: actor }));
  });
}

describe('planPacks', () => {
  it('keeps every item once, in order, never above the size, a record whole when it fits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(), { maxLength: 30 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 25 }),
        (records, size) => {
          const groups = planPacks(records, size);
          expect(groups.flat()).toEqual(records.flat());
          for (const group of groups) {
            expect(group.length).toBeGreaterThan(0);
            expect(group.length).toBeLessThanOrEqual(size);
          }
          // Which group each record's items went to: one, when the record fits in a group.
          let at = 0;
          const groupOf = groups.flatMap((g, i) => g.map(() => i));
          for (const record of records) {
            const used = new Set(groupOf.slice(at, (at += record.length)));
            if (record.length <= size) expect(used.size).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });
});

describe('packRevisions', () => {
  it('gives each pack the origin, its revision ids and each record key once', () => {
    const records = histories([3, 1, 4]);
    const origin = { bundleId: newId(), receivedAt: '2025-10-01T08:00:00.000Z' };
    const packs = packRevisions(records, origin, 5);
    expect(packs.map((p) => p.revisions.length)).toEqual([4, 4]);
    for (const pack of packs) {
      expect(pack).toMatchObject(origin);
      expect(pack.revisionIds).toEqual(pack.revisions.map((r) => r.id));
      expect(pack.recordKeys).toEqual([
        ...new Set(pack.revisions.map((r) => recordKeyOf(r.entity, r.recordId))),
      ]);
    }
    expect(new Set(packs.map((p) => p.id)).size).toBe(2);
  });
});
