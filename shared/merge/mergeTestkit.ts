import type { Actor, Revision } from '../model/revision.js';
import type { CaseFile } from '../model/caseFile.js';
import type { EntityKind } from '../model/entities.js';

/**
 * Builders for merge and bundle tests: deterministic ids and times, so a failing property
 * test prints a history a person can read.
 */
export function testId(n: number, prefix = 0): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

export function testAt(minute: number): string {
  return new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();
}

export const ANNA: Actor = { id: testId(1, 0xa), name: 'Anna' };
export const BORIS: Actor = { id: testId(2, 0xa), name: 'Boris' };
export const CHRYSTIA: Actor = { id: testId(3, 0xa), name: 'Chrystia' };

export function testCase(recordId: string, overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    id: recordId,
    names: [{ id: testId(1, 0xe), text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' }],
    birthDate: '1956',
    gender: 'male',
    occupation: 'politician',
    affiliations: [],
    statusHistory: [],
    events: [],
    legalCases: [],
    detention: [],
    tagIds: [],
    photoSha256: null,
    ...overrides,
  };
}

export interface RevisionInput {
  id: string;
  recordId: string;
  parents?: Revision[];
  at: string;
  by?: Actor;
  data?: unknown;
  deleted?: boolean;
  entity?: EntityKind;
}

export function testRevision(input: RevisionInput): Revision {
  const deleted = input.deleted ?? false;
  return {
    id: input.id,
    entity: input.entity ?? 'case',
    recordId: input.recordId,
    parents: (input.parents ?? []).map((p) => p.id),
    at: input.at,
    by: input.by ?? ANNA,
    deleted,
    data: deleted ? null : (input.data ?? null),
  };
}
