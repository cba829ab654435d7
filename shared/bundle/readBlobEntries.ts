import type { SourceText, Utf8SourceText } from '../model/source.js';
import type { ClassifiedEntry } from './checkEntries.js';
import { inflateEntry } from './inflateEntry.js';
import type { Sha256Factory, Sha256Many } from './sha256.js';
import { sha256Hex } from './sha256.js';
import type { BundleEntryInfo } from './bundleManifest.js';
import type { BundleAttachment } from './writeBundleOptions.js';
import { checkHash } from './readRevisionParts.js';
import { bundleError } from './bundleError.js';

/** Entries inflated before their hashes are taken together (and progress is told). */
const GROUP_ENTRIES = 200;
/** Bytes inflated before their hashes are taken together, whatever the entries' count. */
const GROUP_BYTES = 8 * 1024 * 1024;

/** Blob entries in groups of at most GROUP_ENTRIES entries and about GROUP_BYTES bytes. */
function* groups(blobs: readonly ClassifiedEntry[]): Generator<ClassifiedEntry[]> {
  let group: ClassifiedEntry[] = [];
  let bytes = 0;
  for (const blob of blobs) {
    group.push(blob);
    bytes += blob.entry.size;
    if (group.length >= GROUP_ENTRIES || bytes >= GROUP_BYTES) {
      yield group;
      group = [];
      bytes = 0;
    }
  }
  if (group.length > 0) yield group;
}

/** An entry's bytes, inflated into one buffer of its declared size. */
function inflated(bytes: Uint8Array, entry: ClassifiedEntry['entry']): Uint8Array {
  const content = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(bytes, entry, (chunk) => {
    content.set(chunk, at);
    at += chunk.length;
  });
  return content;
}

/**
 * Reads the content-addressed entries: each must hash to its own name (and to the manifest).
 * Texts must be UTF-8 and are kept exactly, a leading byte-order mark included, because
 * their SHA-256 is what citations were made on. With `keepTexts` false they are checked
 * just the same but not kept (only their hashes are): see LaterTexts.
 *
 * Entries are inflated a group at a time, then hashed together: with `sha256Many` (a host's
 * native SHA-256, which takes whole inputs), else one by one with `sha256`.
 */
export async function readBlobEntries(
  bytes: Uint8Array,
  entries: readonly ClassifiedEntry[],
  expected: ReadonlyMap<string, BundleEntryInfo>,
  hashing: { sha256: Sha256Factory; sha256Many?: Sha256Many | undefined },
  onEntry: (done: number, total: number) => void,
  keepTexts = true,
): Promise<{ texts: SourceText[]; textHashes: string[]; attachments: BundleAttachment[] }> {
  const texts: SourceText[] = [];
  const textHashes: string[] = [];
  const attachments: BundleAttachment[] = [];
  const blobs = entries.filter((e) => e.kind.kind === 'text' || e.kind.kind === 'attachment');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let done = 0;
  for (const group of groups(blobs)) {
    const contents = group.map(({ entry }) => inflated(bytes, entry));
    const digests = hashing.sha256Many
      ? await hashing.sha256Many(contents)
      : contents.map((content) => sha256Hex(content, hashing.sha256));
    group.forEach(({ entry, kind }, i) => {
      const content = contents[i] as Uint8Array;
      const digest = digests[i] ?? '';
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
    });
    done += group.length;
    onEntry(done, blobs.length);
  }
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
    const utf8 = inflated(bytes, entry);
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
