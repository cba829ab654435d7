import { useEffect, useState } from 'react';
import type { Revision } from '../../shared/model/index.js';
import type { SentToRecord } from '../db';
import { bundleStoreOf, colleagueKey, useArchive } from '../db';

export interface ExportSnapshot {
  revisions: Revision[];
  textHashes: string[];
  /** Colleagues named in earlier exports, most recent first. */
  colleagues: string[];
}

/**
 * The archive as the export dialog shows what a bundle would hold: read once when the dialog
 * opens (the export itself reads afresh), so changing the scope or the case files chosen
 * updates the counts at once.
 */
export function useExportSnapshot(): ExportSnapshot | null {
  const archive = useArchive();
  const [snapshot, setSnapshot] = useState<ExportSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    const store = bundleStoreOf(archive);
    Promise.all([store.allRevisions(), store.allTextHashes(), store.colleagues()]).then(
      ([revisions, textHashes, colleagues]) => {
        if (live) setSnapshot({ revisions, textHashes, colleagues });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [archive]);
  return snapshot;
}

/** The last bundle sent to a colleague, looked up as the name is typed; undefined while looking. */
export function useLastSentTo(colleague: string): SentToRecord | null | undefined {
  const archive = useArchive();
  const key = colleagueKey(colleague);
  const [found, setFound] = useState<{ key: string; record: SentToRecord | null } | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      bundleStoreOf(archive)
        .lastSentTo(key)
        .then(
          (record) => {
            if (live) setFound({ key, record });
          },
          () => undefined,
        );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [archive, key]);
  if (key === '') return null;
  return found?.key === key ? found.record : undefined;
}
