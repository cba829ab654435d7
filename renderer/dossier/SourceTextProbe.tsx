import { useEffect } from 'react';
import { useSource } from '../db';
import type { SourceWithText } from '../db';

/**
 * Reads one source with its current text through the live query and hands it up; renders
 * nothing. The dossier mounts one per cited source (the data layer offers no batch read).
 */
export function SourceTextProbe({
  id,
  onLoaded,
}: {
  id: string;
  onLoaded: (id: string, data: SourceWithText | null) => void;
}) {
  const data = useSource(id);
  useEffect(() => {
    if (data !== undefined) onLoaded(id, data);
  }, [id, data, onLoaded]);
  return null;
}
