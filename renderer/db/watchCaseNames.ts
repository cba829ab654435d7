import { liveQuery } from 'dexie';
import type { CaseNames } from './caseNameQueries.js';
import { listCaseNames } from './caseNameQueries.js';
import { KartotekaDb } from './kartotekaDb.js';

/**
 * Every case file's names now and after each commit that touches case files, from any
 * window or worker, for the archive database `name`. Made for a worker (it imports no React):
 * reading 10,000 case files deserialises all of them, which is better done off the window's
 * thread. Returns the function that stops watching.
 */
export function watchCaseNames(
  name: string,
  onNames: (names: CaseNames[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const db = new KartotekaDb(name);
  const subscription = liveQuery(() => listCaseNames(db)).subscribe({
    next: onNames,
    error: onError,
  });
  return () => {
    subscription.unsubscribe();
    db.close();
  };
}
