import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../shared/model/caseFile.js';
import type { CaseSpec } from './caseSpec.js';
import { compileCase, type CompileContext } from './compileCase.js';
import { sampleId } from './sampleId.js';
import { SAMPLE_TAGS, type TagKey } from './sampleTags.js';

const TEXT = 'The 69-year-old Mikalai Statkevich was freed. Mikalai Statkevich refused to leave.';

const ctx: CompileContext = {
  sources: new Map([
    [
      '004',
      { id: sampleId('source:test'), sha256: 'a'.repeat(64), text: TEXT, fileName: 'test.txt' },
    ],
  ]),
  tagIds: Object.fromEntries(
    Object.keys(SAMPLE_TAGS).map((k) => [k, sampleId(`tag:${k}`)]),
  ) as Record<TagKey, string>,
};

const spec: CaseSpec = {
  key: 'test',
  names: [
    {
      key: 'latin',
      text: 'Mikalai Statkevich',
      script: 'latin',
      kind: 'primary',
      cite: [{ source: '004', quote: 'Mikalai Statkevich', occurrence: 1 }],
    },
  ],
  birthDate: {
    value: '1956',
    cite: [{ source: '004', quote: 'The 69-year-old', note: 'derived' }],
  },
  gender: null,
  occupation: null,
  affiliations: [],
  statusHistory: [
    {
      key: 'released',
      status: 'released',
      date: '2025-09-11',
      note: '',
      cite: [{ source: '004', quote: 'was freed' }],
    },
  ],
  events: [],
  legalCases: [],
  detention: [],
  tags: ['opposition_politician'],
  notes: [{ key: 'n', body: '*hi*', private: true }],
};

describe('compileCase', () => {
  it('makes a valid case file with a citation for each filled fact', () => {
    const out = compileCase(spec, ctx);
    expect(CaseFile.safeParse(out.caseFile).success).toBe(true);
    expect(out.caseFile).toMatchObject({
      birthDate: '1956',
      gender: null,
      occupation: '',
      tagIds: [ctx.tagIds.opposition_politician],
    });
    const facts = out.citations.map((c) => [c.fact.field, c.fact.entryId]);
    expect(facts).toEqual([
      ['names', out.caseFile.names[0]?.id],
      ['statusHistory', out.caseFile.statusHistory[0]?.id],
      ['birthDate', null],
    ]);
    // occurrence 1: the second mention, not the first.
    expect(out.citations[0]?.selector.start).toBe(TEXT.lastIndexOf('Mikalai Statkevich'));
    expect(out.citations[2]?.note).toBe('derived');
    expect(out.notes).toEqual([
      { id: expect.any(String), caseId: out.caseFile.id, body: '*hi*', private: true },
    ]);
  });

  it('gives the same ids on every run', () => {
    expect(compileCase(spec, ctx)).toEqual(compileCase(spec, ctx));
  });

  it('fails naming the quote when a quote is not in the source', () => {
    const bad: CaseSpec = {
      ...spec,
      gender: { value: 'male', cite: [{ source: '004', quote: 'He refused' }] },
    };
    expect(() => compileCase(bad, ctx)).toThrow(
      'quote not found in test.txt (cited by test gender): "He refused"',
    );
  });

  it('fails on an ambiguous quote and on a duplicate entry key', () => {
    const ambiguous: CaseSpec = {
      ...spec,
      occupation: { value: 'x', cite: [{ source: '004', quote: 'Mikalai Statkevich' }] },
    };
    expect(() => compileCase(ambiguous, ctx)).toThrow(/occurs 2 times/);
    const duplicate: CaseSpec = {
      ...spec,
      statusHistory: [...spec.statusHistory, ...spec.statusHistory],
    };
    expect(() => compileCase(duplicate, ctx)).toThrow('duplicate statusHistory key "released"');
  });
});
