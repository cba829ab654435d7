import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { readSearchFilterOptions } from './searchFilterOptions.js';
import { importedSource, must, openTestArchive } from './testArchive.js';

let db: KartotekaDb;
afterEach(async () => {
  await db.delete();
});

const legalCase = (articles: { article: string; part: string | null }[]) => ({
  id: newId(),
  articles: articles.map((a) => ({ code: 'BY-CC', ...a })),
  charges: [],
  court: '',
  arrestDate: null,
  verdictDate: null,
  sentence: null,
  fines: [],
  note: '',
});

describe('readSearchFilterOptions', () => {
  it('offers the articles charged and the publishers present, each once, sorted', async () => {
    const opened = await openTestArchive();
    db = opened.db;
    const { archive } = opened;
    const id = await archive.caseFiles.create({
      names: [{ text: 'Ihar Losik', script: 'latin', kind: 'primary' }],
    });
    await archive.caseFiles.update(id, (c) => ({
      ...c,
      legalCases: [
        legalCase([
          { article: '342', part: '1' },
          { article: '130', part: '3' },
        ]),
        legalCase([{ article: '342', part: '1' }]),
      ],
    }));
    const added = await archive.sources.addImported([
      importedSource('one', 'one.txt'),
      importedSource('two', 'two.txt'),
      importedSource('three', 'three.txt'),
    ]);
    const [a, b, c] = added.map((r) => must(r).id);
    await archive.sources.updateMetadata(must(a), { publisher: 'Viasna' });
    await archive.sources.updateMetadata(must(b), { publisher: '  viasna ' });
    await archive.sources.updateMetadata(must(c), { publisher: 'Associated Press' });

    const options = await readSearchFilterOptions(db);
    expect(options.articles).toEqual([
      { article: '130', part: null },
      { article: '130', part: '3' },
      { article: '342', part: null },
      { article: '342', part: '1' },
    ]);
    expect(options.publishers).toHaveLength(2);
    expect(options.publishers[0]).toBe('Associated Press');
    expect(options.publishers[1]?.toLowerCase()).toBe('viasna');
  });
});
