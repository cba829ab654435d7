import type { SourceText } from '../model/source.js';
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
 * their SHA-256 is what citations were made on.
 */
export function readBlobEntries(
  bytes: Uint8Array,
  entries: readonly ClassifiedEntry[],
  expected: ReadonlyMap<string, BundleEntryInfo>,
  sha256: Sha256Factory,
  onEntry: (done: number, total: number) => void,
): { texts: SourceText[]; attachments: BundleAttachment[] } {
  const texts: SourceText[] = [];
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
      texts.push({ sha256: digest, text });
    } else {
      attachments.push({ sha256: digest, bytes: content });
    }
    if (i % 200 === 199 || i === blobs.length - 1) onEntry(i + 1, blobs.length);
  });
  return { texts, attachments };
}
