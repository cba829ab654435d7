import { useCallback, useMemo, useState } from 'react';
import { displayNameOf } from '../../shared/model/index.js';
import { buildDossierInput, renderDossierHtml } from '../../shared/dossier/index.js';
import type { DossierOptions } from '../../shared/dossier/index.js';
import { useTags } from '../db';
import type { SourceWithText } from '../db';
import type { CaseDossierData } from './CaseDossierProbe';
import { loadDossierFonts } from './loadDossierFonts';
import { localDay } from './localDay';

/**
 * The data of several case files' dossiers, gathered by one CaseDossierProbe per case file
 * and one SourceTextProbe per cited source, and `render` for any of them (one, or several
 * combined with a table of contents).
 */
export function useDossierBatch(caseIds: readonly string[]) {
  const tags = useTags();
  const [cases, setCases] = useState<ReadonlyMap<string, CaseDossierData | null>>(new Map());
  const [sources, setSources] = useState<ReadonlyMap<string, SourceWithText | null>>(new Map());
  const onCaseLoaded = useCallback((id: string, data: CaseDossierData | null) => {
    setCases((prev) => (prev.get(id) === data ? prev : new Map(prev).set(id, data)));
  }, []);
  const onSourceLoaded = useCallback((id: string, data: SourceWithText | null) => {
    setSources((prev) => (prev.get(id) === data ? prev : new Map(prev).set(id, data)));
  }, []);
  const sourceIds = useMemo(
    () => [
      ...new Set([...cases.values()].flatMap((c) => c?.citations.map((x) => x.sourceId) ?? [])),
    ],
    [cases],
  );
  const ready =
    tags !== undefined &&
    caseIds.every((id) => cases.has(id)) &&
    sourceIds.every((id) => sources.has(id));
  /** The case files still there, in the order of their display names (the table of contents). */
  const found = useMemo(
    () =>
      caseIds
        .flatMap((id) => cases.get(id) ?? [])
        .sort((a, b) => displayNameOf(a.caseFile).localeCompare(displayNameOf(b.caseFile))),
    [caseIds, cases],
  );

  const render = useCallback(
    async (
      chosen: readonly CaseDossierData[],
      options: DossierOptions,
      archiveName: string,
    ): Promise<string> => {
      if (!tags) throw new Error('the tags are still loading');
      const loaded = [...sources.values()].filter((s): s is SourceWithText => Boolean(s));
      const input = buildDossierInput(
        {
          cases: chosen.map((c) => c.caseFile),
          sources: loaded.map((s) => s.source),
          texts: loaded.map((s) => ({ sha256: s.source.sha256, text: s.text })),
          citations: chosen.flatMap((c) => c.citations),
          notes: chosen.flatMap((c) => c.notes),
          tags,
        },
        chosen.map((c) => c.caseFile.id),
        { archiveName, issuedOn: localDay(new Date()) },
      );
      return renderDossierHtml(input, options, await loadDossierFonts());
    },
    [tags, sources],
  );

  return { found, sourceIds, onCaseLoaded, onSourceLoaded, ready, render };
}
