import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256Hex } from './sha256Hex.js';

describe('sha256Hex', () => {
  it('gives the standard digests', async () => {
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes the UTF-8 bytes of any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 50 }), async (s) => {
        expect(await sha256Hex(s)).toBe(
          createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex'),
        );
      }),
    );
    expect(await sha256Hex('Мікалай Статкевіч 🙂')).toBe(
      createHash('sha256').update('Мікалай Статкевіч 🙂', 'utf8').digest('hex'),
    );
  });
});
