import { MAX_SOURCE_TEXT_BYTES } from '../model/source.js';

/**
 * What a bundle may hold at most. A bundle comes from outside (a USB stick, a messenger) and
 * is read before anyone can look at it, so every size is checked against these limits
 * before the memory is spent: zip bombs, huge strings and deep nesting get a clear message
 * instead of freezing the app. Documented in docs/bundle-format.md; change both together.
 * The largest realistic archive (10,000 case files, 50,000 sources, 100,000 citations) stays
 * well inside them.
 */
export const BUNDLE_LIMITS = {
  /** The bundle file itself, encrypted or not. */
  maxBundleBytes: 2 * 1024 ** 3,
  /** Entries in the zip, directories included. */
  maxEntries: 500_000,
  /** Sum of the uncompressed sizes of all entries. */
  maxTotalUncompressedBytes: 4 * 1024 ** 3,
  maxManifestBytes: 64 * 1024 ** 2,
  /** One records/revisions*.ndjson part; a writer starts a new part before this. */
  maxRevisionsPartBytes: 256 * 1024 ** 2,
  maxTextBytes: MAX_SOURCE_TEXT_BYTES,
  maxAttachmentBytes: 64 * 1024 ** 2,
  /** Uncompressed / compressed size of one entry; ratios above this are a zip bomb. */
  maxCompressionRatio: 200,
  /** The ratio is only judged for entries at least this large (tiny entries vary wildly). */
  compressionRatioMinBytes: 1024 * 1024,
  /** One line of NDJSON (one revision), in UTF-16 code units. */
  maxLineChars: 16 * 1024 ** 2,
  /** One string inside a revision (the largest field the model allows is 200,000). */
  maxStringChars: 1024 ** 2,
  /** Nesting of arrays and objects in one revision (the model needs about 7). */
  maxDepth: 32,
  /** Revision parts: records/revisions.ndjson, then revisions-0002.ndjson … up to 9999. */
  maxRevisionParts: 9999,
} as const;

export type BundleLimits = { -readonly [K in keyof typeof BUNDLE_LIMITS]: number };
