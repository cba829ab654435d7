import type { StorageRepository } from './archiveTypes.js';

/**
 * The browser's storage manager, when there is one. Persistence matters here: without it
 * the browser may evict the archive under storage pressure.
 */
function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

export function createStorageRepository(): StorageRepository {
  return {
    persist: async () => {
      const storage = storageManager();
      return storage?.persist ? storage.persist() : false;
    },
    estimate: async () => {
      const storage = storageManager();
      if (!storage?.estimate) return null;
      const { usage, quota } = await storage.estimate();
      return { usage: usage ?? 0, quota: quota ?? 0 };
    },
  };
}
