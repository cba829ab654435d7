/**
 * Asks IndexedDB to open the archive's database now, from the window's first chunk, and
 * closes the connection as soon as it is open. The first open of an origin's databases in a
 * browser session reads its LevelDB from disk (a start-up trace on the benchmark's large
 * archive: 0.4–0.8 s in the browser process); started here, that overlaps with loading the
 * app's code and the search worker's, instead of starting when Dexie first opens, after
 * both. The browser keeps the store open a little while after its last connection closes,
 * so Dexie's open then finds it ready.
 *
 * It never creates or changes a database: opened without a version, a missing database
 * would be created at version 1, so that upgrade is aborted, which fails the open and
 * leaves nothing behind. Failures are ignored: Dexie's own open reports them.
 */
export function warmUpArchive(name: string): void {
  if (typeof indexedDB === 'undefined') return;
  let request: IDBOpenDBRequest;
  try {
    request = indexedDB.open(name);
  } catch {
    return;
  }
  request.onupgradeneeded = () => request.transaction?.abort();
  request.onsuccess = () => request.result.close();
  request.onerror = (event) => event.preventDefault();
}
