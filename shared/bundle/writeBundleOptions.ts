import type { Actor, Revision } from '../model/revision.js';
import type { Id, IsoDateTime } from '../model/ids.js';
import type { SourceText, Utf8SourceText } from '../model/source.js';
import type { BundleScope } from './bundleManifest.js';
import type { Sha256Factory } from './sha256.js';
import type { BundleDeflater } from './bundleDeflater.js';

export type MaybeAsyncIterable<T> = Iterable<T> | AsyncIterable<T>;

/** A binary attachment (a photo), named by the SHA-256 of its bytes. */
export interface BundleAttachment {
  sha256: string;
  bytes: Uint8Array;
}

/**
 * What goes into a bundle. Iterables may be async (a database cursor read in batches), so an
 * archive of any size is written without being held in memory at once.
 */
export interface BundleContent {
  revisions: MaybeAsyncIterable<Revision>;
  /** As text, or as the UTF-8 bytes an archive stores (written as they are, no decoding). */
  texts?: MaybeAsyncIterable<SourceText | Utf8SourceText>;
  attachments?: MaybeAsyncIterable<BundleAttachment>;
}

export interface BundleProgress {
  phase: 'revisions' | 'texts' | 'attachments' | 'manifest' | 'done';
  /** Items of this phase written so far. */
  done: number;
  /** Items of this phase in all, when the content is an array. */
  total?: number;
}

export interface WriteBundleOptions {
  /** The app and version writing the bundle, e.g. { app: 'Kartoteka', version: '0.1.0' }. */
  producer: { app: string; version: string };
  exportedBy: Actor;
  scope: BundleScope;
  /** Default: a new random id. */
  bundleId?: Id;
  /** Default: now. */
  createdAt?: IsoDateTime;
  /** Encrypt the whole bundle with age (scrypt) under this passphrase. */
  passphrase?: string;
  /** log2 of scrypt's cost; default 18 as age uses. Tests lower it for speed. */
  scryptWorkFactor?: number;
  /** Deflate level 0–9; default 6. */
  compressionLevel?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  /** Start a new revisions part after this many bytes; default 64 MiB. */
  maxPartBytes?: number;
  /** Check every revision against the model before writing it; default true. */
  validate?: boolean;
  sha256?: Sha256Factory;
  /** Who compresses the entries; default fflate on this thread (inThreadDeflater). */
  deflater?: BundleDeflater;
  /**
   * How many bytes the deflater may have been given and not answered yet before the writer
   * waits for it (revisions) or compresses on its own thread instead (whole entries);
   * default 8 MiB.
   */
  deflateAheadBytes?: number;
  onProgress?: (progress: BundleProgress) => void;
}
