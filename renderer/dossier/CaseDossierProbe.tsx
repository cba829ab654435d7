import { useEffect } from 'react';
import type { CaseFile, Note, Stored } from '../../shared/model/index.js';
import { useCase, useCitationsForCase, useNotesForCase } from '../db';
import type { CitationView } from '../db';

/** What a dossier needs of one case file besides its sources. */
export interface CaseDossierData {
  caseFile: Stored<CaseFile>;
  citations: readonly CitationView[];
  notes: readonly Stored<Note>[];
}

/**
 * Reads one case file with its citations and notes through the live queries and hands them
 * up (null: the case file is gone); renders nothing. The dossier of several case files mounts
 * one per case file, as the data layer offers no batch read.
 */
export function CaseDossierProbe({
  id,
  onLoaded,
}: {
  id: string;
  onLoaded: (id: string, data: CaseDossierData | null) => void;
}) {
  const caseFile = useCase(id);
  const citations = useCitationsForCase(id);
  const notes = useNotesForCase(id);
  useEffect(() => {
    if (caseFile === null) onLoaded(id, null);
    else if (caseFile && citations && notes) onLoaded(id, { caseFile, citations, notes });
  }, [id, caseFile, citations, notes, onLoaded]);
  return null;
}
