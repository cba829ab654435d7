import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
} from 'dexie';
import type { Actor, Revision, TextSelector } from '../../shared/model/index.js';
import { newId } from '../../shared/model/index.js';
import { selectorForQuote } from '../../shared/anchoring/anchorSelector.js';
import { codePointLength } from '../../shared/anchoring/codePoints.js';
import type { Archive, ImportedSourceOk } from './archiveTypes.js';
import type { KartotekaDbOptions } from './kartotekaDb.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { databaseOf, openArchive } from './openArchive.js';
import { sha256Hex } from './sha256Hex.js';

/**
 * Helpers for the database tests (run with fake-indexeddb): an archive of its own per test,
 * and source files as the importer would hand them over.
 */

export async function openTestArchive(
  options?: KartotekaDbOptions,
): Promise<{ archive: Archive; db: KartotekaDb }> {
  const archive = await openArchive(`test-${newId()}`, options);
  return { archive, db: databaseOf(archive) };
}

export function importedSource(
  text: string,
  fileName = 'article.txt',
  title = '',
): ImportedSourceOk {
  return {
    ok: true,
    fileName,
    format: 'txt',
    text,
    sha256: sha256Hex(text),
    length: codePointLength(text),
    metadata: { title, publisher: 'Nasha Niva', author: '', date: '2025-09-11', url: '' },
  };
}

export function quote(text: string, exact: string): TextSelector {
  const selector = selectorForQuote(text, exact);
  if (!selector) throw new Error(`"${exact}" is not in the text`);
  return selector;
}

export const ARTICLE = [
  'Мікалай Статкевіч адмовіўся пакінуць Беларусь 🙂 і застаўся на мяжы.',
  'Mikalai Statkevich, 69, refused to leave Belarus and stayed at the border.',
  'Ihar Losik, an RFE/RL journalist, was released.',
].join('\n');

/** The value, which a test expects to be there; fails the test with `what` otherwise. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected a ${what}`);
  return value;
}

/** Who made the test revisions when a test does not care. */
export const TEST_ACTOR: Actor = { id: 'actor-test', name: 'Test' };

/**
 * A revision of a tag, the smallest record: what the history, pack and bundle tests need.
 * `parents` [] starts the record's history.
 */
export function tagRevision(
  recordId: string,
  name: string,
  options: { parents?: string[]; at?: string; by?: Actor; description?: string } = {},
): Revision {
  return {
    id: newId(),
    entity: 'tag',
    recordId,
    parents: options.parents ?? [],
    at: options.at ?? '2025-09-12T10:00:00.000Z',
    by: options.by ?? TEST_ACTOR,
    deleted: false,
    data: { id: recordId, name, description: options.description ?? '' },
  };
}

/** ARTICLE's source record, as a bundle carries it beside the text. */
export function articleSource(id: string = newId()) {
  return {
    id,
    sha256: sha256Hex(ARTICLE),
    title: 'Nasha Niva',
    publisher: 'NN',
    author: '',
    date: '2025-09-11',
    url: 'https://nashaniva.com/1',
    format: 'txt' as const,
    fileName: 'nn.txt',
    addedAt: '2025-09-12T09:00:00.000Z',
    length: Array.from(ARTICLE).length,
  };
}

/** A revision of any record (null data: its deletion), made by TEST_ACTOR unless `over` says who. */
export function testRevision(
  entity: Revision['entity'],
  recordId: string,
  data: Record<string, unknown> | null,
  over: Partial<Revision> = {},
): Revision {
  return {
    id: newId(),
    entity,
    recordId,
    parents: [],
    at: '2025-09-12T10:00:00.000Z',
    by: TEST_ACTOR,
    deleted: data === null,
    data: data === null ? null : { id: recordId, ...data },
    ...over,
  } as Revision;
}

/** A new case file's names: one primary Latin name (what the search tests type). */
export function latinName(text: string) {
  return { names: [{ text, script: 'latin' as const, kind: 'primary' as const }] };
}

/**
 * A DBCore middleware that hands every write to every table to `mutate`, with the table's own
 * write as `next`: how the tests fail writes (a full disk) or watch them.
 */
export function mutationMiddleware(
  name: string,
  mutate: (
    table: string,
    req: DBCoreMutateRequest,
    next: DBCoreTable['mutate'],
  ) => Promise<DBCoreMutateResponse>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return { ...table, mutate: (req) => mutate(tableName, req, (r) => table.mutate(r)) };
      },
    }),
  };
}
