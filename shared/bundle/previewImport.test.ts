import { describe, expect, it } from 'vitest';
import { previewImport } from './previewImport.js';
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
