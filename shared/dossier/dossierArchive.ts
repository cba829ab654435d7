import type { CaseFile } from '../model/caseFile.js';
import type { Citation } from '../model/citation.js';
import type { Note } from '../model/note.js';
import type { Source, SourceText } from '../model/source.js';
import type { Tag } from '../model/tag.js';
import type { DossierCase, DossierInput, DossierSource } from './dossierInput.js';

/** A case file as stored, possibly with the merge's record of conflicting fields. */
export type ArchivedCase = CaseFile & { meta?: { conflicts?: readonly { path: string }[] } };

/**
 * The current records of an archive, in memory: what a bundle reader or the database hands
 * over. The dossier needs nothing else.
 */
export interface DossierArchive {
  cases: readonly ArchivedCase[];
  sources: readonly Source[];
  texts: readonly SourceText[];
  citations: readonly Citation[];
  notes: readonly Note[];
  tags: readonly Tag[];
  /** Photos by SHA-256 (`caseFile.photoSha256`) as data: URLs, when the caller has them. */
  photos?: Readonly<Record<string, string>>;
}

/**
 * Picks what the dossier of the given case files needs from an archive: their tags, notes
 * and citations, and every source those citations name, with its current text.
 */
export function buildDossierInput(
  archive: DossierArchive,
  caseIds: readonly string[],
  meta: { archiveName: string; issuedOn: string },
): DossierInput {
  const casesById = new Map(archive.cases.map((c) => [c.id, c]));
  const tagsById = new Map(archive.tags.map((t) => [t.id, t]));
  const textsBySha = new Map(archive.texts.map((t) => [t.sha256, t.text]));
  const sourcesById = new Map(archive.sources.map((s) => [s.id, s]));
  const cases: DossierCase[] = caseIds.map((id) => {
    const c = casesById.get(id);
    if (!c) throw new Error(`case file ${id} is not in the archive`);
    const { meta: recordMeta, ...caseFile } = c;
    return {
      caseFile,
      tags: c.tagIds.flatMap((t) => tagsById.get(t) ?? []),
      notes: archive.notes.filter((n) => n.caseId === id),
      citations: archive.citations.filter((x) => x.caseId === id),
      photoDataUrl: c.photoSha256 ? (archive.photos?.[c.photoSha256] ?? null) : null,
      unresolvedConflicts: (recordMeta?.conflicts ?? []).map((x) => x.path),
    };
  });
  const citedIds = new Set(cases.flatMap((c) => c.citations.map((x) => x.sourceId)));
  const sources: DossierSource[] = [...citedIds].flatMap((id) => {
    const source = sourcesById.get(id);
    return source ? [{ source, text: textsBySha.get(source.sha256) ?? null }] : [];
  });
  return { archiveName: meta.archiveName, issuedOn: meta.issuedOn, cases, sources };
}
