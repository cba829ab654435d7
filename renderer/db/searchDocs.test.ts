import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { KartotekaDb } from './kartotekaDb.js';
import type { DocBatch } from './searchDocs.js';
import { allSearchDocs, changedDocs, loadSourceTextBytes, loadSourceTexts } from './searchDocs.js';
import { sha256Hex } from './sha256Hex.js';
import type { JournalEntry } from './searchJournal.js';
import { ARTICLE, importedSource, latinName, openTestArchive } from './testArchive.js';

let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

describe('loadSourceTexts', () => {
  it('gives the texts asked for by source id, and nothing for a hash not stored', async () => {
    const opened = await openTestArchive();
    db = opened.db;
    const [added] = await opened.archive.sources.addImported([importedSource(ARTICLE)]);
    const id = added?.id ?? '';
    const sha256 = (await db.sources.get(id))?.sha256 ?? '';
    const texts = await loadSourceTexts(db, [
      { sourceId: id, sha256 },
      { sourceId: 'other', sha256: '0'.repeat(64) },
    ]);
    expect([...texts.keys()]).toEqual([id]);
    expect(texts.get(id)).toBe(ARTICLE);
  });
});

describe('loadSourceTextBytes', () => {
  it('gives the UTF-8 bytes of the texts asked for by hash, of a row stored as a string too', async () => {
    const opened = await openTestArchive();
    db = opened.db;
    const [added] = await opened.archive.sources.addImported([importedSource(ARTICLE)]);
    const sha256 = (await db.sources.get(added?.id ?? ''))?.sha256 ?? '';
    // A row written before texts were stored as bytes, put past the archive's middleware.
    const legacy = 'Ціханоўскі: an older row.';
    const raw = new Dexie(db.name);
    await raw.open();
    await raw.table('sourceTexts').put({ sha256: sha256Hex(legacy), text: legacy });
    raw.close();
    const bytes = await loadSourceTextBytes(db, [sha256, '0'.repeat(64), sha256Hex(legacy)]);
    const encoder = new TextEncoder();
    expect(bytes).toEqual(
      new Map([
        [sha256, encoder.encode(ARTICLE)],
        [sha256Hex(legacy), encoder.encode(legacy)],
      ]),
    );
  });
});

/** An archive of seven case files (one then deleted), three sources and a note. */
async function smallArchive() {
  const opened = await openTestArchive();
  db = opened.db;
  const { archive } = opened;
  const cases: string[] = [];
  for (const name of ['Ales', 'Maria', 'Ihar', 'Mikalai', 'Siarhei', 'Viasna', 'Kaciaryna'])
    cases.push(await archive.caseFiles.create(latinName(name)));
  const deletedCase = cases.pop() ?? '';
  await archive.caseFiles.remove(deletedCase);
  const texts = [ARTICLE, `${ARTICLE} Second.`, `${ARTICLE} Third.`];
  const added = await archive.sources.addImported(texts.map((t) => importedSource(t)));
  const sources = added.map((a) => a.id);
  const note = await archive.notes.create({
    caseId: cases[0] ?? '',
    body: 'Moved to Hrodna.',
    private: false,
  });
  return { cases, deletedCase, sources, texts, note };
}

/** A batch as comparable values: kind/id of its documents (with a source's text) and removals. */
function summary(batches: readonly DocBatch[]) {
  const docs = batches.flatMap((b) =>
    b.docs.map((d) => (d.kind === 'source' ? `${d.kind}/${d.id}/${d.text}` : `${d.kind}/${d.id}`)),
  );
  const removed = batches.flatMap((b) => b.removed.map((r) => `${r.kind}/${r.id}`));
  return { docs: docs.sort(), removed: removed.sort() };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('allSearchDocs', () => {
  it('gives every record once as a document, a few at a time, sources with their texts', async () => {
    const { cases, sources, texts, note } = await smallArchive();
    const batches = await collect(allSearchDocs(db, 2));
    expect(batches.every((b) => b.length <= 2)).toBe(true);
    const expected = [
      ...cases.map((id) => `case/${id}`),
      ...sources.map((id, i) => `source/${id}/${texts[i]}`),
      `note/${note}`,
    ];
    expect(summary(batches.map((docs) => ({ docs, removed: [] }))).docs).toEqual(expected.sort());
  });
});

describe('changedDocs', () => {
  /** The journal entries of writes to these records (and to one that no longer exists). */
  function entriesFor(cases: string[], sources: string[], gone: string): JournalEntry[] {
    return [
      { table: 'cases', keys: [...cases, gone] },
      { table: 'sources', keys: sources },
    ];
  }

  it('reads most of a table by key range, leaving out the rows of the range not asked for', async () => {
    const { cases, deletedCase, sources, texts } = await smallArchive();
    // Four of the six case files (the first and last of the table's order among them, so the
    // range holds the other two) and two of the three sources: most of each table.
    const sorted = [...cases].sort();
    const asked = [sorted[0], sorted[2], sorted[3], sorted[5]] as string[];
    const entries = entriesFor(asked, sources.slice(0, 2), deletedCase);
    const expected = {
      docs: [
        ...asked.map((id) => `case/${id}`),
        ...sources.slice(0, 2).map((id, i) => `source/${id}/${texts[i]}`),
      ].sort(),
      removed: [`case/${deletedCase}`],
    };
    // By range (every table counts as dense) and by key: the same documents.
    for (const denseFrom of [1, Infinity]) {
      const { total, batches } = await changedDocs(db, entries, denseFrom);
      expect(total).toBe(7);
      expect(summary(await collect(batches(2)))).toEqual(expected);
    }
  });

  it('reads a few records of a table (by key) and only those', async () => {
    const { cases, deletedCase } = await smallArchive();
    const entries = entriesFor([cases[1] ?? ''], [], deletedCase);
    const { batches } = await changedDocs(db, entries, 1);
    expect(summary(await collect(batches(10)))).toEqual({
      docs: [`case/${cases[1]}`],
      removed: [`case/${deletedCase}`],
    });
  });
});
