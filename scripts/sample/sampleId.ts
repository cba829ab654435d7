import { createHash } from 'node:crypto';
import type { Id } from '../../shared/model/ids.js';

/**
 * A deterministic UUID for a sample record, entry or revision, from a stable key.
 *
 * Random ids would make every generation of the sample different, and two researchers who
 * each opened the sample would hold two unrelated copies of every case file. Deriving the id
 * from the key (like a UUID v5, but over SHA-256) gives byte-identical output on every run
 * and the very same records in every archive, so their bundles merge without conflict.
 */
export function sampleId(key: string): Id {
  const bytes = createHash('sha256').update(`kartoteka-sample:${key}`, 'utf8').digest();
  // Version 5 and the RFC 4122 variant, so the result is a well-formed name-based UUID.
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
