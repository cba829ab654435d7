import type { ZipEntry } from './zipDirectory.js';
import type { BundleEntryKind } from './bundleEntryName.js';
import { classifyEntryName, entryNameProblem, printable } from './bundleEntryName.js';
import type { BundleLimits } from './bundleLimits.js';
import { bundleError } from './bundleError.js';

export interface ClassifiedEntry {
  entry: ZipEntry;
  kind: BundleEntryKind;
}

/**
 * Every entry's name must be one the format defines, once; every declared size within the
 * limits; no entry compressed suspiciously well. All of it before anything is inflated.
 */
export function checkEntries(
  entries: readonly ZipEntry[],
  limits: BundleLimits,
): ClassifiedEntry[] {
  const names = new Set<string>();
  let total = 0;
  const classified: ClassifiedEntry[] = [];
  for (const entry of entries) {
    const problem = entryNameProblem(entry.name);
    if (problem) throw bundleError('unsafe-entry', problem);
    if (names.has(entry.name))
      throw bundleError('unsafe-entry', `entry "${printable(entry.name)}" appears twice`);
    names.add(entry.name);
    const kind = classifyEntryName(entry.name) as BundleEntryKind;
    const max = maxSize(kind, limits);
    if (entry.size > max) {
      throw bundleError(
        'too-large',
        `entry "${entry.name}" is ${entry.size} bytes; at most ${max} are allowed`,
      );
    }
    total += entry.size;
    if (total > limits.maxTotalUncompressedBytes) {
      throw bundleError(
        'too-large',
        `the bundle unpacks to more than ${limits.maxTotalUncompressedBytes} bytes`,
      );
    }
    if (
      entry.size >= limits.compressionRatioMinBytes &&
      entry.size > entry.compressedSize * limits.maxCompressionRatio
    ) {
      throw bundleError(
        'too-large',
        `entry "${entry.name}" is compressed more than ${limits.maxCompressionRatio}:1, which only a zip bomb is`,
      );
    }
    classified.push({ entry, kind });
  }
  return classified;
}

function maxSize(kind: BundleEntryKind, limits: BundleLimits): number {
  switch (kind.kind) {
    case 'manifest':
      return limits.maxManifestBytes;
    case 'revisions':
      return limits.maxRevisionsPartBytes;
    case 'text':
      return limits.maxTextBytes;
    case 'attachment':
      return limits.maxAttachmentBytes;
    case 'directory':
      return 0;
  }
}
