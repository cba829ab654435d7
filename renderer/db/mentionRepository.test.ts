import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { listCaseNames } from './caseNameQueries.js';
import type { Archive } from './archiveTypes.js';
import { citationsForCase } from './citationQueries.js';
import { dumpDatabase } from './dumpDatabase.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { mentionRepositoryOf } from './mentionRepository.js';
import { ARTICLE, importedSource, must, openTestArchive, quote } from './testArchive.js';

let archive: Archive;
let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

async function setUp() {
  ({ archive, db } = await openTestArchive());
  const [r] = await archive.sources.addImported([importedSource(ARTICLE, 'nn.txt', 'Nasha Niva')]);
  const caseId = await archive.caseFiles.create({
    names: [{ text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' }],
  });
  return { sourceId: must(r).id, caseId };
}

describe('mention repository', () => {
  it('cite: a citation of the given name entry, quoting the passage', async () => {
    const { sourceId, caseId } = await setUp();
    const entryId = must((await db.cases.get(caseId))?.names[0]).id;
    const selector = quote(ARTICLE, 'Mikalai Statkevich, 69, refused to leave Belarus');
    await mentionRepositoryOf(archive).cite({ caseId, nameEntryId: entryId, sourceId, selector });
    const [c] = await citationsForCase(db, caseId);
    expect(c?.fact).toEqual({ field: 'names', entryId });
    expect(c?.selector.exact).toBe('Mikalai Statkevich, 69, refused to leave Belarus');
    expect(c?.anchor.status).toBe('anchored');
  });

  it('link with addName: the spelling becomes an alias and the citation backs it', async () => {
    const { sourceId, caseId } = await setUp();
    const selector = quote(ARTICLE, 'Мікалай Статкевіч');
    const { nameEntryId } = await mentionRepositoryOf(archive).link({
      caseId,
      sourceId,
      selector,
      name: 'Мікалай Статкевіч',
      script: 'be',
      addName: true,
    });
    const names = must(await db.cases.get(caseId)).names;
    expect(names.map((n) => [n.text, n.script, n.kind])).toEqual([
      ['Mikalai Statkevich', 'latin', 'primary'],
      ['Мікалай Статкевіч', 'be', 'alias'],
    ]);
    const [c] = await citationsForCase(db, caseId);
    expect(c?.fact).toEqual({ field: 'names', entryId: nameEntryId });
    expect(names[1]?.id).toBe(nameEntryId);
  });

  it('link: a spelling the case file already has is not added twice', async () => {
    const { sourceId, caseId } = await setUp();
    const { nameEntryId } = await mentionRepositoryOf(archive).link({
      caseId,
      sourceId,
      selector: quote(ARTICLE, 'Mikalai Statkevich'),
      name: 'MIKALAI STATKEVICH',
      script: 'latin',
      addName: true,
    });
    const names = must(await db.cases.get(caseId)).names;
    expect(names).toHaveLength(1);
    expect(names[0]?.id).toBe(nameEntryId);
  });

  it('link without addName cites the primary name and leaves the names alone', async () => {
    const { sourceId, caseId } = await setUp();
    const before = must(await db.cases.get(caseId)).names;
    const { nameEntryId } = await mentionRepositoryOf(archive).link({
      caseId,
      sourceId,
      selector: quote(ARTICLE, 'Ihar Losik'),
      name: 'Ihar Losik',
      script: 'latin',
      addName: false,
    });
    expect(must(await db.cases.get(caseId)).names).toEqual(before);
    expect(nameEntryId).toBe(before[0]?.id);
  });

  it('startCase: a new case file named as written, its name cited', async () => {
    const { sourceId } = await setUp();
    const { caseId, citationId } = await mentionRepositoryOf(archive).startCase({
      sourceId,
      selector: quote(ARTICLE, 'Ihar Losik, an RFE/RL journalist, was released.'),
      name: 'Ihar Losik',
      script: 'latin',
    });
    const created = must(await db.cases.get(caseId));
    expect(created.names.map((n) => [n.text, n.script, n.kind])).toEqual([
      ['Ihar Losik', 'latin', 'primary'],
    ]);
    const [c] = await citationsForCase(db, caseId);
    expect(c?.id).toBe(citationId);
    expect(c?.fact).toEqual({ field: 'names', entryId: created.names[0]?.id });
    expect((await listCaseNames(db)).map((n) => n.displayName).sort()).toEqual([
      'Ihar Losik',
      'Mikalai Statkevich',
    ]);
  });

  it('writes nothing when the citation cannot be made', async () => {
    const { caseId } = await setUp();
    const before = await dumpDatabase(db);
    const repo = mentionRepositoryOf(archive);
    const selector = quote(ARTICLE, 'Ihar Losik');
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(
      repo.startCase({ sourceId: missing, selector, name: 'Ihar Losik', script: 'latin' }),
    ).rejects.toThrow();
    await expect(
      repo.link({
        caseId,
        sourceId: missing,
        selector,
        name: 'Ihar Losik',
        script: 'latin',
        addName: true,
      }),
    ).rejects.toThrow();
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
