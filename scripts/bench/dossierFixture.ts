import type { DossierArchive } from '../../shared/dossier/dossierArchive.js';
import type { CaseFile } from '../../shared/model/caseFile.js';
import type { Citation } from '../../shared/model/citation.js';
import type { Source } from '../../shared/model/source.js';
import type { Tag } from '../../shared/model/tag.js';
import type { Dataset } from './generateDataset.js';
import { seededRandom, seededUuid } from './seededRandom.js';

/** What the dossier benchmark prints, taken from a generated data set. */
export interface DossierFixture {
  /** The records those dossiers need (and nothing else, so the file stays small). */
  archive: DossierArchive;
  /** A case file with exactly SINGLE_CITATIONS citations. */
  singleCaseId: string;
  /** BATCH_CASES case files with the citations the generator gave them. */
  batchCaseIds: string[];
}

export const SINGLE_CITATIONS = 50;
export const BATCH_CASES = 100;

function currentRecords(dataset: Dataset) {
  const cases: CaseFile[] = [];
  const sources: Source[] = [];
  const citations: Citation[] = [];
  const tags: Tag[] = [];
  // The generator writes one revision per record and no deletions: each revision is the row.
  for (const r of dataset.revisions) {
    if (r.entity === 'case') cases.push(r.data as CaseFile);
    else if (r.entity === 'source') sources.push(r.data as Source);
    else if (r.entity === 'citation') citations.push(r.data as Citation);
    else if (r.entity === 'tag') tags.push(r.data as Tag);
  }
  return { cases, sources, citations, tags };
}

/**
 * The single dossier is the case file the generator cited most, topped up to 50 citations:
 * the generator gives a case about ten, so the rest are other cases' citations pointed at
 * this one (same source, same quote, so each still anchors exactly). The batch is the first
 * hundred other case files, as generated.
 */
export function dossierFixtureOf(dataset: Dataset): DossierFixture {
  const { cases, sources, citations, tags } = currentRecords(dataset);
  const byCase = new Map<string, Citation[]>();
  for (const c of citations) byCase.set(c.caseId, [...(byCase.get(c.caseId) ?? []), c]);
  const single = [...byCase.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  const singleCase = single ? cases.find((c) => c.id === single[0]) : undefined;
  if (!single || !singleCase) throw new Error('the data set has no cited case file');
  const statusEntryId = singleCase.statusHistory[0]?.id;
  if (!statusEntryId) throw new Error(`case ${singleCase.id} has no status entry to cite`);
  const random = seededRandom(50);
  const own = single[1].slice(0, SINGLE_CITATIONS);
  const borrowed = citations
    .filter((c) => c.caseId !== singleCase.id)
    .slice(0, SINGLE_CITATIONS - own.length)
    .map((c) => ({
      ...c,
      id: seededUuid(random),
      caseId: singleCase.id,
      fact: { field: 'statusHistory' as const, entryId: statusEntryId },
    }));

  const batchCases = cases.filter((c) => c.id !== singleCase.id).slice(0, BATCH_CASES);
  const batchIds = new Set(batchCases.map((c) => c.id));
  const chosenCitations = [...own, ...borrowed, ...citations.filter((c) => batchIds.has(c.caseId))];
  const sourceIds = new Set(chosenCitations.map((c) => c.sourceId));
  const chosenSources = sources.filter((s) => sourceIds.has(s.id));
  const shas = new Set(chosenSources.map((s) => s.sha256));
  return {
    archive: {
      cases: [...batchCases, singleCase],
      sources: chosenSources,
      texts: dataset.texts.filter((t) => shas.has(t.sha256)),
      citations: chosenCitations,
      notes: [],
      tags,
    },
    singleCaseId: singleCase.id,
    batchCaseIds: batchCases.map((c) => c.id),
  };
}
