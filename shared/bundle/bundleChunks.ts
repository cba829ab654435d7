import { Zip, ZipDeflate, deflateSync } from 'fflate';
import type { ZipInputFile } from 'fflate';
import { crc32 } from './crc32.js';
import type { EntityKind } from '../model/entities.js';
import { newId, nowIso } from '../model/ids.js';
import { BUNDLE_LIMITS } from './bundleLimits.js';
import type { BundleEntryInfo, BundleManifest } from './bundleManifest.js';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BundleManifest as ManifestSchema,
  emptyEntityCounts,
} from './bundleManifest.js';
import {
  MANIFEST_ENTRY,
  attachmentEntryName,
  revisionsPartName,
  textEntryName,
} from './bundleEntryName.js';
import { defaultSha256 } from './sha256.js';
import type { Sha256Stream } from './sha256.js';
import { validateRevisionLine } from './validateRevisionLine.js';
import type {
  BundleContent,
  BundleProgress,
  MaybeAsyncIterable,
  WriteBundleOptions,
} from './writeBundleOptions.js';
import { bundleError } from './bundleError.js';

const FLUSH_BYTES = 1024 * 1024;
const DEFAULT_PART_BYTES = 64 * 1024 * 1024;
const encoder = new TextEncoder();

/**
 * The bundle's zip, as chunks: revisions as NDJSON in parts, then the texts and attachments,
 * then the manifest with every entry's SHA-256 (known only once the entry is written, hence
 * last). Memory stays bounded by one flush buffer and what fflate holds, whatever the size
 * of the archive. `done` receives the manifest.
 */
export async function* bundleChunks(
  content: BundleContent,
  options: WriteBundleOptions,
  done: (manifest: BundleManifest) => void,
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: unknown = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  function* drain(): Generator<Uint8Array> {
    if (failure) throw failure;
    while (out.length > 0) yield out.shift() as Uint8Array;
  }
  const createdAt = options.createdAt ?? nowIso();
  const mtime = new Date(createdAt);
  const level = options.compressionLevel ?? 6;
  const hashOf = options.sha256 ?? defaultSha256;
  const entries: BundleEntryInfo[] = [];
  const progress = (p: BundleProgress) => options.onProgress?.(p);

  /** One zip entry being written: its hash and size grow with every push. */
  const open = (name: string) => {
    const file = new ZipDeflate(name, { level });
    file.mtime = mtime;
    zip.add(file);
    const hash: Sha256Stream = hashOf();
    let size = 0;
    return {
      push(bytes: Uint8Array, final = false) {
        hash.update(bytes);
        size += bytes.length;
        file.push(bytes, final);
      },
      close() {
        file.push(new Uint8Array(0), true);
        entries.push({ name, sha256: hash.digestHex(), size });
      },
    };
  };

  /**
   * A whole entry at once (a text, an attachment, the manifest): compressed in one call and
   * handed to the zip as ready deflate data, much faster than a stream per small entry.
   */
  const addWhole = (name: string, bytes: Uint8Array): BundleEntryInfo => {
    const hash = hashOf();
    hash.update(bytes);
    const file: ZipInputFile = {
      filename: name,
      compression: 8,
      flag: 0,
      size: bytes.length,
      crc: crc32(bytes),
      mtime,
    };
    zip.add(file);
    file.ondata?.(null, deflateSync(bytes, { level }), true);
    return { name, sha256: hash.digestHex(), size: bytes.length };
  };

  // Revisions, split into parts so no entry outgrows the reader's limit.
  const revisionCounts = emptyEntityCounts();
  const records = new Map<EntityKind, Set<string>>();
  // Each revision once: an archive is a set of revisions, and the reader refuses repeats.
  const seen = new Set<string>();
  const maxPart = Math.min(
    options.maxPartBytes ?? DEFAULT_PART_BYTES,
    BUNDLE_LIMITS.maxRevisionsPartBytes,
  );
  let part = 1;
  let entry = open(revisionsPartName(part));
  let partBytes = 0;
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (batchBytes === 0) return;
    entry.push(concat(batch, batchBytes));
    batch = [];
    batchBytes = 0;
  };
  let count = 0;
  const total = sizeOf(content.revisions);
  for await (const revision of content.revisions) {
    if (seen.has(revision.id)) continue;
    seen.add(revision.id);
    if (options.validate ?? true) {
      const check = validateRevisionLine(revision);
      if (!check.ok) {
        throw bundleError(
          'invalid-record',
          `revision ${revision.id}: ${[check.field, check.message].filter(Boolean).join(': ')}`,
        );
      }
    }
    const line = encoder.encode(`${JSON.stringify(revision)}\n`);
    if (line.length > BUNDLE_LIMITS.maxLineChars) {
      throw bundleError('too-large', `revision ${revision.id} is too large for a bundle line`);
    }
    if (partBytes > 0 && partBytes + line.length > maxPart) {
      flush();
      entry.close();
      yield* drain();
      part += 1;
      entry = open(revisionsPartName(part));
      partBytes = 0;
    }
    batch.push(line);
    batchBytes += line.length;
    partBytes += line.length;
    revisionCounts[revision.entity] += 1;
    let ids = records.get(revision.entity);
    if (!ids) records.set(revision.entity, (ids = new Set()));
    ids.add(revision.recordId);
    count += 1;
    if (batchBytes >= FLUSH_BYTES) {
      flush();
      yield* drain();
      progress({ phase: 'revisions', done: count, total });
    }
  }
  flush();
  entry.close();
  yield* drain();
  progress({ phase: 'revisions', done: count, total });

  // Source texts, content-addressed: the name is the SHA-256 of the UTF-8 bytes.
  let texts = 0;
  const written = new Set<string>();
  for await (const text of content.texts ?? []) {
    if (written.has(text.sha256)) continue;
    // A text that does not hash to its claimed SHA-256 stops the export: it would be refused.
    const info = addWhole(textEntryName(text.sha256), encoder.encode(text.text));
    if (info.sha256 !== text.sha256) {
      throw bundleError(
        'invalid-text',
        `a source text claims SHA-256 ${text.sha256} but hashes to ${info.sha256}`,
      );
    }
    entries.push(info);
    written.add(text.sha256);
    texts += 1;
    yield* drain();
    if (texts % 500 === 0) progress({ phase: 'texts', done: texts, total: sizeOf(content.texts) });
  }
  progress({ phase: 'texts', done: texts, total: sizeOf(content.texts) });

  let attachments = 0;
  for await (const a of content.attachments ?? []) {
    if (written.has(a.sha256)) continue;
    const info = addWhole(attachmentEntryName(a.sha256), a.bytes);
    if (info.sha256 !== a.sha256) {
      throw bundleError(
        'invalid-text',
        `an attachment claims SHA-256 ${a.sha256} but hashes to ${info.sha256}`,
      );
    }
    entries.push(info);
    written.add(a.sha256);
    attachments += 1;
    yield* drain();
  }

  const recordCounts = emptyEntityCounts();
  for (const [entity, ids] of records) recordCounts[entity] = ids.size;
  const manifest: BundleManifest = ManifestSchema.parse({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: options.bundleId ?? newId(),
    producer: options.producer,
    createdAt,
    exportedBy: options.exportedBy,
    scope: options.scope,
    counts: { revisions: revisionCounts, records: recordCounts, texts, attachments },
    entries,
  });
  progress({ phase: 'manifest', done: 0 });
  addWhole(MANIFEST_ENTRY, encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`));
  zip.end();
  yield* drain();
  progress({ phase: 'done', done: 1 });
  done(manifest);
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function sizeOf(items: MaybeAsyncIterable<unknown> | undefined): number | undefined {
  return Array.isArray(items) ? items.length : undefined;
}
