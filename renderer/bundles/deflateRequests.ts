import type {
  DeflatedEntry,
  DeflatedPiece,
  DeflateLevel,
} from '../../shared/bundle/bundleDeflater.js';
import { deflateEntries, deflateStream } from '../../shared/bundle/bundleDeflater.js';

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
      // asked first so it can work while fflate deflates.
      const digests = Promise.all(
        request.contents.map((bytes) =>
          crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>),
        ),
      );
      const pieces = deflateEntries(request.contents, request.level, null);
      const hashes = await digests;
      pieces.forEach((piece, i) => (piece.sha256 = hex(hashes[i] as ArrayBuffer)));
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

function hex(digest: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(digest)) out += byte.toString(16).padStart(2, '0');
  return out;
}
