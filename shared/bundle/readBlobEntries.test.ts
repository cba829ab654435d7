import { describe, expect, it } from 'vitest';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { BundleError } from './bundleError.js';
import { TEST_OPTIONS, TEXT, TEXT_SHA, craftBundle, smallArchive } from './bundleTestkit.js';
import { sha256Hex } from './sha256.js';
import type { Sha256Many } from './sha256.js';

/**
 * readBlobEntries, through readBundle, with a host's SHA-256 of whole inputs (sha256Many):
 * texts inflated a group at a time and hashed together.
 */

const encoder = new TextEncoder();

async function expectRefused(bytes: Uint8Array, message: RegExp, sha256Many: Sha256Many) {
  const refused = await readBundle(bytes, { sha256Many }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(BundleError);
  expect((refused as BundleError).code).toBe('hash-mismatch');
  expect((refused as BundleError).message).toMatch(message);
}

describe('readBundle with a host SHA-256 of whole inputs (sha256Many)', () => {
  /** The JavaScript hash behind the async interface, counting its calls and inputs. */
  function countingSha256Many() {
    const calls: number[] = [];
    const sha256Many = (inputs: readonly Uint8Array[]) => {
      calls.push(inputs.length);
      return Promise.resolve(inputs.map((input) => sha256Hex(input)));
    };
    return { calls, sha256Many };
  }

  it('reads the texts as the incremental hash does, a group of entries at a time', async () => {
    const texts = Array.from({ length: 450 }, (_, i) => ({
      sha256: '',
      text: `Text ${i}: Алесь Бяляцкі, Viasna, ${'слова '.repeat(i % 7)}`,
    })).map((t) => ({ ...t, sha256: sha256Hex(encoder.encode(t.text)) }));
    const bytes = await writeBundle({ ...smallArchive(), texts }, TEST_OPTIONS);
    const { calls, sha256Many } = countingSha256Many();
    const progress: number[] = [];
    const read = await readBundle(bytes, {
      sha256Many,
      onProgress: (p) => void (p.phase === 'texts' && progress.push(p.done)),
    });
    expect(read).toEqual(await readBundle(bytes));
    expect(read.texts).toHaveLength(450);
    expect(calls).toEqual([200, 200, 50]);
    expect(progress).toEqual([200, 400, 450]);
  });

  it('refuses a text not named after its hash, or whose hash is not the manifest’s', async () => {
    const { calls, sha256Many } = countingSha256Many();
    const other = sha256Hex(encoder.encode('other'));
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': '', [`texts/${other}.txt`]: TEXT }),
      /not named after the SHA-256/,
      sha256Many,
    );
    const withText = { [`texts/${TEXT_SHA}.txt`]: TEXT, 'records/revisions.ndjson': '' };
    const tampered = craftBundle(withText, (m) => {
      const entries = m.entries as Array<{ name: string; sha256: string }>;
      for (const entry of entries) if (entry.name.startsWith('texts/')) entry.sha256 = other;
    });
    await expectRefused(tampered, /does not match the SHA-256 in the manifest/, sha256Many);
    expect(calls).toEqual([1, 1]);
  });
});
