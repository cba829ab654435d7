/**
 * The archive's data layer: the one entry point the UI uses. Components import hooks,
 * repositories and types from here and never touch Dexie or the database object
 * (renderer/db/kartotekaDb.ts); that keeps encryption at rest addable in one place.
 *
 * In the UI shell:
 *   const archive = await openArchive();             // database 'kartoteka'
 *   <ArchiveProvider archive={archive}><App /></ArchiveProvider>
 * In components:
 *   const { caseFiles, tags } = useArchive();         // repositories, each call one transaction
 *   const cases = useCaseList({ tagId });             // live queries, undefined while loading
 *
 * Every write adds a revision (who, when, on top of which heads) and recomputes the row with
 * the shared merge code; deletions are tombstones. Bad input throws KartotekaDataError
 * {message, field?} and writes nothing.
 */

// Opening an archive
export { openArchive, deleteArchive } from './openArchive.js';
export { DEFAULT_ARCHIVE_NAME } from './kartotekaDb.js';
export type { KartotekaDbOptions } from './kartotekaDb.js';
export type { UndoProgress } from './stagedApply.js';
export { ArchiveProvider, useArchive } from './ArchiveProvider.js';

// Live queries (dexie-react-hooks): undefined while loading
export {
  useCaseList,
  useCase,
  useSourceList,
  useSource,
  useSourceText,
  useCitationsForCase,
  useCitationsForSource,
  useAnnotationsForSource,
  useNotesForCase,
  useTags,
  useArchiveCounts,
  useArchiveIsEmpty,
  useActor,
} from './archiveHooks.js';

// Errors
export { KartotekaDataError } from './KartotekaDataError.js';

// Types: the Archive (its repositories) and what they take and give
export type {
  Archive,
  CaseFileRepository,
  SourceRepository,
  CitationRepository,
  AnnotationRepository,
  NoteRepository,
  TagRepository,
  ArchiveRepository,
  SettingsRepository,
  StorageRepository,
  SearchIndexStore,
  CitationView,
  AnnotationView,
  TagWithCount,
  ArchiveCounts,
  SourceWithText,
  ImportedSourceOk,
  NewCaseFileInput,
  AddSourceResult,
  SourceMetadataPatch,
  NewCitationInput,
  NewAnnotationInput,
  NewNoteInput,
  NotePatch,
} from './archiveTypes.js';
export type { ApplyProgress, ApplyRevisionsResult, RevisionOriginInput } from './applyRevisions.js';

// Bundles: export reads, import and export records, provenance, conflict resolution
export { bundleStoreOf } from './bundleStore.js';
export type { BundleStore, ExistingForBundle } from './bundleStore.js';
export { colleagueKey } from './bundleRecords.js';
export type {
  ExportRecord,
  ReceivedRecord,
  SentToRecord,
  BundleScopeKind,
} from './bundleRecords.js';
export { resolveConflicts } from './resolveConflicts.js';
export type { ConflictChoice, ResolveConflictsInput } from './resolveConflicts.js';
export { useRecordHistory, useProvenance } from './revisionProvenance.js';
export type { HistoryEntry, Provenance } from './revisionProvenance.js';

// The redaction profile: dossier options remembered in settings (archive.settings.getDossierProfile)
export { DEFAULT_DOSSIER_PROFILE } from './dossierProfileSetting.js';
export type { DossierProfile } from './dossierProfileSetting.js';

// Search: the search worker opens the archive itself (renderer/db/searchSource.ts); the window
// only hears when the change journal it follows grows
export { watchJournal as watchSearchJournal } from './searchJournal.js';

// Mentions: every case file's names (live), and the one-step actions of a source's Mentions panel
export { useCaseNames } from './useCaseNames.js';
export { watchCaseNames } from './watchCaseNames.js';
export type { CaseNames } from './caseNameQueries.js';
export { mentionRepositoryOf } from './mentionRepository.js';
export type {
  LinkMentionInput,
  MentionPassage,
  MentionRepository,
  StartCaseInput,
} from './mentionRepository.js';

// The search page's filters: the articles and publishers present in the archive (live)
export { useSearchFilterOptions } from './searchFilterOptions.js';
export type { SearchFilterOptions } from './searchFilterOptions.js';
