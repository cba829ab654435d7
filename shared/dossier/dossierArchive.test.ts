import { describe, expect, it } from 'vitest';
import type { ArchivedCase, DossierArchive } from './dossierArchive.js';
import { buildDossierInput } from './dossierArchive.js';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const sha = (n: number) => n.toString(16).padStart(64, '0');

const person = (n: number, tagIds: string[]): ArchivedCase => ({
  id: id(n),
  names: [{ id: id(n * 10), text: `Person ${n}`, script: 'latin', kind: 'primary' }],
  birthDate: null,
  gender: null,
  occupation: '',
  affiliations: [],
  statusHistory: [],
  events: [],
  legalCases: [],
  detention: [],
  tagIds,
  photoSha256: n === 1 ? sha(99) : null,
});

const source = (n: number) => ({
  id: id(100 + n),
  sha256: sha(n),
  title: `Source ${n}`,
  publisher: '',
  author: '',
  date: null,
  url: '',
  format: 'txt' as const,
  fileName: '',
  addedAt: '2025-09-12T08:30:00.000Z',
  length: 4,
});

const citation = (n: number, caseN: number, sourceN: number) => ({
  id: id(200 + n),
  caseId: id(caseN),
  fact: { field: 'birthDate' as const, entryId: null },
  sourceId: id(100 + sourceN),
  selector: { exact: 'text', prefix: '', suffix: '', start: 0, end: 4 },
  sourceSha256: sha(sourceN),
  note: '',
});

const archive: DossierArchive = {
  cases: [
    {
      ...person(1, [id(300)]),
      meta: { conflicts: [{ path: 'occupation' }] },
    },
    person(2, []),
  ],
  sources: [source(1), source(2), source(3)],
  texts: [{ sha256: sha(1), text: 'text' }],
  citations: [citation(1, 1, 1), citation(2, 1, 2), citation(3, 2, 3)],
  notes: [{ id: id(400), caseId: id(1), body: 'n', private: false }],
  tags: [{ id: id(300), name: 'journalist', description: '' }],
  photos: { [sha(99)]: 'data:image/png;base64,AAAA' },
};

describe('buildDossierInput', () => {
  it('takes what the chosen case files need, and only that', () => {
    const input = buildDossierInput(archive, [id(1)], { archiveName: 'A', issuedOn: '2025-09-20' });
    const [c] = input.cases;
    expect(c?.caseFile.id).toBe(id(1));
    expect(c?.caseFile).not.toHaveProperty('meta');
    expect(c?.tags.map((t) => t.name)).toEqual(['journalist']);
    expect(c?.notes).toHaveLength(1);
    expect(c?.citations.map((x) => x.id)).toEqual([id(201), id(202)]);
    expect(c?.photoDataUrl).toBe('data:image/png;base64,AAAA');
    expect(c?.unresolvedConflicts).toEqual(['occupation']);
    // Sources 1 and 2 are cited; only source 1's text is in the archive.
    expect(input.sources.map((s) => [s.source.id, s.text])).toEqual([
      [id(101), 'text'],
      [id(102), null],
    ]);
  });

  it('keeps the order asked for and names a case file that is not there', () => {
    const input = buildDossierInput(archive, [id(2), id(1)], {
      archiveName: 'A',
      issuedOn: '2025-09-20',
    });
    expect(input.cases.map((c) => c.caseFile.id)).toEqual([id(2), id(1)]);
    expect(() =>
      buildDossierInput(archive, [id(9)], { archiveName: 'A', issuedOn: '2025-09-20' }),
    ).toThrow(`case file ${id(9)} is not in the archive`);
  });
});
