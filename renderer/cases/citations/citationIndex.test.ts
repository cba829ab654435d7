import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../shared/model/index.js';
import type { CitationView } from '../../db';
import { numberCitations } from './citationIndex';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const caseFile: CaseFile = {
  id: id(1),
  names: [{ id: id(2), text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
  birthDate: '1992',
  gender: 'male',
  occupation: 'journalist',
  affiliations: [],
  statusHistory: [
    { id: id(3), status: 'released', date: '2025-09-11', note: '' },
    { id: id(4), status: 'detained', date: '2020-06', note: '' },
  ],
  events: [],
  legalCases: [],
  detention: [],
  tagIds: [],
  photoSha256: null,
};

function citation(
  n: number,
  field: CitationView['fact']['field'],
  entryId: string | null,
  createdAt: string,
): CitationView {
  return {
    id: id(100 + n),
    fact: { field, entryId },
    meta: { createdAt },
  } as unknown as CitationView;
}

describe('numberCitations', () => {
  it('numbers citations in the order their facts appear on the page', () => {
    const index = numberCitations(caseFile, [
      citation(1, 'statusHistory', id(3), '2026-01-01T00:00:00.000Z'),
      citation(2, 'birthDate', null, '2026-01-02T00:00:00.000Z'),
      citation(3, 'statusHistory', id(4), '2026-01-03T00:00:00.000Z'),
      citation(4, 'names', id(2), '2026-01-04T00:00:00.000Z'),
      citation(5, 'events', id(99), '2026-01-05T00:00:00.000Z'),
      citation(6, 'birthDate', null, '2026-01-01T00:00:00.000Z'),
    ]);
    expect(index.ordered.map((n) => n.citation.id)).toEqual([
      id(104),
      id(106),
      id(102),
      id(103),
      id(101),
      id(105),
    ]);
    expect(index.ordered.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(index.ordered.at(-1)?.factExists).toBe(false);
    expect(index.byFact.get('birthDate:')?.map((n) => n.number)).toEqual([2, 3]);
  });
});
