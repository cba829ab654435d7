import { describe, expect, it } from 'vitest';
import { selectForCases } from './selectForCases.js';
import { selectChangedSince } from './selectChangedSince.js';
import { CASE_ID, TEXT_SHA, smallArchive } from './bundleTestkit.js';
import { testAt, testCase, testId, testRevision } from '../merge/mergeTestkit.js';
import type { Revision } from '../model/revision.js';

describe('bundle selections', () => {
  const archive = smallArchive();
  const otherCase = testId(77, 0x100);
  const other = testRevision({
    id: testId(70),
    recordId: otherCase,
    at: testAt(40),
    data: testCase(otherCase, { tagIds: [] }),
  });
  const otherNote = testRevision({
    id: testId(71),
    recordId: testId(78, 0x100),
    entity: 'note',
    at: testAt(41),
    data: { id: testId(78, 0x100), caseId: otherCase, body: 'x', private: false },
  });
  const all = [...archive.revisions, other, otherNote];

  it('takes chosen case files with their citations, notes, sources, texts and tags', () => {
    const picked = selectForCases(all, [CASE_ID]);
    expect(picked.revisions.map((r) => r.id).sort()).toEqual(
      archive.revisions.map((r) => r.id).sort(),
    );
    expect(picked.textHashes).toEqual([TEXT_SHA]);
    const onlyOther = selectForCases(all, [otherCase]);
    expect(onlyOther.revisions.map((r) => r.id).sort()).toEqual([other.id, otherNote.id]);
    expect(onlyOther.textHashes).toEqual([]);
    expect(selectForCases(all, [testId(12345)]).revisions).toEqual([]);
  });

  it('takes what is new since the revisions a colleague holds (or their heads)', () => {
    const [tag, kase1, kase2] = archive.revisions as [Revision, Revision, Revision];
    const heads = [tag.id, kase2.id];
    const since = selectChangedSince(all, heads);
    expect(since.revisions.map((r) => r.id)).not.toContain(kase1.id);
    expect(since.revisions.map((r) => r.id)).not.toContain(kase2.id);
    expect(since.revisions.map((r) => r.id)).toContain(other.id);
    expect(since.textHashes).toEqual([TEXT_SHA]);
    expect(
      selectChangedSince(
        all,
        all.map((r) => r.id),
      ).revisions,
    ).toEqual([]);
    expect(selectChangedSince(all, []).revisions).toHaveLength(all.length);
  });
});
