import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IMPORT_CHANGES, PreviewCollector, previewImport } from './previewImport.js';
import type { TagRevisionSpec } from './tagHistories.test-data.js';
import { buildTagHistories } from './tagHistories.test-data.js';
import { CASE_ID, TAG_ID, TEXT_SHA, smallArchive } from './bundleTestkit.js';
import { ANNA, BORIS, testAt, testCase, testId, testRevision } from '../merge/mergeTestkit.js';
import type { Revision } from '../model/revision.js';

const items = (
  p: ReturnType<typeof previewImport>,
  entity: 'case' | 'tag' | 'source' | 'note' | 'citation',
  change: string,
) => p.byEntity[entity][change as 'added'].map((i) => [i.recordId, i.label]);

describe('previewImport', () => {
  const archive = smallArchive();
  const [tag, kase1, kase2, source, , note] = archive.revisions as [
    Revision,
    Revision,
    Revision,
    Revision,
    Revision,
    Revision,
  ];

  it('into an empty archive, everything is added, with labels', () => {
    const p = previewImport({ revisions: [] }, archive);
    expect(p.totals).toEqual({ added: 5, updated: 0, deleted: 0, conflicting: 0, unchanged: 0 });
    expect(items(p, 'case', 'added')).toEqual([[CASE_ID, 'Mikalai Statkevich']]);
    expect(items(p, 'tag', 'added')).toEqual([[TAG_ID, 'released']]);
    expect(items(p, 'source', 'added')).toEqual([[source.recordId, 'Statkevich released']]);
    expect(items(p, 'note', 'added')).toEqual([[note.recordId, '# Note']]);
    expect(p.byEntity.citation.added[0]?.label).toBe('“Статкевіч”');
    expect(p).toMatchObject({ newRevisions: 6, knownRevisions: 0, newTexts: 1, missingParents: 0 });
    expect(p.byEntity.case.added[0]?.authors).toEqual([ANNA]);
  });

  it('importing what the archive has changes nothing', () => {
    const p = previewImport({ revisions: archive.revisions, textHashes: [TEXT_SHA] }, archive);
    expect(p.totals).toEqual({ added: 0, updated: 0, deleted: 0, conflicting: 0, unchanged: 5 });
    expect(p).toMatchObject({ newRevisions: 0, knownRevisions: 6, newTexts: 0 });
  });

  it('shows updates, deletions and conflicts, and parents the archive lacks', () => {
    const mine = testRevision({
      id: testId(50),
      recordId: CASE_ID,
      parents: [kase2],
      at: testAt(30),
      by: ANNA,
      data: testCase(CASE_ID, { tagIds: [TAG_ID], occupation: 'mine' }),
    });
    const theirs = testRevision({
      id: testId(51),
      recordId: CASE_ID,
      parents: [kase2],
      at: testAt(31),
      by: BORIS,
      data: testCase(CASE_ID, { tagIds: [TAG_ID], occupation: 'theirs' }),
    });
    const renamed = testRevision({
      id: testId(52),
      recordId: TAG_ID,
      entity: 'tag',
      parents: [tag],
      at: testAt(32),
      by: BORIS,
      data: { id: TAG_ID, name: 'freed', description: '' },
    });
    const gone = testRevision({
      id: testId(53),
      recordId: note.recordId,
      entity: 'note',
      parents: [note],
      at: testAt(33),
      by: BORIS,
      deleted: true,
    });
    const orphan = {
      ...testRevision({
        id: testId(54),
        recordId: source.recordId,
        entity: 'source',
        at: testAt(34),
        by: BORIS,
        data: source.data,
      }),
      parents: [testId(999)],
    };
    const p = previewImport(
      { revisions: [...archive.revisions, mine] },
      { revisions: [kase1, kase2, theirs, renamed, gone, orphan] },
    );
    expect(items(p, 'case', 'conflicting')).toEqual([[CASE_ID, 'Mikalai Statkevich']]);
    expect(
      p.byEntity.case.conflicting[0]?.conflicts.map((c) => [
        c.path,
        c.versions.map((v) => v.value),
      ]),
    ).toEqual([['occupation', ['mine', 'theirs']]]);
    expect(items(p, 'tag', 'updated')).toEqual([[TAG_ID, 'freed']]);
    expect(items(p, 'note', 'deleted')).toEqual([[note.recordId, '# Note']]);
    expect(items(p, 'source', 'unchanged')).toEqual([[source.recordId, 'Statkevich released']]);
    expect(p).toMatchObject({ newRevisions: 4, knownRevisions: 2, missingParents: 1 });
  });
});

const spec: fc.Arbitrary<TagRevisionSpec> = fc.record({
  parents: fc.array(fc.nat(), { maxLength: 2 }),
  name: fc.constantFrom('Minsk', 'Hrodna'),
  byBoris: fc.boolean(),
  minute: fc.nat(10),
  deleted: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

describe('PreviewCollector', () => {
  it('given records in any order, keeps the first of each list (conflicts all) and the real sizes', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.array(spec, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 })
          .chain((h) => {
            const records = buildTagHistories(h);
            return fc.record({
              records: fc.constant(records),
              held: fc.array(fc.nat(), { maxLength: 12 }),
              order: fc.shuffledSubarray([...records.keys()], { minLength: records.length }),
              shown: fc.integer({ min: 1, max: 3 }),
            });
          }),
        ({ records, held, order, shown }) => {
          // The archive holds each record's first few revisions.
          const stored = records.map((r, i) => r.slice(0, (held[i] ?? 0) % (r.length + 1)));
          const known = new Set(stored.flat().map((r) => r.id));
          const whole = new PreviewCollector();
          records.forEach((r, i) => whole.add(i, stored[i] ?? [], r, (id) => known.has(id)));
          const cut = new PreviewCollector(shown);
          for (const i of order)
            cut.add(i, stored[i] ?? [], records[i] ?? [], (id) => known.has(id));
          const all = whole.result({ newTexts: 0, missingParents: 0 });
          const got = cut.result({ newTexts: 0, missingParents: 0 });
          expect(got.groupSizes).toEqual(all.groupSizes);
          expect(got.preview.totals).toEqual(all.preview.totals);
          for (const change of IMPORT_CHANGES) {
            const full = all.preview.byEntity.tag[change];
            expect(all.groupSizes.tag[change]).toBe(full.length);
            expect(got.preview.byEntity.tag[change]).toEqual(
              change === 'conflicting' ? full : full.slice(0, shown),
            );
          }
          // Fed in order without a cut, it is previewImport.
          expect(all.preview).toEqual(
            previewImport({ revisions: stored.flat() }, { revisions: records.flat() }),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
