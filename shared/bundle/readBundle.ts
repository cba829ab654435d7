import { BUNDLE_LIMITS } from './bundleLimits.js';
import type { BundleLimits } from './bundleLimits.js';
import { BundleError, bundleError } from './bundleError.js';
import { decryptWithPassphrase, isAgeEncrypted } from './ageEncryption.js';
import { looksLikeZip, readZipDirectory } from './zipDirectory.js';
import { checkEntries } from './checkEntries.js';
import { readManifest } from './readManifest.js';
import { readRevisionParts } from './readRevisionParts.js';
import { utf8TextChunks, readBlobEntries } from './readBlobEntries.js';
import { checkManifestAgainst } from './checkManifestAgainst.js';
import { defaultSha256 } from './sha256.js';
import { laterRevisions } from './laterRevisions.js';
import type { BundleEntryInfo } from './bundleManifest.js';
import type { ReadBundleOptions, ReadBundleResult } from './readBundleOptions.js';

/**
 * Opens a bundle and checks all of it before returning anything: decryption, the zip
 * structure, entry names, sizes and compression ratios (zip bombs), the manifest's schema and
 * format version, the SHA-256 of every entry, every revision line (JSON guard, revision
 * schema, entity schema), every text's hash. Whatever is wrong ends in a BundleError whose
 * message names the entry, line and field; nothing else is ever thrown for bad input.
 */
export async function readBundle(
  input: Uint8Array,
  options: ReadBundleOptions = {},
): Promise<ReadBundleResult> {
  try {
    return await read(input, options);
  } catch (error) {
    if (error instanceof BundleError) throw error;
    // A check this reader forgot must still not surface as a crash or a stack trace.
    throw bundleError(
      'damaged',
      `the bundle could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

async function read(input: Uint8Array, options: ReadBundleOptions): Promise<ReadBundleResult> {
  const limits: BundleLimits = { ...BUNDLE_LIMITS, ...options.limits };
  const progress = options.onProgress ?? (() => undefined);
  if (input.length === 0) throw bundleError('not-a-bundle', 'the file is empty');
  if (input.length > limits.maxBundleBytes) {
    throw bundleError(
      'too-large',
      `the file is ${input.length} bytes; a bundle may be at most ${limits.maxBundleBytes}`,
    );
  }
  const encrypted = isAgeEncrypted(input);
  let bytes = input;
  if (encrypted) {
    progress({ phase: 'decrypting', done: 0, total: input.length });
    bytes = await decryptWithPassphrase(input, options.passphrase);
    if (!looksLikeZip(bytes))
      throw bundleError(
        'not-a-bundle',
        'the file decrypts, but to something that is not a Kartoteka bundle',
      );
  }
  progress({ phase: 'checking', done: 0, total: bytes.length });
  const entries = checkEntries(readZipDirectory(bytes, limits.maxEntries), limits);
  const manifestEntry = entries.find((e) => e.kind.kind === 'manifest');
  if (!manifestEntry)
    throw bundleError(
      'not-a-bundle',
      'this zip is not a Kartoteka bundle (it has no manifest.json)',
    );
  const manifest = readManifest(bytes, manifestEntry.entry, limits);
  const expected = new Map<string, BundleEntryInfo>();
  for (const info of manifest.entries) {
    if (expected.has(info.name))
      throw bundleError('invalid-manifest', `lists "${info.name}" twice`, {
        entry: 'manifest.json',
      });
    expected.set(info.name, info);
  }
  const listed = entries.filter((e) => e.kind.kind !== 'manifest' && e.kind.kind !== 'directory');
  for (const { entry } of listed) {
    if (!expected.has(entry.name))
      throw bundleError('unsafe-entry', `entry "${entry.name}" is not listed in the manifest`);
  }
  if (expected.size !== listed.length) {
    const present = new Set(listed.map((e) => e.entry.name));
    const missing = [...expected.keys()].find((n) => !present.has(n)) ?? '';
    throw bundleError(
      'damaged',
      `entry "${missing}" is listed in the manifest but missing from the bundle`,
    );
  }
  const revisionBytes = listed
    .filter((e) => e.kind.kind === 'revisions')
    .reduce((n, e) => n + e.entry.size, 0);
  const revisionsLater = options.revisionsLater ?? false;
  const { revisions, index, parts, sourceTexts } = readRevisionParts({
    bytes,
    parts: listed,
    expected,
    limits,
    sha256: options.sha256 ?? defaultSha256,
    maxProblems: Math.max(1, options.maxProblems ?? 1),
    onBytes: (done) => progress({ phase: 'revisions', done, total: revisionBytes }),
    indexOnly: revisionsLater,
  });
  const later = options.textsLater ?? false;
  const { texts, textHashes, attachments } = await readBlobEntries(
    bytes,
    listed,
    expected,
    { sha256: options.sha256 ?? defaultSha256, sha256Many: options.sha256Many },
    (done, total) => progress({ phase: 'texts', done, total }),
    !later,
  );
  checkManifestAgainst(manifest, index.revisionRecords(), textHashes.length, attachments.length);
  const held = new Set(textHashes);
  const missingTexts = [...sourceTexts].filter((sha) => !held.has(sha));
  const result: ReadBundleResult = {
    manifest,
    revisions,
    texts,
    attachments,
    missingTexts: missingTexts.sort(),
    encrypted,
  };
  if (revisionsLater) {
    result.laterRevisions = laterRevisions(
      index,
      bytes,
      parts.map((p) => p.entry),
      limits.maxLineChars,
    );
  }
  if (later) {
    result.laterTexts = {
      hashes: textHashes,
      chunks: (chunkBytes) => utf8TextChunks(bytes, listed, chunkBytes),
    };
  }
  return result;
}
