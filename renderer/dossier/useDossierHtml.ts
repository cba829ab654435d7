import { useCallback, useMemo, useState } from 'react';
import type { CaseFile, Stored } from '../../shared/model/index.js';
import { buildDossierInput, renderDossierHtml } from '../../shared/dossier/index.js';
import type { DossierOptions } from '../../shared/dossier/index.js';
import { useCitationsForCase, useNotesForCase, useTags } from '../db';
import type { SourceWithText } from '../db';
import { loadDossierFonts } from './loadDossierFonts';
import { localDay } from './localDay';

/** What the export needs besides the case file, and whether all of it has been read. */
export function useDossierData(caseFile: Stored<CaseFile>) {
  const citations = useCitationsForCase(caseFile.id);
  const notes = useNotesForCase(caseFile.id);
  const tags = useTags();
  const [sources, setSources] = useState<ReadonlyMap<string, SourceWithText | null>>(new Map());
  const sourceIds = useMemo(
    () => [...new Set((citations ?? []).map((c) => c.sourceId))],
    [citations],
  );
  const onSourceLoaded = useCallback((id: string, data: SourceWithText | null) => {
    setSources((prev) => (prev.get(id) === data ? prev : new Map(prev).set(id, data)));
  }, []);
  const ready =
    citations !== undefined &&
    notes !== undefined &&
    tags !== undefined &&
    sourceIds.every((id) => sources.has(id));

  const render = useCallback(
    async (options: DossierOptions, archiveName: string): Promise<string> => {
      if (!citations || !notes || !tags) throw new Error('the case file is still loading');
      const loaded = sourceIds
        .map((id) => sources.get(id))
        .filter((s): s is SourceWithText => Boolean(s));
      const input = buildDossierInput(
        {
          cases: [caseFile],
          sources: loaded.map((s) => s.source),
          texts: loaded.map((s) => ({ sha256: s.source.sha256, text: s.text })),
          citations,
          notes,
          tags,
        },
        [caseFile.id],
        { archiveName, issuedOn: localDay(new Date()) },
      );
      return renderDossierHtml(input, options, await loadDossierFonts());
    },
    [caseFile, citations, notes, tags, sources, sourceIds],
  );

  return { sourceIds, onSourceLoaded, ready, render };
}
