import type { SearchIndexStore } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';

/** The search module's key/value table: derived data, rebuilt from the records at will. */
export function createSearchIndexStore(db: KartotekaDb): SearchIndexStore {
  return {
    get: async (key) => (await db.searchIndex.get(key))?.value,
    put: async (key, value) => {
      await db.searchIndex.put({ key, value });
    },
    remove: (key) => db.searchIndex.delete(key),
    clear: () => db.searchIndex.clear(),
  };
}
