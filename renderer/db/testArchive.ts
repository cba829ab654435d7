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

/** A new case file's names: one primary Latin name (what the search tests type). */
export function latinName(text: string) {
  return { names: [{ text, script: 'latin' as const, kind: 'primary' as const }] };
}
