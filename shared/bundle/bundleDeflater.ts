import { Deflate, deflateSync } from 'fflate';
import { crc32 } from './crc32.js';
import { defaultSha256 } from './sha256.js';
import type { Sha256Factory } from './sha256.js';

export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** An entry's bytes, raw-deflated, with the CRC-32 the zip stores for the uncompressed bytes. */
export interface DeflatedPiece {
  data: Uint8Array<ArrayBuffer>;
  /** CRC-32 of every byte of the entry so far (of the whole entry once final). */
  crc: number;
}

/** A whole entry deflated, with its SHA-256 (lowercase hex) for the manifest. */
export interface DeflatedEntry extends DeflatedPiece {
  sha256: string;
}

/**
 * Compresses (and hashes, for whole entries) the bundle writer's entries. Deflate is most of an export's work, and it does
 * not depend on what the writer does next (serializing, hashing, reading the archive), so a
 * host with a spare core runs it there: the writer hands entries over and goes on, and
 * answers come back in the order asked. The arrays given are handed over: the writer does
 * not use them again, so a deflater may keep them, or hand their buffers on to another
 * thread (transfer, not copy).
 */
export interface BundleDeflater {
  /** Whole entries (texts, attachments), each compressed and hashed on its own. */
  entries(contents: Uint8Array[], level: DeflateLevel): Promise<DeflatedEntry[]>;
  /**
   * One large entry (a revisions part) given in pieces; each push answers with the
   * compressed bytes that piece completed (possibly none), the final one with the rest.
   */
  stream(level: DeflateLevel): (piece: Uint8Array, final: boolean) => Promise<DeflatedPiece>;
  /**
   * For a deflater on another thread: one on the writer's own thread, which takes the batches
   * of whole entries this one is too far behind to take (by default fflate with the writer's
   * SHA-256; a host can give one with a faster hash).
   */
  readonly local?: BundleDeflater;
}

/** fflate on the writer's own thread: the CLI, tests, and hosts without workers. */
export function inThreadDeflater(sha256: Sha256Factory = defaultSha256): BundleDeflater {
  return {
    entries: (contents, level) => Promise.resolve(deflateEntries(contents, level, sha256)),
    stream: deflateStream,
  };
}

export function deflateEntries(
  contents: readonly Uint8Array[],
  level: DeflateLevel,
  sha256: Sha256Factory | null,
): DeflatedEntry[] {
  return contents.map((bytes) => {
    let digest = '';
    if (sha256) {
      const hash = sha256();
      hash.update(bytes);
      digest = hash.digestHex();
    }
    return { data: deflateSync(bytes, { level }), crc: crc32(bytes), sha256: digest };
  });
}

/** A raw deflate stream of one entry, fed in pieces (see BundleDeflater.stream). */
export function deflateStream(
  level: DeflateLevel,
): (piece: Uint8Array, final: boolean) => Promise<DeflatedPiece> {
  {
    const out: Uint8Array<ArrayBuffer>[] = [];
    const deflate = new Deflate({ level }, (chunk) => out.push(chunk));
    let crc = 0;
    return (piece, final) => {
      crc = crc32(piece, crc);
      deflate.push(piece, final);
      return Promise.resolve({ data: joined(out.splice(0)), crc });
    };
  }
}

function joined(chunks: Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  if (chunks.length === 1) return chunks[0] as Uint8Array<ArrayBuffer>;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
