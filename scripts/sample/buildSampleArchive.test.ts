import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorSelector } from '../../shared/anchoring/anchorSelector.js';
import {
  LIST_FACT_FIELDS,
  type CaseFactField,
  type CaseFile,
} from '../../shared/model/caseFile.js';
import {
  SAMPLE_ARCHIVE_PATH,
  SAMPLE_TIME,
  SEEDS_DIR,
  buildSampleArchive,
  serializeSampleArchive,
} from './buildSampleArchive.js';
import { sampleRecords, type SampleRecords } from './sampleRecords.js';
import { SEED_SOURCES } from './seedSources.js';

let sample: SampleRecords;

beforeAll(async () => {
  sample = await sampleRecords(SAMPLE_ARCHIVE_PATH);
});

const isCitedList = (field: CaseFactField) => LIST_FACT_FIELDS.has(field);

/** The fact refs a case file has a value for: each list entry, each filled scalar field. */
function filledFacts(c: CaseFile): { field: CaseFactField; entryId: string | null }[] {
  const facts: { field: CaseFactField; entryId: string | null }[] = [];
  const lists = [
    'names',
    'affiliations',
    'statusHistory',
    'events',
    'legalCases',
    'detention',
  ] as const;
  for (const field of lists) for (const e of c[field]) facts.push({ field, entryId: e.id });
  if (c.birthDate !== null) facts.push({ field: 'birthDate', entryId: null });
  if (c.gender !== null) facts.push({ field: 'gender', entryId: null });
  if (c.occupation !== '') facts.push({ field: 'occupation', entryId: null });
  return facts;
}

describe('the committed sample archive', () => {
  it('is exactly what the generator makes from ../shared/seeds (it cannot drift)', async () => {
    expect(existsSync(SEEDS_DIR), `seed articles expected at ${SEEDS_DIR}`).toBe(true);
    const fresh = serializeSampleArchive(await buildSampleArchive(SEEDS_DIR));
    const committed = await readFile(SAMPLE_ARCHIVE_PATH, 'utf8');
    // Compare lengths first: a 180 kB string diff is no help when only the size is off.
    expect(committed.length).toBe(fresh.length);
    expect(committed === fresh, 'run `npm run build:sample` and commit the result').toBe(true);
  });

  it('holds the five seed articles exactly as their files have them', async () => {
    expect(sample.archive.texts).toHaveLength(5);
    for (const spec of Object.values(SEED_SOURCES)) {
      const fileText = (await readFile(path.join(SEEDS_DIR, spec.fileName), 'utf8')).replace(
        /^\uFEFF/,
        '',
      );
      const source = sample.sources.find((s) => s.fileName === spec.fileName);
      expect(source, spec.fileName).toBeDefined();
      const text = sample.archive.texts.find((t) => t.sha256 === source?.sha256);
      expect(text?.text).toBe(fileText);
      expect(source?.length).toBe(Array.from(fileText).length);
      expect(source?.url).toBe('');
      expect(source?.format).toBe('txt');
    }
  });

  it('names every text by the SHA-256 of its UTF-8 bytes', () => {
    for (const t of sample.archive.texts) {
      expect(createHash('sha256').update(t.text, 'utf8').digest('hex')).toBe(t.sha256);
    }
  });

  it('carries the metadata we know: AP and bne IntelliNews, the articles’ dates', () => {
    const byFile = (f: string) => sample.sources.find((s) => s.fileName.startsWith(f));
    expect(byFile('000')).toMatchObject({ publisher: 'Associated Press', date: '2026-03-06' });
    expect(byFile('001')).toMatchObject({
      publisher: 'Associated Press',
      author: 'Yuras Karmanau',
      date: '2025-05-07',
    });
    expect(byFile('002')).toMatchObject({ publisher: 'bne IntelliNews', date: '2025-09-11' });
    expect(byFile('003')).toMatchObject({
      title: 'Belarus releases 250 political prisoners',
      date: '2026',
    });
    expect(byFile('004')).toMatchObject({ publisher: 'Associated Press', date: '2025-09-11' });
  });

  it('has one first revision per record, at a fixed time, by the sample actor', () => {
    for (const r of sample.archive.revisions) {
      expect(r).toMatchObject({ parents: [], at: SAMPLE_TIME, deleted: false });
      expect(r.by.name).toBe('Kartoteka sample');
      expect((r.data as { id: string }).id).toBe(r.recordId);
    }
    const records = sample.archive.revisions.map((r) => `${r.entity}:${r.recordId}`);
    expect(new Set(records).size).toBe(records.length);
  });

  it('gives no two records, entries or revisions the same id', () => {
    const ids = [
      ...sample.archive.revisions.map((r) => r.id),
      ...sample.archive.revisions.map((r) => r.recordId),
      ...sample.cases.flatMap((c) => filledFacts(c).flatMap((f) => (f.entryId ? [f.entryId] : []))),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('anchors every citation exactly in the text whose hash it names', () => {
    expect(sample.citations.length).toBeGreaterThan(50);
    for (const c of sample.citations) {
      const text = sample.archive.texts.find((t) => t.sha256 === c.sourceSha256);
      expect(text, `text for citation ${c.id}`).toBeDefined();
      if (!text) continue;
      expect(sample.sources.find((s) => s.id === c.sourceId)?.sha256).toBe(c.sourceSha256);
      const found = anchorSelector(text.text, c.selector);
      expect(found, c.selector.exact).toMatchObject({
        status: 'anchored',
        start: c.selector.start,
        end: c.selector.end,
        contextMatches: true,
      });
      // Independently of the anchoring code: the code points at the stored position are the quote.
      const cps = Array.from(text.text);
      expect(cps.slice(c.selector.start, c.selector.end).join('')).toBe(c.selector.exact);
      expect(
        cps
          .slice(Math.max(0, c.selector.start - c.selector.prefix.length), c.selector.start)
          .join(''),
      ).toBe(c.selector.prefix);
    }
  });

  it('gives every case file a Latin name and at least one Cyrillic one', () => {
    expect(sample.cases).toHaveLength(10);
    for (const c of sample.cases) {
      const scripts = new Set(c.names.map((n) => n.script));
      expect(scripts.has('latin'), c.names[0]?.text).toBe(true);
      expect(scripts.has('be') || scripts.has('ru'), c.names[0]?.text).toBe(true);
      for (const n of c.names.filter((x) => x.script !== 'latin')) {
        expect(n.text, 'a Cyrillic name must be all Cyrillic').toMatch(/^[\u0400-\u04FF ]+$/);
      }
    }
  });

  it('cites every fact it fills, and cites nothing that is not there', () => {
    const key = (caseId: string, field: string, entryId: string | null) =>
      `${caseId}/${field}/${entryId ?? ''}`;
    const cited = new Set(sample.citations.map((c) => key(c.caseId, c.fact.field, c.fact.entryId)));
    const filled = new Set<string>();
    for (const c of sample.cases) {
      for (const f of filledFacts(c)) {
        expect(isCitedList(f.field)).toBe(f.entryId !== null);
        const k = key(c.id, f.field, f.entryId);
        filled.add(k);
        expect(cited.has(k), `uncited fact ${k} of ${c.names[0]?.text}`).toBe(true);
      }
    }
    for (const k of cited) expect(filled.has(k), `citation of a missing fact ${k}`).toBe(true);
  });

  it('refers only to tags and case files that exist, and has a private note', () => {
    const tagIds = new Set(sample.tags.map((t) => t.id));
    const caseIds = new Set(sample.cases.map((c) => c.id));
    for (const c of sample.cases) for (const t of c.tagIds) expect(tagIds.has(t)).toBe(true);
    for (const n of sample.notes) expect(caseIds.has(n.caseId)).toBe(true);
    expect(sample.notes.some((n) => n.private)).toBe(true);
    expect(sample.notes.some((n) => !n.private)).toBe(true);
  });
});
