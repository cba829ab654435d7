import { bundleError } from './bundleError.js';
import { printable } from './bundleEntryName.js';

/** One entry as the zip's central directory describes it, checked against the local header. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: 0 | 8;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts, and its compressed bytes start and end. */
  headerOffset: number;
  dataStart: number;
  dataEnd: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5)
  );
}

/**
 * Reads a zip's central directory (the authority on what the zip holds) and checks every
 * entry's local header against it: same name and method, data inside the file and before
 * the directory, no two entries overlapping (overlapping entries are how some zip bombs
 * multiply one compressed block). Only what bundles use is accepted: no zip64, no zip
 * encryption, no split archives, stored or deflated entries.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  if (!looksLikeZip(bytes))
    throw bundleError('not-a-bundle', 'this file is not a Kartoteka bundle (not a zip file)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(bytes, view);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    throw bundleError('unsupported', 'the zip uses zip64, which bundles never need');
  }
  const diskNumber = view.getUint16(eocd + 4, true);
  const directoryDisk = view.getUint16(eocd + 6, true);
  const entriesHere = view.getUint16(eocd + 8, true);
  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (diskNumber !== 0 || directoryDisk !== 0 || entriesHere !== entryCount) {
    throw bundleError('unsupported', 'the zip is split over several files');
  }
  if (entryCount === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    throw bundleError('unsupported', 'the zip uses zip64, which bundles never need');
  }
  if (entryCount > maxEntries) {
    throw bundleError(
      'too-large',
      `the bundle has ${entryCount} entries; at most ${maxEntries} are allowed`,
    );
  }
  if (directoryOffset + directorySize !== eocd) {
    throw bundleError('damaged', 'the bundle is damaged or truncated (zip directory out of place)');
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) {
      throw bundleError('damaged', 'the bundle is damaged or truncated (zip directory broken)');
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > eocd)
      throw bundleError('damaged', 'the bundle is damaged or truncated (zip directory broken)');
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    if (flags & 0x41)
      throw bundleError(
        'unsupported',
        `entry "${printable(name)}" uses zip encryption; bundles are encrypted with age instead`,
      );
    if (method !== 0 && method !== 8) {
      throw bundleError(
        'unsupported',
        `entry "${printable(name)}" uses compression method ${method}; bundles use deflate`,
      );
    }
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (view.getUint16(at + 34, true) !== 0)
      throw bundleError('unsupported', 'the zip is split over several files');
    const localOffset = view.getUint32(at + 42, true);
    const dataStart = localDataStart(bytes, view, localOffset, name, method, directoryOffset);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > directoryOffset) {
      throw bundleError(
        'damaged',
        `the bundle is damaged or truncated (entry "${printable(name)}" runs past the end)`,
      );
    }
    if (method === 0 && compressedSize !== size) {
      throw bundleError(
        'damaged',
        `the bundle is damaged (entry "${printable(name)}" has inconsistent sizes)`,
      );
    }
    const crc32 = view.getUint32(at + 16, true);
    entries.push({
      name,
      method,
      crc32,
      compressedSize,
      size,
      headerOffset: localOffset,
      dataStart,
      dataEnd,
    });
    at = next;
  }
  checkNoOverlap(entries);
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (
      view.getUint32(at, true) === EOCD &&
      at + 22 + view.getUint16(at + 20, true) === bytes.length
    )
      return at;
  }
  throw bundleError('damaged', 'the bundle is damaged or truncated (no zip directory at its end)');
}

function localDataStart(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  name: string,
  method: number,
  limit: number,
): number {
  if (offset + 30 > limit || view.getUint32(offset, true) !== LOCAL) {
    throw bundleError(
      'damaged',
      `the bundle is damaged (entry "${printable(name)}" not found where the directory says)`,
    );
  }
  const nameLength = view.getUint16(offset + 26, true);
  const extraLength = view.getUint16(offset + 28, true);
  const localName = decodeName(bytes.subarray(offset + 30, offset + 30 + nameLength));
  if (localName !== name || view.getUint16(offset + 8, true) !== method) {
    throw bundleError(
      'damaged',
      `the bundle is damaged (entry "${printable(name)}" disagrees with the zip directory)`,
    );
  }
  return offset + 30 + nameLength + extraLength;
}

/** Entries sorted by position must each end before the next one's local header starts. */
function checkNoOverlap(entries: readonly ZipEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as ZipEntry;
    const current = sorted[i] as ZipEntry;
    if (previous.dataEnd > current.headerOffset) {
      throw bundleError(
        'damaged',
        `the bundle is damaged or hostile (entries "${printable(previous.name)}" and "${printable(current.name)}" overlap)`,
      );
    }
  }
}

/** Zip names are bytes; bundle names are ASCII, so anything else shows up escaped and fails. */
function decodeName(raw: Uint8Array): string {
  let s = '';
  for (const b of raw) s += String.fromCharCode(b);
  return s;
}
