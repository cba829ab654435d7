import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Revision } from '../model/revision.js';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { TEST_OPTIONS } from './bundleTestkit.js';
import { groupByRecord } from '../merge/groupByRecord.js';
import { buildTagHistories, tagRevisionSpec } from './tagHistories.test-data.js';

const spec = tagRevisionSpec;

const histories = fc.array(fc.array(spec, { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 8,
});

describe('readBundle with revisionsLater', () => {
  it('keeps no revision, and gives every record asked for once, whole, in its bundle order, however chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        histories.chain((h) =>
          fc.tuple(
            fc.shuffledSubarray(buildTagHistories(h).flat(), { minLength: 1 }),
            fc.func(fc.boolean()),
            fc.integer({ min: 1, max: 6 }),
            fc.integer({ min: 1, max: 6 }),
            fc.constantFrom(200, 1_000_000),
          ),
        ),
        async ([revisions, wanted, maxRevisions, maxOpen, maxPartBytes]) => {
          const bytes = await writeBundle(
            { revisions, texts: [] },
            { ...TEST_OPTIONS, maxPartBytes },
          );
          const whole = await readBundle(bytes);
          const later = await readBundle(bytes, { revisionsLater: true });
          expect(later.revisions).toEqual([]);
          expect(later.missingTexts).toEqual(whole.missingTexts);
          const byRecord = later.laterRevisions;
          if (!byRecord) throw new Error('no laterRevisions');
          expect([...byRecord.revisionIds()]).toEqual(whole.revisions.map((r) => r.id));
          const groups = [...groupByRecord(whole.revisions).values()];
          expect(byRecord.recordCount).toBe(groups.length);

          const given = new Map<number, Revision[]>();
          for (const chunk of byRecord.chunks((r) => wanted(r), maxRevisions, maxOpen)) {
            expect(chunk.length).toBeGreaterThan(0);
            // A chunk stops at the record that reaches the size asked.
            const sizes = chunk.map((c) => c.revisions.length);
            expect(sizes.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(maxRevisions);
            for (const c of chunk) {
              expect(given.has(c.index)).toBe(false);
              given.set(c.index, c.revisions);
              expect(c.entity).toBe(byRecord.entityOf(c.index));
              expect(c.recordId).toBe(byRecord.recordIdOf(c.index));
            }
          }
          groups.forEach((group, record) => {
            const got = given.get(record);
            if (!wanted(record)) return expect(got).toBeUndefined();
            // Field for field and in the same key order as the first read returned them.
            expect(JSON.stringify(got)).toBe(JSON.stringify(group));
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
