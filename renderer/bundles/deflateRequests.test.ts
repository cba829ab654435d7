import { describe, expect, it } from 'vitest';
import { inflateSync } from 'fflate';
import { crc32 } from '../../shared/bundle/crc32.js';
import { sha256Hex } from '../../shared/bundle/sha256.js';
import { DeflateRequests } from './deflateRequests';

const encoder = new TextEncoder();

describe('the deflate worker’s requests', () => {
  it('deflates and hashes whole entries (SHA-256 by WebCrypto), in the order given', async () => {
    const contents = ['Мікалай Статкевіч', '', 'x'.repeat(100_000), '🙂'].map((s) =>
      encoder.encode(s),
    );
    const reply = await new DeflateRequests().ask({ type: 'entries', contents, level: 3 });
    if (reply.type !== 'entries') throw new Error(`unexpected reply ${reply.type}`);
    expect(reply.pieces.map((p) => inflateSync(p.data))).toEqual(contents);
    expect(reply.pieces.map((p) => p.sha256)).toEqual(contents.map((c) => sha256Hex(c)));
    expect(reply.pieces.map((p) => p.crc)).toEqual(contents.map((c) => crc32(c)));
  });

  it('keeps each stream’s state between its pieces, streams apart', async () => {
    const requests = new DeflateRequests();
    const a = ['first piece of a, ', 'second of a'].map((s) => encoder.encode(s));
    const b = ['b alone'].map((s) => encoder.encode(s));
    const out = new Map<number, Uint8Array[]>([
      [1, []],
      [2, []],
    ]);
    let crcA = 0;
    const steps: Array<[number, Uint8Array, boolean]> = [
      [1, a[0] as Uint8Array, false],
      [2, b[0] as Uint8Array, true],
      [1, a[1] as Uint8Array, true],
    ];
    for (const [stream, piece, final] of steps) {
      const reply = await requests.ask({ type: 'stream', stream, piece, final, level: 3 });
      if (reply.type !== 'stream') throw new Error(`unexpected reply ${reply.type}`);
      out.get(stream)?.push(reply.piece.data);
      if (stream === 1) crcA = reply.piece.crc;
    }
    const joined = (parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
    expect(new TextDecoder().decode(inflateSync(joined(out.get(1) ?? [])))).toBe(
      'first piece of a, second of a',
    );
    expect(new TextDecoder().decode(inflateSync(joined(out.get(2) ?? [])))).toBe('b alone');
    expect(crcA).toBe(crc32(joined(a)));
  });
});
