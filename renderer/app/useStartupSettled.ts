import { useEffect, useState } from 'react';
import { useSearchIndexState } from '../search/useArchiveSearch';

/** The longest wait for the search index before non-urgent reads start anyway. */
const SETTLED_AT_LATEST_MS = 5000;

/**
 * Whether start-up's urgent reads are done: the search worker has restored the part of its
 * index the first search waits for, or SETTLED_AT_LATEST_MS has passed (no worker, a restore
 * that fails). IndexedDB serves an archive's requests one after the other, so a read that
 * walks whole tables (the navigation's counts) started earlier would hold the restore back.
 */
export function useStartupSettled(): boolean {
  const { loaded } = useSearchIndexState();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), SETTLED_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  return loaded !== 'none' || late;
}
