import type { ZipEntry } from './zipDirectory.js';
import { inflateEntry } from './inflateEntry.js';
import { crc32 } from './crc32.js';
import type { BundleLimits } from './bundleLimits.js';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, BundleManifest } from './bundleManifest.js';
import { MANIFEST_ENTRY } from './bundleEntryName.js';
import { parseGuardedJson } from './parseGuardedJson.js';
import { describeIssue } from './describeIssue.js';
import { bundleError } from './bundleError.js';

/**
 * Reads and checks manifest.json. The format version is looked at before the schema, so
 * a bundle from a newer Kartoteka says so instead of listing fields this version does not
 * know. The manifest is the one entry no SHA-256 covers, so its zip CRC is checked.
 */
export function readManifest(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: BundleLimits,
): BundleManifest {
  const chunks: Uint8Array[] = [];
  let crc = 0;
  inflateEntry(bytes, entry, (chunk) => {
    crc = crc32(chunk, crc);
    chunks.push(chunk.slice());
  });
  if (crc !== entry.crc32)
    throw bundleError('damaged', 'the bundle is damaged (manifest.json fails its checksum)');
  const at = { entry: MANIFEST_ENTRY };
  let text: string;
  try {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    text = chunks.map((c, i) => decoder.decode(c, { stream: i < chunks.length - 1 })).join('');
  } catch {
    throw bundleError('invalid-manifest', 'is not valid UTF-8 text', at);
  }
  const parsed = parseGuardedJson(text, {
    maxDepth: limits.maxDepth,
    maxStringChars: limits.maxStringChars,
  });
  if (!parsed.ok)
    throw bundleError('invalid-manifest', parsed.message, {
      ...at,
      field: parsed.field || undefined,
    });
  const raw = parsed.value as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof raw !== 'object' || raw === null || raw.format !== BUNDLE_FORMAT) {
    throw bundleError(
      'not-a-bundle',
      'this zip is not a Kartoteka bundle (its manifest.json is of another format)',
    );
  }
  const version = raw.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_FORMAT_VERSION) {
    throw bundleError(
      'newer-version',
      `this bundle was made by a newer Kartoteka (bundle format ${version}; this one reads format ${BUNDLE_FORMAT_VERSION}): update Kartoteka to open it`,
    );
  }
  if (version !== BUNDLE_FORMAT_VERSION) {
    throw bundleError(
      'unsupported',
      `bundle format version ${JSON.stringify(version)} is not one Kartoteka knows`,
      {
        ...at,
        field: 'formatVersion',
      },
    );
  }
  const manifest = BundleManifest.safeParse(raw);
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    const { field, message } = issue
      ? describeIssue(issue)
      : { field: '', message: 'is not valid' };
    throw bundleError('invalid-manifest', message, { ...at, field: field || undefined });
  }
  return manifest.data;
}
