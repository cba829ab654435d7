import type { Revision } from '../model/revision.js';
import type { SourceText, Utf8SourceText } from '../model/source.js';
import type { BundleManifest } from './bundleManifest.js';
import type { BundleLimits } from './bundleLimits.js';
import type { Sha256Factory, Sha256Many } from './sha256.js';
import type { RevisionsByRecord } from './revisionsByRecord.js';
import type { BundleAttachment } from './writeBundleOptions.js';

export interface ReadBundleOptions {
  /** For an age-encrypted bundle. */
  passphrase?: string;
  /** Tighter (or, for tools, looser) limits than BUNDLE_LIMITS. */
  limits?: Partial<BundleLimits>;
  sha256?: Sha256Factory;
  /** A native SHA-256 of whole inputs (WebCrypto), for the texts and attachments. */
  sha256Many?: Sha256Many;
  /**
   * How many record problems to collect before giving up; default 1. A validator sets it
   * higher to list many bad lines at once. Problems with the file as a whole end the read
   * at once.
   */
  maxProblems?: number;
  onProgress?: (progress: ReadProgress) => void;
  /**
   * Check the texts as always, but do not keep them: `texts` is empty and `laterTexts` reads
   * them again a chunk at a time (an importer writing them in slices never holds them all).
   */
  textsLater?: boolean;
  /**
   * Check every revision as always, but keep only their ids and records: `revisions` is
   * empty and `laterRevisions` parses them again, a bounded group of records at a time (an
   * importer previewing and applying a chunk at a time never holds them all).
   */
  revisionsLater?: boolean;
}

/** A read bundle's texts, to be read again in chunks (ReadBundleOptions.textsLater). */
export interface LaterTexts {
  /** Their SHA-256, in the bundle's order. */
  hashes: string[];
  /**
   * The texts, inflated again but not decoded (the archive stores their UTF-8 bytes), in
   * chunks of about `chunkBytes` bytes.
   */
  chunks(chunkBytes: number): Generator<Utf8SourceText[]>;
}

export interface ReadProgress {
  phase: 'decrypting' | 'checking' | 'revisions' | 'texts' | 'attachments';
  /** Bytes (revisions) or entries (texts, attachments) done so far. */
  done: number;
  total: number;
}

/**
 * A bundle, checked throughout: what `applyRevisions(revisions, texts, { bundleId:
 * manifest.bundleId })` takes.
 */
export interface ReadBundleResult {
  manifest: BundleManifest;
  /** Every revision, validated against its entity's schema, each id once (none with revisionsLater). */
  revisions: Revision[];
  /** With revisionsLater: the revisions, checked, to be read again record by record. */
  laterRevisions?: RevisionsByRecord;
  /** Source texts whose SHA-256 matches their name (none kept with textsLater). */
  texts: SourceText[];
  /** With textsLater: the texts, checked, to be read again in chunks. */
  laterTexts?: LaterTexts;
  attachments: BundleAttachment[];
  /**
   * Texts the bundle's source revisions name but do not carry (a "changes" bundle assumes the
   * recipient has them). The importer should check the archive has each one.
   */
  missingTexts: string[];
  /** Whether the file was age-encrypted. */
  encrypted: boolean;
}
