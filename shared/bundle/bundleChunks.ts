import { Zip, deflateSync } from 'fflate';
import type { ZipInputFile } from 'fflate';
import { inThreadDeflater } from './bundleDeflater.js';
import type { DeflatedEntry, DeflatedPiece } from './bundleDeflater.js';
import { crc32 } from './crc32.js';
import type { EntityKind } from '../model/entities.js';
import { newId, nowIso } from '../model/ids.js';
import type { SourceText, Utf8SourceText } from '../model/source.js';
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
import { lineEncoder } from './lineEncoder.js';
import type {
  BundleContent,
  BundleProgress,
  MaybeAsyncIterable,
  WriteBundleOptions,
} from './writeBundleOptions.js';
import { bundleError } from './bundleError.js';

const FLUSH_BYTES = 1024 * 1024;
/** A flush's buffer: room for FLUSH_BYTES and the line that passes it, most of the time. */
const BATCH_BUFFER_BYTES = FLUSH_BYTES + 64 * 1024;
const DEFAULT_PART_BYTES = 64 * 1024 * 1024;
/** Texts and attachments go to the deflater in batches of about this many bytes. */
const BATCH_BYTES = 256 * 1024;
const BATCH_ENTRIES = 64;
/** A batch's buffer for its texts: BATCH_BYTES of them, at up to three bytes a character. */
const ARENA_BYTES = 1024 * 1024;
/**
 * Bytes handed to the deflater and not answered yet, at most: enough to keep another thread
 * busy while this one serializes, reads and deflates batches itself (see sendBatch), and a
 * bound on the memory it takes. Kept small because what is still queued there when the texts
 * run out is waited for with this thread idle: 8 MB left about a second of it on data set S.
 */
const AHEAD_BYTES = 2 * 1024 * 1024;
const encoder = new TextEncoder();

/**
 * The bundle's zip, as chunks: revisions as NDJSON in parts, then the texts and attachments,
 * then the manifest with every entry's SHA-256 (known only once the entry is written, hence
 * last). Compression is the deflater's (options.deflater; by default on this thread), which
 * may work on other threads while this one goes on. Memory stays bounded by one flush
 * buffer, what the deflater has not answered yet and what fflate holds, whatever the size
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
  const aheadLimit = options.deflateAheadBytes ?? AHEAD_BYTES;
  const here = options.deflater?.local ?? inThreadDeflater(hashOf);
  const deflater = options.deflater ?? here;
  const entries: BundleEntryInfo[] = [];
  const progress = (p: BundleProgress) => options.onProgress?.(p);

  // The deflater's answers, oldest first. Each is handled (its bytes given to the zip, in the
  // order the entries were added) as it comes; a failure is kept and thrown by drain().
  // `aheadBytes` counts the bytes asked for and not answered yet: what the deflater still has
  // to do, so that sendBatch can tell when it is behind.
  const ahead: Array<{ handled: Promise<void>; done: boolean }> = [];
  let aheadBytes = 0;
  const track = <T>(answer: Promise<T>, bytes: number, handle: (value: T) => void) => {
    aheadBytes += bytes;
    const entry = { handled: Promise.resolve(), done: false };
    entry.handled = answer
      .then(handle)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => {
        entry.done = true;
        aheadBytes -= bytes;
      });
    ahead.push(entry);
    while (ahead[0]?.done) ahead.shift();
    return entry.handled;
  };
  /** Waits until at most `limit` bytes are with the deflater (0: until all are answered). */
  const settle = async (limit: number) => {
    while (ahead.length > 0 && (limit === 0 || aheadBytes > limit))
      await (ahead.shift() as (typeof ahead)[number]).handled;
  };
  /** A deflated entry as the zip takes it: crc and size are filled in when known. */
  const addFile = (name: string, size: number): ZipInputFile => {
    const file: ZipInputFile = { filename: name, compression: 8, flag: 0, size, crc: 0, mtime };
    zip.add(file);
    return file;
  };

  /** One large zip entry being written: its hash and size grow with every push. */
  const open = (name: string) => {
    const file = addFile(name, 0);
    const deflate = deflater.stream(level);
    const hash: Sha256Stream = hashOf();
    let size = 0;
    const push = (bytes: Uint8Array, final: boolean) => {
      // Read before the deflater takes the bytes: one on another thread may move them there.
      const length = bytes.length;
      hash.update(bytes);
      size += length;
      track(deflate(bytes, final), length, ({ data, crc }: DeflatedPiece) => {
        if (final) {
          file.size = size;
          file.crc = crc;
        }
        if (data.length > 0 || final) file.ondata?.(null, data, final);
      });
    };
    return {
      push: (bytes: Uint8Array) => push(bytes, false),
      close() {
        push(new Uint8Array(0), true);
        entries.push({ name, sha256: hash.digestHex(), size });
      },
    };
  };

  // Whole entries (texts, attachments) wait here to go to the deflater in one batch. Their
  // manifest lines are listed at once, in order, and get their SHA-256 with the answer.
  interface Waiting {
    file: ZipInputFile;
    info: BundleEntryInfo;
    claimed: string;
    what: string;
  }
  let waitingBatch: Waiting[] = [];
  let batchContents: Uint8Array[] = [];
  let batchSize = 0;
  // A batch's texts are encoded into one buffer of their own (encodeInto, no array per text:
  // encode() of the texts was over half of this function's own time in a profile of data set
  // S). The buffer goes with the batch, whole, to the deflater.
  let arena = new Uint8Array(ARENA_BYTES);
  let arenaUsed = 0;
  /**
   * A text's UTF-8 bytes, for the batch being filled (sent first when it has no room): encoded,
   * or copied when they come as bytes (the deflater is given what is its own).
   */
  const textBytes = async (text: SourceText | Utf8SourceText): Promise<Uint8Array> => {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    const most = 'utf8' in text ? text.utf8.length : text.text.length * 3;
    if (most > ARENA_BYTES / 4)
      return 'utf8' in text ? text.utf8.slice() : encoder.encode(text.text);
    if (arenaUsed + most > arena.length) await sendBatch();
    const to = arena.subarray(arenaUsed);
    let written: number;
    if ('utf8' in text) {
      to.set(text.utf8);
      written = text.utf8.length;
    } else {
      written = encoder.encodeInto(text.text, to).written;
    }
    arenaUsed += written;
    return arena.subarray(arenaUsed - written, arenaUsed);
  };
  const sendBatch = async () => {
    if (waitingBatch.length === 0) return;
    const waiting = waitingBatch;
    const contents = batchContents;
    const size = batchSize;
    waitingBatch = [];
    batchContents = [];
    batchSize = 0;
    arena = new Uint8Array(ARENA_BYTES);
    arenaUsed = 0;
    // A deflater on another thread that is behind gets no more: this thread compresses the
    // batch itself instead of waiting, so both cores stay busy (the bytes are the same, and
    // the zip puts every entry's data in the order the entries were added). Its answers are
    // counted only when this thread lets them in, and texts already read come without a turn
    // of the event loop: one turn first, or the other thread may be idle, its answers unread.
    let behind = deflater !== here && aheadBytes > aheadLimit;
    if (behind) {
      await nextTask();
      behind = aheadBytes > aheadLimit;
    }
    const answer = (behind ? here : deflater).entries(contents, level);
    const handled = track(answer, behind ? 0 : size, (pieces) => {
      waiting.forEach(({ file, info, claimed, what }, i) => {
        const piece = pieces[i] as DeflatedEntry;
        // Content that does not hash to its claimed SHA-256 stops the export: it would be refused.
        if (piece.sha256 !== claimed) {
          throw bundleError(
            'invalid-text',
            `${what} claims SHA-256 ${claimed} but hashes to ${piece.sha256}`,
          );
        }
        info.sha256 = piece.sha256;
        file.crc = piece.crc;
        file.ondata?.(null, piece.data, true);
      });
    });
    // This thread's own deflater may answer later too (a platform stream): one batch at a time.
    if (behind) await handled;
  };
  /** A whole entry named after its SHA-256, compressed and hashed by the deflater in a batch. */
  const addDeflated = async (name: string, bytes: Uint8Array, claimed: string, what: string) => {
    const info: BundleEntryInfo = { name, sha256: claimed, size: bytes.length };
    entries.push(info);
    waitingBatch.push({ file: addFile(name, bytes.length), info, claimed, what });
    batchContents.push(bytes);
    batchSize += bytes.length;
    if (batchSize >= BATCH_BYTES || waitingBatch.length >= BATCH_ENTRIES) await sendBatch();
  };

  /** The manifest, last and small: compressed here in one call. */
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
  // Lines are encoded into one buffer per flush (encodeInto, no array per line): in Node,
  // encode() of each of 78,000 revision lines took 0.5–1.2 s, encodeInto 25–50 ms.
  let batch = new Uint8Array(BATCH_BUFFER_BYTES);
  let batchBytes = 0;
  const flush = () => {
    if (batchBytes === 0) return;
    entry.push(batch.subarray(0, batchBytes));
    batch = new Uint8Array(BATCH_BUFFER_BYTES);
    batchBytes = 0;
  };
  const lines = lineEncoder();
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
    const line = lines.encode(`${JSON.stringify(revision)}\n`);
    if (line.length > BUNDLE_LIMITS.maxLineChars) {
      throw bundleError('too-large', `revision ${revision.id} is too large for a bundle line`);
    }
    if (partBytes > 0 && partBytes + line.length > maxPart) {
      flush();
      entry.close();
      await settle(aheadLimit);
      yield* drain();
      part += 1;
      entry = open(revisionsPartName(part));
      partBytes = 0;
    }
    if (batchBytes + line.length > batch.length) flush();
    if (line.length > batch.length) entry.push(line.slice());
    else {
      batch.set(line, batchBytes);
      batchBytes += line.length;
    }
    partBytes += line.length;
    revisionCounts[revision.entity] += 1;
    let ids = records.get(revision.entity);
    if (!ids) records.set(revision.entity, (ids = new Set()));
    ids.add(revision.recordId);
    count += 1;
    if (batchBytes >= FLUSH_BYTES) {
      flush();
      await settle(aheadLimit);
      yield* drain();
      progress({ phase: 'revisions', done: count, total });
    }
  }
  flush();
  entry.close();
  await settle(aheadLimit);
  yield* drain();
  progress({ phase: 'revisions', done: count, total });

  // Source texts, content-addressed: the name is the SHA-256 of the UTF-8 bytes.
  let texts = 0;
  const written = new Set<string>();
  for await (const text of content.texts ?? []) {
    if (written.has(text.sha256)) continue;
    const bytes = await textBytes(text);
    await addDeflated(textEntryName(text.sha256), bytes, text.sha256, 'a source text');
    written.add(text.sha256);
    texts += 1;
    if (waitingBatch.length === 0) {
      // Looser than the revisions' bound: a busy deflater is not waited for (see sendBatch).
      await settle(2 * aheadLimit);
      yield* drain();
    }
    if (texts % 500 === 0) progress({ phase: 'texts', done: texts, total: sizeOf(content.texts) });
  }
  progress({ phase: 'texts', done: texts, total: sizeOf(content.texts) });

  let attachments = 0;
  for await (const a of content.attachments ?? []) {
    if (written.has(a.sha256)) continue;
    // A copy: what the deflater is given is its own (see BundleDeflater).
    await addDeflated(attachmentEntryName(a.sha256), a.bytes.slice(), a.sha256, 'an attachment');
    written.add(a.sha256);
    attachments += 1;
    if (waitingBatch.length === 0) {
      // Looser than the revisions' bound: a busy deflater is not waited for (see sendBatch).
      await settle(2 * aheadLimit);
      yield* drain();
    }
  }
  await sendBatch();
  await settle(0);
  yield* drain();

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

function sizeOf(items: MaybeAsyncIterable<unknown> | undefined): number | undefined {
  return Array.isArray(items) ? items.length : undefined;
}

/** After the tasks already queued (messages from another thread among them). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
