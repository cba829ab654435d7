import { useSyncExternalStore } from 'react';
import { type Archive, useArchive, watchSearchJournal } from '../db';
import { ArchiveSearch, type IndexProgress, type IndexStatus } from './ArchiveSearch';

const services = new WeakMap<Archive, ArchiveSearch>();

function serviceFor(archive: Archive): ArchiveSearch {
  let service = services.get(archive);
  if (!service) {
    const created = new ArchiveSearch(archive.name);
    // The worker hears of commits from IndexedDB too; this makes sure, at the cost of a message.
    watchSearchJournal(archive.name, () => created.changed());
    services.set(archive, created);
    service = created;
  }
  return service;
}

export interface ArchiveSearchState {
  service: ArchiveSearch;
  /** Changes whenever the index does: a dependency for re-running a search. */
  revision: number;
  progress: IndexProgress | null;
  loaded: IndexStatus['loaded'];
}

/**
 * The open archive's search, started by the search box (it is on every screen): a worker
 * that restores the saved index and follows the archive's changes by itself.
 */
export function useArchiveSearch(): ArchiveSearchState {
  return useSearchIndexState();
}

/** The archive's search and its index's status. */
export function useSearchIndexState(): ArchiveSearchState {
  const service = serviceFor(useArchive());
  const status = useSyncExternalStore(
    (listener) => service.subscribe(listener),
    () => service.status,
  );
  return { service, revision: status.revision, progress: status.progress, loaded: status.loaded };
}
