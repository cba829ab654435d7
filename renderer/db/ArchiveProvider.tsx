import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Archive } from './archiveTypes.js';

const ArchiveContext = createContext<Archive | null>(null);

/** Makes one open archive available to the hooks and components below it. */
export function ArchiveProvider({
  archive,
  children,
}: {
  archive: Archive;
  children?: ReactNode;
}): ReactNode {
  return <ArchiveContext.Provider value={archive}>{children}</ArchiveContext.Provider>;
}

/** The archive of the nearest ArchiveProvider: its repositories (caseFiles, sources, tags…). */
export function useArchive(): Archive {
  const archive = useContext(ArchiveContext);
  if (!archive) throw new Error('useArchive needs an <ArchiveProvider> above it');
  return archive;
}
