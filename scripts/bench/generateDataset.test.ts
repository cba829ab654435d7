import { describe, expect, it } from 'vitest';
import { anchorSelector } from '../../shared/anchoring/anchorSelector.js';
import { ENTITY_SCHEMAS } from '../../shared/model/entities.js';
import type { Citation } from '../../shared/model/citation.js';
import { generateDataset, nameQueries } from './generateDataset.js';

const SMALL = { cases: 60, sources: 120, citations: 240 };

describe('generateDataset', () => {
  it('makes records that satisfy the model and citations that anchor exactly', async () => {
    const data = await generateDataset(SMALL, 1);
    for (const revision of data.revisions) {
      const parsed = ENTITY_SCHEMAS[revision.entity].safeParse(revision.data);
      expect(parsed.error?.issues ?? [], `${revision.entity} ${revision.recordId}`).toEqual([]);
    }
    const textBySha = new Map(data.texts.map((t) => [t.sha256, t.text]));
    const citations = data.revisions
      .filter((r) => r.entity === 'citation')
      .map((r) => r.data as Citation);
    expect(citations).toHaveLength(SMALL.citations);
    for (const c of citations) {
      const anchored = anchorSelector(textBySha.get(c.sourceSha256) ?? '', c.selector);
      expect(anchored.status).toBe('anchored');
    }
  });

  it('is reproducible from its seed and differs between seeds', async () => {
    const [a, b, c] = await Promise.all([
      generateDataset(SMALL, 5),
      generateDataset(SMALL, 5),
      generateDataset(SMALL, 6),
    ]);
    expect(b.revisions).toEqual(a.revisions);
    expect(c.texts[0]?.text).not.toEqual(a.texts[0]?.text);
  });

  it('gives every person names in three scripts and queries that name a real case', async () => {
    const data = await generateDataset(SMALL, 2);
    const ids = new Set(data.people.map((p) => p.caseId));
    expect(ids.size).toBe(SMALL.cases);
    for (const p of data.people) {
      expect(p.be).toMatch(/[а-яіў]/i);
      expect(p.ru).not.toMatch(/[іў]/);
      expect(p.latin).toMatch(/^[A-Za-z' ]+$/);
    }
    for (const q of nameQueries(data.people, 50)) expect(ids.has(q.expectedCaseId)).toBe(true);
  });
});
