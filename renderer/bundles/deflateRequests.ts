import type {
  DeflatedEntry,
  DeflatedPiece,
  DeflateLevel,
} from '../../shared/bundle/bundleDeflater.js';
import { deflateEntries, deflateStream } from '../../shared/bundle/bundleDeflater.js';
import { crc32 } from '../../shared/bundle/crc32.js';
import { sha256Hex } from '../../shared/bundle/sha256.js';
import { webCryptoSha256Many } from './webCryptoSha256.js';

/** Messages to the deflate worker (deflateWorker.ts); each is answered once, in order. */
export type DeflateRequest =
  | { type: 'entries'; contents: Uint8Array[]; level: DeflateLevel }
  | { type: 'stream'; stream: number; piece: Uint8Array; final: boolean; level: DeflateLevel };

export type DeflateReply =
  | { type: 'entries'; pieces: DeflatedEntry[] }
  | { type: 'stream'; piece: DeflatedPiece }
  | { type: 'failed'; message: string };

/**
 * What the deflate worker does with each request, keeping each stream's deflate state between
 * its pieces; the window-side fallback (workerDeflater) uses it too. Requests must come in
 * order and one at a time per stream.
 */
export class DeflateRequests {
  private readonly streams = new Map<
    number,
    (piece: Uint8Array, final: boolean) => Promise<DeflatedPiece>
  >();

  async ask(request: DeflateRequest): Promise<DeflateReply> {
    if (request.type === 'entries') {
      // WebCrypto's digest is native and needs the whole entry, which is here anyway; it is
      // asked first so it can work while the entries are deflated.
      const digests = webCryptoSha256Many
        ? webCryptoSha256Many(request.contents)
        : Promise.resolve(request.contents.map((bytes) => sha256Hex(bytes)));
      const pieces =
        typeof CompressionStream === 'undefined'
          ? deflateEntries(request.contents, request.level, null)
          : await nativeDeflated(request.contents);
      const hashes = await digests;
      pieces.forEach((piece, i) => (piece.sha256 = hashes[i] ?? ''));
      return { type: 'entries', pieces };
    }
    let push = this.streams.get(request.stream);
    if (!push) {
      push = deflateStream(request.level);
      this.streams.set(request.stream, push);
    }
    if (request.final) this.streams.delete(request.stream);
    return { type: 'stream', piece: await push(request.piece, request.final) };
  }
}

/**
 * Whole entries deflated by the platform (CompressionStream, zlib at its default level), one
 * after the other. fflate sets up its tables afresh (some 180 KB) for every call, which
 * weighs on small entries: on 2,000 of the benchmark's 4 KB texts in Chromium, fflate at
 * level 3 took 1.8 s against 0.5 s here, and wrote 4 % more. (Streams run side by side were
 * slower still.) The level asked for is left to the platform.
 */
async function nativeDeflated(contents: readonly Uint8Array[]): Promise<DeflatedEntry[]> {
  const pieces: DeflatedEntry[] = [];
  for (const bytes of contents) {
    const stream = new CompressionStream('deflate-raw');
    const writer = stream.writable.getWriter();
    // A failure shows on the readable side, read below.
    writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
    writer.close().catch(() => undefined);
    const data = new Uint8Array(await new Response(stream.readable).arrayBuffer());
    pieces.push({ data, crc: crc32(bytes), sha256: '' });
  }
  return pieces;
}
