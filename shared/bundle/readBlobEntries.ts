import type { SourceText, Utf8SourceText } from '../model/source.js';
import type { ClassifiedEntry } from './checkEntries.js';
import { inflateEntry } from './inflateEntry.js';
import type { Sha256Factory } from './sha256.js';
import type { BundleEntryInfo } from './bundleManifest.js';
import type { BundleAttachment } from './writeBundleOptions.js';
import { checkHash } from './readRevisionParts.js';
import { bundleError } from './bundleError.js';

/**
 * Reads the content-addressed entries: each must hash to its own name (and to the manifest).
 * Texts must be UTF-8 and are kept exactly, a leading byte-order mark included, because
 * their SHA-256 is what citations were made on. With `keepTexts` false they are checked
 * just the same but not kept (only their hashes are): see LaterTexts.
 */
export function readBlobEntries(
  bytes: Uint8Array,
  entries: readonly ClassifiedEntry[],
  expected: ReadonlyMap<string, BundleEntryInfo>,
  sha256: Sha256Factory,
  onEntry: (done: number, total: number) => void,
  keepTexts = true,
): { texts: SourceText[]; textHashes: string[]; attachments: BundleAttachment[] } {
  const texts: SourceText[] = [];
  const textHashes: string[] = [];
  const attachments: BundleAttachment[] = [];
  const blobs = entries.filter((e) => e.kind.kind === 'text' || e.kind.kind === 'attachment');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  blobs.forEach(({ entry, kind }, i) => {
    const content = new Uint8Array(entry.size);
    let at = 0;
    const hash = sha256();
    inflateEntry(bytes, entry, (chunk) => {
      content.set(chunk, at);
      at += chunk.length;
      hash.update(chunk);
    });
    const digest = hash.digestHex();
    checkHash(entry.name, digest, entry.size, expected);
    if ((kind.kind === 'text' || kind.kind === 'attachment') && digest !== kind.sha256) {
      throw bundleError(
        'hash-mismatch',
        `entry "${entry.name}" is not named after the SHA-256 of its content`,
      );
    }
    if (kind.kind === 'text') {
      let text: string;
      try {
        text = decoder.decode(content);
      } catch {
        throw bundleError('invalid-text', 'is not valid UTF-8 text', { entry: entry.name });
      }
      textHashes.push(digest);
      if (keepTexts) texts.push({ sha256: digest, text });
    } else {
      attachments.push({ sha256: digest, bytes: content });
    }
    if (i % 200 === 199 || i === blobs.length - 1) onEntry(i + 1, blobs.length);
  });
  return { texts, textHashes, attachments };
}

/**
 * The texts of a bundle read and checked already, inflated again (not decoded: the archive
 * stores their UTF-8 bytes) in chunks of about `chunkBytes` bytes, so that they are never all
 * in memory at once. The zip's bytes are the ones checked (the caller keeps them unchanged),
 * so the texts are the same; their sizes are checked again all the same by the inflation.
 */
export function* utf8TextChunks(
  bytes: Uint8Array,
  entries: readonly ClassifiedEntry[],
  chunkBytes: number,
): Generator<Utf8SourceText[]> {
  let chunk: Utf8SourceText[] = [];
  let size = 0;
  for (const { entry, kind } of entries) {
    if (kind.kind !== 'text') continue;
    const utf8 = new Uint8Array(entry.size);
    let at = 0;
    inflateEntry(bytes, entry, (piece) => {
      utf8.set(piece, at);
      at += piece.length;
    });
    chunk.push({ sha256: kind.sha256, utf8 });
    size += utf8.length;
    if (size >= chunkBytes) {
      yield chunk;
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}
