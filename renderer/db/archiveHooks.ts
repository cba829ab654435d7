import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Actor, CaseFile, Note, Source, Stored } from '../../shared/model/index.js';
import type {
  AnnotationView,
  ArchiveCounts,
  CitationView,
  SourceWithText,
  TagWithCount,
} from './archiveTypes.js';
import { useArchive } from './ArchiveProvider.js';
import { readActor } from './actorSetting.js';
import { annotationsForSource } from './annotationQueries.js';
import { getCase, listCases } from './caseQueries.js';
import { citationsForCase, citationsForSource } from './citationQueries.js';
import { countArchive, isArchiveEmpty } from './countArchive.js';
import { notesForCase } from './noteQueries.js';
import { databaseOf } from './openArchive.js';
import { getSourceText, getSourceWithText, listSources } from './sourceQueries.js';
import { listTags } from './tagQueries.js';

/**
 * Live queries: each re-runs when a table it read changes (any tab, any repository call, an
 * import), and returns undefined while the first result is loading.
 */

function useDb() {
  return databaseOf(useArchive());
}

/** Sorted by display name; `tagId` keeps only the case files carrying that tag. */
export function useCaseList(filter?: { tagId?: string | null }): Stored<CaseFile>[] | undefined {
  const db = useDb();
  const tagId = filter?.tagId ?? null;
  return useLiveQuery(() => listCases(db, { tagId }), [db, tagId]);
}

/** null: no id given, or no such case file (e.g. just deleted). */
export function useCase(id: string | null): Stored<CaseFile> | null | undefined {
  const db = useDb();
  return useLiveQuery(() => getCase(db, id), [db, id]);
}

/** Newest first. */
export function useSourceList(): Stored<Source>[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listSources(db), [db]);
}

/** The source and its current text; null: no id, or no such source. */
export function useSource(id: string | null): SourceWithText | null | undefined {
  const db = useDb();
  return useLiveQuery(() => getSourceWithText(db, id), [db, id]);
}

/**
 * One version of a source text by its SHA-256, e.g. the text a citation marked needs_review
 * was made on (citation.sourceSha256). null: no hash given, or no such text.
 */
export function useSourceText(sha256: string | null): string | null | undefined {
  const db = useDb();
  return useLiveQuery(() => (sha256 === null ? null : getSourceText(db, sha256)), [db, sha256]);
}

/** In the order they were made, each anchored in its source's current text. */
export function useCitationsForCase(caseId: string | null): CitationView[] | undefined {
  const db = useDb();
  return useLiveQuery(() => citationsForCase(db, caseId), [db, caseId]);
}

export function useCitationsForSource(sourceId: string | null): CitationView[] | undefined {
  const db = useDb();
  return useLiveQuery(() => citationsForSource(db, sourceId), [db, sourceId]);
}

/** In text order, each anchored in the source's current text. */
export function useAnnotationsForSource(sourceId: string | null): AnnotationView[] | undefined {
  const db = useDb();
  return useLiveQuery(() => annotationsForSource(db, sourceId), [db, sourceId]);
}

/** Oldest first. */
export function useNotesForCase(caseId: string | null): Stored<Note>[] | undefined {
  const db = useDb();
  return useLiveQuery(() => notesForCase(db, caseId), [db, caseId]);
}

/** The tag vocabulary by name, with how many case files carry each tag. */
export function useTags(): TagWithCount[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listTags(db), [db]);
}

/**
 * The archive's counts; undefined until `enabled` (and while loading). Counting walks whole
 * tables (see countArchive), holding the archive's other requests meanwhile, so screens that
 * only show the counts start them once the first thing the researcher waits for is there.
 */
export function useArchiveCounts(enabled = true): ArchiveCounts | undefined {
  const db = useDb();
  return useLiveQuery(() => (enabled ? countArchive(db) : undefined), [db, enabled]);
}

/** Whether the archive has no case file and no source (the first-run screen); cheap. */
export function useArchiveIsEmpty(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(() => isArchiveEmpty(db), [db]);
}

/** Who this archive's edits are signed by; created on first use. */
export function useActor(): Actor | undefined {
  const archive = useArchive();
  const db = databaseOf(archive);
  const actor = useLiveQuery(() => readActor(db), [db]);
  // A live query cannot write; the profile is created once, then the query above sees it.
  useEffect(() => {
    if (actor === null) void archive.settings.getActor();
  }, [actor, archive]);
  return actor ?? undefined;
}
