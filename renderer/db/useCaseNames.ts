import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseNames } from './caseNameQueries.js';
import { listCaseNames } from './caseNameQueries.js';
import { useArchive } from './ArchiveProvider.js';
import { databaseOf } from './openArchive.js';

/** Live: every case file's names, re-read whenever a case file changes; undefined while loading. */
export function useCaseNames(): CaseNames[] | undefined {
  const db = databaseOf(useArchive());
  return useLiveQuery(() => listCaseNames(db), [db]);
}
