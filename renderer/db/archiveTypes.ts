import type { AnchorResult } from '../../shared/anchoring/anchorSelector.js';
import type {
  Actor,
  Annotation,
  CaseFile,
  Citation,
  EntityKind,
  FactRef,
  NameEntry,
  Note,
  Revision,
  RevisionOrigin,
  SampleArchive,
  Source,
  Stored,
  Tag,
  TextSelector,
} from '../../shared/model/index.js';
import type { SourceImportSuccess } from '../../shared/sources/sourceImportResult.js';
import type { ApplyRevisionsResult, RevisionOriginInput } from './applyRevisions.js';
import type { DossierProfile } from './dossierProfileSetting.js';

/** A citation with where its quote stands in the source's current text. */
export type CitationView = Stored<Citation> & {
  /**
   * anchorSelector(current text of the source, selector). needs_review when the quote is not
   * in the current text exactly, or the source (or its text) is gone.
   */
  anchor: AnchorResult;
  /** true when the citation was made on another version of the text than the current one. */
  sourceTextChanged: boolean;
  /** '' when the source was deleted. */
  sourceTitle: string;
  /** '' when the case file was deleted. */
  caseName: string;
};

/** A highlight with its note, anchored like a citation. */
export type AnnotationView = Stored<Annotation> & {
  anchor: AnchorResult;
  sourceTextChanged: boolean;
};

export type TagWithCount = Stored<Tag> & { caseCount: number };

export interface ArchiveCounts {
  cases: number;
  sources: number;
  tags: number;
}

export interface SourceWithText {
  source: Stored<Source>;
  text: string;
}

/** A source file read by shared/sources (importSourceFile / importPastedText) without error. */
export type ImportedSourceOk = SourceImportSuccess;

export type NewCaseFileInput = { names: Omit<NameEntry, 'id'>[] } & Partial<
  Omit<CaseFile, 'id' | 'names'>
>;

export interface AddSourceResult {
  status: 'added' | 'duplicate';
  /** The new source, or the one that already holds this text. */
  id: string;
  fileName: string;
}

export type SourceMetadataPatch = Partial<
  Pick<Source, 'title' | 'publisher' | 'author' | 'date' | 'url'>
>;

export interface NewCitationInput {
  caseId: string;
  fact: FactRef;
  sourceId: string;
  selector: TextSelector;
  note?: string;
}

export interface NewAnnotationInput {
  sourceId: string;
  selector: TextSelector;
  note: string;
}

export interface NewNoteInput {
  caseId: string;
  body: string;
  private: boolean;
}

export type NotePatch = Partial<Pick<Note, 'body' | 'private'>>;

export interface CaseFileRepository {
  /** Gives each name (and any entry without one) an id; returns the new case file's id. */
  create(input: NewCaseFileInput): Promise<string>;
  /** `change` gets the current value and returns the new one (same id); no-op changes add no revision. */
  update(id: string, change: (current: CaseFile) => CaseFile): Promise<void>;
  /** Also removes its citations and notes (tombstones). */
  remove(id: string): Promise<void>;
}

export interface SourceRepository {
  /** Dedup by sha256, against the archive and within the batch; the text is stored once. */
  addImported(items: readonly ImportedSourceOk[]): Promise<AddSourceResult[]>;
  updateMetadata(id: string, patch: SourceMetadataPatch): Promise<void>;
  /** Also removes its citations and annotations (tombstones). Its text stays: old citations may need it. */
  remove(id: string): Promise<void>;
}

export interface CitationRepository {
  /**
   * sourceSha256 is taken from the source. The selector must anchor in the source's current
   * text, and the fact must exist in the case file (KartotekaDataError 'selector' / 'fact').
   */
  create(input: NewCitationInput): Promise<string>;
  remove(id: string): Promise<void>;
}

export interface AnnotationRepository {
  create(input: NewAnnotationInput): Promise<string>;
  update(id: string, note: string): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface NoteRepository {
  create(input: NewNoteInput): Promise<string>;
  update(id: string, patch: NotePatch): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface TagRepository {
  /** Names are unique ignoring case and surrounding space (KartotekaDataError field 'name'). */
  create(name: string): Promise<string>;
  rename(id: string, name: string): Promise<void>;
  /** Re-tags every case tagged `fromId` with `intoId`, then deletes `fromId`; one transaction. */
  merge(fromId: string, intoId: string): Promise<void>;
  /** Untags every case, then deletes the tag. */
  remove(id: string): Promise<void>;
  /** Adds (on) or removes the tag on each case; cases already so are left alone. */
  setOnCases(caseIds: readonly string[], tagId: string, on: boolean): Promise<void>;
}

export interface ArchiveRepository {
  /** applyRevisions with bundleId null; opening it twice changes nothing. */
  openSample(sample: SampleArchive): Promise<void>;
  /** No case files and no sources. */
  isEmpty(): Promise<boolean>;
  /**
   * Adds unknown revisions and texts and recomputes the touched records, all or nothing.
   * Everything is validated first: an invalid revision rejects the batch with a
   * KartotekaDataError naming the record. Bundles import through this.
   */
  applyRevisions(
    revisions: readonly Revision[],
    texts: readonly { sha256: string; text: string }[],
    origin: RevisionOriginInput,
  ): Promise<ApplyRevisionsResult>;
  /** Every revision of one record, parents before children (then by time). */
  revisionsOf(entity: EntityKind, recordId: string): Promise<Revision[]>;
  /** Which bundle brought a revision (bundleId null: made here); null for an unknown revision. */
  originOf(revisionId: string): Promise<RevisionOrigin | null>;
}

export interface SettingsRepository {
  /** Created on first use: { id: newId(), name: 'Researcher' }. */
  getActor(): Promise<Actor>;
  /** KartotekaDataError 'name' when empty or too long. */
  setActorName(name: string): Promise<void>;
  /** The redaction profile last saved; before that, not confidential, private notes left out. */
  getDossierProfile(): Promise<DossierProfile>;
  /** Remembers the dossier options for next time. */
  setDossierProfile(profile: DossierProfile): Promise<void>;
}

export interface StorageRepository {
  /** navigator.storage.persist() when available, else false. */
  persist(): Promise<boolean>;
  /** Bytes used and available, or null when the browser cannot tell. */
  estimate(): Promise<{ usage: number; quota: number } | null>;
}

/** Key/value storage for the search module's index; not part of the archive's history. */
export interface SearchIndexStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

/** One open archive: everything the UI can do to it. Each repository call is one transaction. */
export interface Archive {
  /** The IndexedDB database name. */
  readonly name: string;
  readonly caseFiles: CaseFileRepository;
  readonly sources: SourceRepository;
  readonly citations: CitationRepository;
  readonly annotations: AnnotationRepository;
  readonly notes: NoteRepository;
  readonly tags: TagRepository;
  readonly archive: ArchiveRepository;
  readonly settings: SettingsRepository;
  readonly storage: StorageRepository;
  readonly searchIndex: SearchIndexStore;
  /** Closes the database connection; the object is unusable afterwards. */
  close(): void;
}
