import { useEffect, useSyncExternalStore } from 'react';
import { type Archive, useArchive, useSearchDocs } from '../db';
import { ArchiveSearch, type IndexProgress } from './ArchiveSearch';

const services = new WeakMap<Archive, ArchiveSearch>();

function serviceFor(archive: Archive): ArchiveSearch {
  let service = services.get(archive);
  if (!service) {
    service = new ArchiveSearch(archive.searchIndex);
    services.set(archive, service);
  }
  return service;
}

export interface ArchiveSearchState {
  service: ArchiveSearch;
  /** Changes whenever the index does: a dependency for re-running a search. */
  revision: number;
  progress: IndexProgress | null;
}

/**
 * The open archive's search index, kept up to date (the search box mounts this; it is in
 * every screen) with its records (a live query re-reads
 * them on any change; only the documents that changed are re-indexed).
 */
export function useArchiveSearch(): ArchiveSearchState {
  const state = useSearchIndexState();
  const { service } = state;
  const docs = useSearchDocs();
  useEffect(() => {
    if (docs) void service.sync(docs);
  }, [service, docs]);
  return state;
}

/** The same index for a second view, without a second live query of the records. */
export function useSearchIndexState(): ArchiveSearchState {
  const service = serviceFor(useArchive());
  const revision = useSyncExternalStore(
    (listener) => service.subscribe(listener),
    () => service.revision,
  );
  return { service, revision, progress: service.progress };
}
