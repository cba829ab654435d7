import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/bundle/sha256.js';
import { webCryptoSha256Many } from './webCryptoSha256';

describe('webCryptoSha256Many', () => {
  it('gives the SHA-256 the JavaScript hash gives, in order, of empty and subarray inputs too', async () => {
    expect(webCryptoSha256Many).toBeDefined();
    const buffer = new TextEncoder().encode('Алесь Бяляцкі — Viasna. '.repeat(300));
    const inputs = [
      new Uint8Array(0),
      buffer,
      buffer.subarray(7, 1000),
      Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 251),
    ];
    const digests = await webCryptoSha256Many?.(inputs);
    expect(digests).toEqual(inputs.map((input) => sha256Hex(input)));
    expect(digests?.[0]).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
