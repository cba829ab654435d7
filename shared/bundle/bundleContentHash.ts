import type { Revision } from '../model/revision.js';
import { canonicalJson } from '../merge/canonicalJson.js';
import type { Sha256Factory } from './sha256.js';
import { defaultSha256, sha256Hex } from './sha256.js';

const encoder = new TextEncoder();

/**
 * A fingerprint of what a bundle holds, not of how it was packed: the same revisions and
 * texts give the same hash whatever their order, the bundle id, the time, the compression or
 * the encryption. Each revision is hashed in canonical JSON (sorted keys), the digests are
 * sorted, and the sorted list is hashed with the sorted text and attachment hashes.
 */
export function bundleContentHash(
  content: {
    revisions: Iterable<Revision>;
    textHashes: Iterable<string>;
    attachmentHashes?: Iterable<string>;
  },
  factory: Sha256Factory = defaultSha256,
): string {
  const revisionDigests = new Set<string>();
  for (const r of content.revisions)
    revisionDigests.add(sha256Hex(encoder.encode(canonicalJson(r)), factory));
  const h = factory();
  const section = (title: string, items: Iterable<string>) => {
    h.update(encoder.encode(`${title}\n`));
    for (const item of [...new Set(items)].sort()) h.update(encoder.encode(`${item}\n`));
  };
  section('kartoteka-content-1 revisions', revisionDigests);
  section('texts', content.textHashes);
  section('attachments', content.attachmentHashes ?? []);
  return h.digestHex();
}
