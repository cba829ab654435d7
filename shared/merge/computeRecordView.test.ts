import { describe, expect, it } from 'vitest';
import { CaseFile } from '../model/caseFile.js';
import type { Revision } from '../model/revision.js';
import { computeRecordView } from './computeRecordView.js';
import { resolutionRevision } from './resolutionRevision.js';
import { applyConflictChoice } from './applyConflictChoice.js';
import { ANNA, BORIS, CHRYSTIA, testAt, testCase, testId, testRevision } from './mergeTestkit.js';

const REC = testId(100);
const base = testCase(REC, {
  events: [
    { id: testId(1, 0xf), date: '2020-05-31', text: 'Detained in Hrodna' },
    { id: testId(2, 0xf), date: '2021-12-14', text: 'Sentenced to 14 years' },
  ],
  tagIds: [testId(1, 0x7)],
});
const root = testRevision({ id: testId(1), recordId: REC, at: testAt(0), data: base });

function edit(n: number, parents: Revision[], minute: number, data: unknown, by = ANNA) {
  return testRevision({ id: testId(n), recordId: REC, parents, at: testAt(minute), by, data });
}
const tombstone = (n: number, parents: Revision[], minute: number, by = BORIS) =>
  testRevision({ id: testId(n), recordId: REC, parents, at: testAt(minute), by, deleted: true });

describe('computeRecordView', () => {
  it('shows the one head of a linear history', () => {
    const r2 = edit(2, [root], 1, { ...base, occupation: 'teacher' });
    const view = computeRecordView([r2, root]);
    expect(view.value).toEqual({ ...base, occupation: 'teacher' });
    expect(view.meta).toMatchObject({
      heads: [r2.id],
      createdAt: root.at,
      updatedAt: r2.at,
      conflicts: [],
    });
  });

  it('takes each side’s change when two people changed different fields', () => {
    const a = edit(2, [root], 1, { ...base, occupation: 'teacher' }, ANNA);
    const b = edit(3, [root], 2, { ...base, birthDate: '1956-08-21' }, BORIS);
    const view = computeRecordView([root, a, b]);
    expect(view.value).toEqual({ ...base, occupation: 'teacher', birthDate: '1956-08-21' });
    expect(view.meta.conflicts).toEqual([]);
    expect(view.meta.heads).toEqual([a.id, b.id]);
    expect(CaseFile.safeParse(view.value).success).toBe(true);
  });

  it('keeps both versions of a field changed differently, showing the later one', () => {
    const a = edit(2, [root], 5, { ...base, occupation: 'teacher' }, ANNA);
    const b = edit(3, [root], 2, { ...base, occupation: 'journalist' }, BORIS);
    const view = computeRecordView([b, root, a]);
    expect((view.value as CaseFile).occupation).toBe('teacher');
    expect(view.meta.conflicts).toEqual([
      {
        path: 'occupation',
        versions: [
          { revisionId: b.id, by: BORIS, at: b.at, value: 'journalist' },
          { revisionId: a.id, by: ANNA, at: a.at, value: 'teacher' },
        ],
      },
    ]);
  });

  it('sees no conflict when both sides made the same change', () => {
    const a = edit(2, [root], 1, { ...base, occupation: 'teacher' });
    const b = edit(3, [root], 2, { ...base, occupation: 'teacher' }, BORIS);
    expect(computeRecordView([root, a, b]).meta.conflicts).toEqual([]);
  });

  it('merges list entries one by one: additions on both sides are kept', () => {
    const e3 = { id: testId(3, 0xf), date: '2025-09-11', text: 'Refused to cross the border' };
    const e4 = { id: testId(4, 0xf), date: null, text: 'Transferred to Hlybokaye' };
    const a = edit(2, [root], 1, { ...base, events: [...base.events, e3] });
    const b = edit(3, [root], 2, { ...base, events: [e4, ...base.events] }, BORIS);
    const view = computeRecordView([root, a, b]);
    expect((view.value as CaseFile).events.map((e) => e.id)).toEqual([
      e4.id,
      ...base.events.map((e) => e.id),
      e3.id,
    ]);
    expect(view.meta.conflicts).toEqual([]);
  });

  it('removes an entry removed on one side and untouched on the other', () => {
    const a = edit(2, [root], 1, { ...base, events: base.events.slice(1) });
    const b = edit(3, [root], 2, { ...base, occupation: 'teacher' }, BORIS);
    const value = computeRecordView([root, a, b]).value as CaseFile;
    expect(value.events).toEqual(base.events.slice(1));
    expect(value.occupation).toBe('teacher');
  });

  it('keeps an entry edited on one side and removed on the other, as a conflict', () => {
    const [first, second] = base.events as [CaseFile['events'][number], CaseFile['events'][number]];
    const edited = { ...first, text: 'Detained in Hrodna at a signature picket' };
    const a = edit(2, [root], 1, { ...base, events: [edited, second] }, ANNA);
    const b = edit(3, [root], 9, { ...base, events: [second] }, BORIS);
    const view = computeRecordView([root, a, b]);
    expect((view.value as CaseFile).events).toEqual([edited, second]);
    expect(view.meta.conflicts).toEqual([
      {
        path: `events/${first.id}`,
        versions: [
          { revisionId: a.id, by: ANNA, at: a.at, value: edited },
          { revisionId: b.id, by: BORIS, at: b.at, value: null },
        ],
      },
    ]);
  });

  it('conflicts on one entry edited differently on both sides', () => {
    const [first, second] = base.events as [CaseFile['events'][number], CaseFile['events'][number]];
    const a = edit(2, [root], 1, { ...base, events: [{ ...first, date: '2020-05' }, second] });
    const b = edit(3, [root], 2, { ...base, events: [{ ...first, date: '2020' }, second] }, BORIS);
    const view = computeRecordView([root, a, b]);
    expect(view.meta.conflicts.map((c) => c.path)).toEqual([`events/${first.id}`]);
    expect((view.value as CaseFile).events[0]?.date).toBe('2020');
  });

  it('merges tags as a set of additions and removals', () => {
    const [t1, t2, t3] = [testId(1, 0x7), testId(2, 0x7), testId(3, 0x7)];
    const a = edit(2, [root], 1, { ...base, tagIds: [t1, t2] });
    const b = edit(3, [root], 2, { ...base, tagIds: [t3] }, BORIS);
    const view = computeRecordView([root, a, b]);
    expect((view.value as CaseFile).tagIds).toEqual([t2, t3]);
    expect(view.meta.conflicts).toEqual([]);
  });

  it('keeps a record deleted on one side and edited on the other, with a $deleted conflict', () => {
    const a = edit(2, [root], 1, { ...base, occupation: 'teacher' }, ANNA);
    const gone = tombstone(3, [root], 5);
    const view = computeRecordView([root, a, gone]);
    expect(view.deleted).toBe(false);
    expect((view.value as CaseFile).occupation).toBe('teacher');
    expect(view.meta.conflicts).toEqual([
      {
        path: '$deleted',
        versions: [
          { revisionId: a.id, by: ANNA, at: a.at, value: false },
          { revisionId: gone.id, by: BORIS, at: gone.at, value: true },
        ],
      },
    ]);
  });

  it('deletes a record deleted on one side when the other side did not change it', () => {
    const same = edit(2, [root], 1, { ...base });
    const gone = tombstone(3, [root], 0);
    const view = computeRecordView([root, same, gone]);
    expect(view).toMatchObject({ deleted: true, value: null, meta: { conflicts: [] } });
  });

  it('is deleted when every head is a tombstone', () => {
    const view = computeRecordView([root, tombstone(2, [root], 1), tombstone(3, [root], 2, ANNA)]);
    expect(view.deleted).toBe(true);
    expect(view.meta.conflicts).toEqual([]);
  });

  it('keeps a conflict between two heads when a third head did not touch the field', () => {
    const a = edit(2, [root], 1, { ...base, occupation: 'teacher' }, ANNA);
    const b = edit(3, [root], 2, { ...base, occupation: 'journalist' }, BORIS);
    const c = edit(4, [root], 3, { ...base, gender: null }, CHRYSTIA);
    const view = computeRecordView([root, a, b, c]);
    expect(view.meta.conflicts.map((x) => [x.path, x.versions.map((v) => v.value)])).toEqual([
      ['occupation', ['teacher', 'journalist']],
    ]);
    expect((view.value as CaseFile).gender).toBeNull();
  });

  it('lists three different versions of one field side by side', () => {
    const a = edit(2, [root], 1, { ...base, occupation: 'teacher' }, ANNA);
    const b = edit(3, [root], 2, { ...base, occupation: 'journalist' }, BORIS);
    const c = edit(4, [root], 3, { ...base, occupation: 'lawyer' }, CHRYSTIA);
    const view = computeRecordView([c, b, a, root]);
    expect(view.meta.conflicts[0]?.versions.map((v) => v.value)).toEqual([
      'teacher',
      'journalist',
      'lawyer',
    ]);
    expect((view.value as CaseFile).occupation).toBe('lawyer');
  });

  it('is settled by a revision whose parents are all the heads', () => {
    const a = edit(2, [root], 1, { ...base, occupation: 'teacher' }, ANNA);
    const b = edit(3, [root], 2, { ...base, occupation: 'journalist' }, BORIS);
    const view = computeRecordView([root, a, b]);
    const conflict = view.meta.conflicts[0];
    if (!conflict) throw new Error('expected a conflict');
    const chosen = applyConflictChoice(view.value as Record<string, unknown>, conflict, 'teacher');
    const fix = resolutionRevision({
      entity: 'case',
      recordId: REC,
      heads: view.meta.heads,
      by: ANNA,
      data: chosen,
      at: testAt(3),
    });
    const settled = computeRecordView([root, a, b, fix]);
    expect(settled.meta).toMatchObject({ heads: [fix.id], conflicts: [] });
    expect((settled.value as CaseFile).occupation).toBe('teacher');
  });

  it('does not bring a settled conflict back when a late head arrives', () => {
    const a = edit(2, [root], 1, { ...base, occupation: 'teacher' }, ANNA);
    const b = edit(3, [root], 2, { ...base, occupation: 'journalist' }, BORIS);
    const fix = edit(4, [a, b], 3, { ...base, occupation: 'teacher' }, ANNA);
    const late = edit(5, [root], 4, { ...base, gender: 'female' }, CHRYSTIA);
    const view = computeRecordView([root, a, b, fix, late]);
    expect(view.meta.conflicts).toEqual([]);
    expect(view.value).toMatchObject({ occupation: 'teacher', gender: 'female' });
  });

  it('merges criss-cross histories against a virtual base', () => {
    const a1 = edit(2, [root], 1, { ...base, occupation: 'teacher' }, ANNA);
    const b1 = edit(3, [root], 2, { ...base, gender: null }, BORIS);
    // Both merged each other's work, then Anna changed the birth date.
    const a2 = edit(
      4,
      [a1, b1],
      3,
      { ...base, occupation: 'teacher', gender: null, birthDate: '1955' },
      ANNA,
    );
    const b2 = edit(5, [a1, b1], 4, { ...base, occupation: 'teacher', gender: null }, BORIS);
    const view = computeRecordView([root, a1, b1, a2, b2]);
    expect(view.meta.conflicts).toEqual([]);
    expect(view.value).toMatchObject({ occupation: 'teacher', gender: null, birthDate: '1955' });
  });

  it('compares against nothing when the heads share no history', () => {
    const other = testRevision({
      id: testId(9),
      recordId: REC,
      at: testAt(1),
      by: BORIS,
      data: { ...base, occupation: 'teacher' },
    });
    const view = computeRecordView([root, other]);
    expect(view.meta.conflicts.map((c) => c.path)).toEqual(['occupation']);
    expect((view.value as CaseFile).events).toEqual(base.events);
  });

  it('tolerates missing parents and cycles without looping', () => {
    const orphan = testRevision({ id: testId(7), recordId: REC, at: testAt(1), data: base });
    const withMissing = { ...orphan, parents: [testId(999)] };
    expect(computeRecordView([withMissing]).value).toEqual(base);
    const x = { ...edit(2, [], 1, base), parents: [testId(3)] };
    const y = { ...edit(3, [], 2, base), parents: [testId(2)] };
    expect(computeRecordView([x, y]).meta.heads).toEqual([y.id]);
  });

  it('merges a list whole when entry by entry would break the record (no name left)', () => {
    const alias = {
      id: testId(2, 0xe),
      text: 'Мікалай Статкевіч',
      script: 'be' as const,
      kind: 'primary' as const,
    };
    const [name] = base.names as [CaseFile['names'][number]];
    const two = edit(2, [root], 1, { ...base, names: [name, alias] });
    const a = edit(3, [two], 2, { ...base, names: [alias] }, ANNA);
    const b = edit(4, [two], 3, { ...base, names: [name] }, BORIS);
    const view = computeRecordView([root, two, a, b]);
    expect(CaseFile.safeParse(view.value).success).toBe(true);
    expect((view.value as CaseFile).names).toEqual([name]);
    expect(
      view.meta.conflicts.find((c) => c.path === 'names')?.versions.map((v) => v.value),
    ).toEqual([[alias], [name]]);
  });

  it('does not depend on the order revisions arrive in', () => {
    const a = edit(2, [root], 1, { ...base, occupation: 'teacher', tagIds: [] }, ANNA);
    const b = edit(3, [root], 1, { ...base, occupation: 'journalist' }, BORIS);
    const c = tombstone(4, [root], 1, CHRYSTIA);
    const orders = [
      [root, a, b, c],
      [c, b, a, root],
      [b, root, c, a],
    ];
    const views = orders.map((o) => computeRecordView(o));
    expect(views[1]).toEqual(views[0]);
    expect(views[2]).toEqual(views[0]);
  });
});
