import type { CaseFile } from '../model/caseFile.js';
import type { Citation } from '../model/citation.js';
import type { Note } from '../model/note.js';
import type { Source } from '../model/source.js';
import type { Tag } from '../model/tag.js';

/** One case file as the dossier prints it, with what it refers to already looked up. */
export interface DossierCase {
  caseFile: CaseFile;
  /** The case file's tags (resolved from `caseFile.tagIds`). */
  tags: readonly Tag[];
  notes: readonly Note[];
  /** The citations whose `caseId` is this case file. */
  citations: readonly Citation[];
  /** The photo as a `data:image/(png|jpeg|webp);base64,…` URL; anything else is not printed. */
  photoDataUrl?: string | null;
  /** Paths of fields with unresolved conflicting edits (`meta.conflicts[].path`). */
  unresolvedConflicts?: readonly string[];
}

/** A cited source with its current text, against which every quote is re-anchored. */
export interface DossierSource {
  source: Source;
  /** The text whose SHA-256 is `source.sha256`; null when the archive does not hold it. */
  text: string | null;
}

export interface DossierInput {
  /** The archive the dossier comes from, printed on every page. */
  archiveName: string;
  /** Date of issue, YYYY-MM-DD; the status shown is the status on this day. */
  issuedOn: string;
  /** One case file, or several for a combined dossier with a table of contents. */
  cases: readonly DossierCase[];
  /** At least every source the cases' citations refer to; others are ignored. */
  sources: readonly DossierSource[];
}

export interface DossierOptions {
  /** Mark every page (and the cover) CONFIDENTIAL. */
  confidential: boolean;
  /** Leave out notes marked private (the redaction profile for handing the dossier out). */
  omitPrivateNotes: boolean;
}
