import { describe, expect, it } from 'vitest';
import type { Revision } from '../../shared/model/index.js';
import { selectChangedSince } from '../../shared/bundle/selectChangedSince.js';
import { knownFrontier } from './knownFrontier';

const by = { id: '00000000-0000-4000-8000-000000000001', name: 'Anna' };

function rev(id: string, recordId: string, parents: string[] = []): Revision {
  return {
    id,
    entity: 'tag',
    recordId,
    parents,
    at: '2026-01-01T00:00:00.000Z',
    by,
    deleted: false,
    data: { id: recordId, name: id, description: '' },
  };
}

describe('knownFrontier', () => {
  const a1 = rev('a1', 'A');
  const a2 = rev('a2', 'A', ['a1']);
  const b1 = rev('b1', 'B');
  const b2 = rev('b2', 'B', ['b1']);
  const all = [a1, a2, b1, b2];

  it('is the heads of what was held plus what was sent', () => {
    expect(knownFrontier(all, [], [a1, a2, b1])).toEqual(['a2', 'b1']);
    expect(knownFrontier(all, ['a2', 'b1'], [b2])).toEqual(['a2', 'b2']);
  });

  it('keeps what a colleague held when a later bundle did not touch it', () => {
    const after = knownFrontier(all, ['a2', 'b1'], [b2]);
    expect(selectChangedSince(all, after).revisions).toEqual([]);
    const a3 = rev('a3', 'A', ['a2']);
    expect(selectChangedSince([...all, a3], after).revisions.map((r) => r.id)).toEqual(['a3']);
  });
});
