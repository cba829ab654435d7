import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { TEST_OPTIONS, smallArchive } from './bundleTestkit.js';
import { sha256Hex } from './sha256.js';
import type { BundleDeflater } from './bundleDeflater.js';
import { inThreadDeflater } from './bundleDeflater.js';
import type { SourceText } from '../model/source.js';

const encoder = new TextEncoder();

function textOf(text: string): SourceText {
  return { sha256: sha256Hex(encoder.encode(text)), text };
}

/**
 * The in-thread deflater with every answer held back for a while chosen by `delays`, as a
 * deflater on another thread answers: late, but in the order asked.
 */
function lateDeflater(delays: readonly number[]): BundleDeflater {
  const base = inThreadDeflater();
  let asked = 0;
  let previous: Promise<unknown> = Promise.resolve();
  const late = <T>(work: () => Promise<T>): Promise<T> => {
    const wait = delays[asked++ % delays.length] ?? 0;
    const answer = previous.then(
      () => new Promise<T>((resolve) => setTimeout(() => resolve(work()), wait)),
    );
    previous = answer;
    return answer;
  };
  return {
    entries: (contents, level) => late(() => base.entries(contents, level)),
    stream: (level) => {
      const push = base.stream(level);
      return (piece, final) => late(() => push(piece, final));
    },
  };
}

describe('bundle deflaters', () => {
  it('a deflater that answers late, in order, writes the same bytes as compressing in place', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3000 }), {
          maxLength: 200,
        }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 300, max: 5000 }),
        fc.integer({ min: 0, max: 20_000 }),
        async (strings, delays, maxPartBytes, deflateAheadBytes) => {
          const archive = smallArchive();
          const texts = [...archive.texts, ...strings.map(textOf)];
          const options = { ...TEST_OPTIONS, maxPartBytes, compressionLevel: 3 as const };
          const inPlace = await writeBundle({ revisions: archive.revisions, texts }, options);
          const late = await writeBundle(
            { revisions: archive.revisions, texts },
            // A small lead makes the writer compress some batches itself while the late
            // deflater still works on earlier ones: their data must still land in order.
            { ...options, deflater: lateDeflater(delays), deflateAheadBytes },
          );
          expect(late).toEqual(inPlace);
          const read = await readBundle(late);
          expect(read.revisions).toEqual(archive.revisions);
          expect(new Set(read.texts.map((t) => t.sha256))).toEqual(
            new Set(texts.map((t) => t.sha256)),
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a text that does not hash to its name stops the export, wherever it is in a batch', async () => {
    const archive = smallArchive();
    const good = Array.from({ length: 70 }, (_, i) => textOf(`text ${i}`));
    const bad = { sha256: 'a'.repeat(64), text: 'not what the name says' };
    for (const at of [0, 63, 64, 70]) {
      const texts = [...good.slice(0, at), bad, ...good.slice(at)];
      await expect(
        writeBundle(
          { revisions: archive.revisions, texts },
          { ...TEST_OPTIONS, deflater: lateDeflater([1, 0]) },
        ),
      ).rejects.toMatchObject({ code: 'invalid-text' });
    }
  });

  it('a deflater that fell behind gets batches again once it has caught up; its local one takes the rest', async () => {
    const archive = smallArchive();
    // Batches of two texts (BATCH_BYTES is 256 KB), coming slower than the deflater answers.
    const texts = Array.from({ length: 12 }, (_, i) => textOf(`${i} `.repeat(70_000)));
    async function* slowly(items: SourceText[]) {
      for (const item of items) {
        await new Promise((resolve) => setTimeout(resolve, 15));
        yield item;
      }
    }
    const calls = { remote: 0, local: 0 };
    const counted = (deflater: BundleDeflater, key: keyof typeof calls): BundleDeflater => ({
      ...deflater,
      entries: (contents, level) => {
        calls[key] += 1;
        return deflater.entries(contents, level);
      },
    });
    const remote = {
      ...counted(lateDeflater([5]), 'remote'),
      local: counted(inThreadDeflater(), 'local'),
    };
    const bytes = await writeBundle(
      { revisions: archive.revisions, texts: slowly(texts) },
      { ...TEST_OPTIONS, deflater: remote, deflateAheadBytes: 300_000 },
    );
    expect((await readBundle(bytes)).texts).toHaveLength(texts.length);
    // Every batch to the remote one, as it answers before the next batch is full (a writer
    // that counted what it had not waited for, rather than what was not answered, sent
    // every batch after the second to its local one).
    expect(calls).toEqual({ remote: 6, local: 0 });

    calls.remote = 0;
    // All at once: once more than 300 KB wait with the remote one, this thread takes the rest.
    await writeBundle(
      { revisions: archive.revisions, texts },
      { ...TEST_OPTIONS, deflater: remote, deflateAheadBytes: 300_000 },
    );
    expect(calls.remote).toBeGreaterThan(0);
    expect(calls.local).toBeGreaterThan(0);
    expect(calls.remote + calls.local).toBe(6);
  });

  it('the writer never uses the arrays it handed over (a worker moves their buffers)', async () => {
    const archive = smallArchive();
    const texts = [
      ...archive.texts,
      ...Array.from({ length: 150 }, (_, i) => textOf(`текст ${i}`)),
    ];
    const base = inThreadDeflater();
    // What each request is given is moved away as postMessage's transfer does (one request's
    // arrays at once): the writer's views are left empty, and any use of them afterwards shows.
    const moved = (arrays: Uint8Array[]): Uint8Array[] =>
      structuredClone(arrays, {
        transfer: [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))],
      });
    const moving: BundleDeflater = {
      entries: (contents, level) => base.entries(moved(contents), level),
      stream: (level) => {
        const push = base.stream(level);
        return (piece, final) => push(moved([piece])[0] as Uint8Array, final);
      },
    };
    const options = { ...TEST_OPTIONS, maxPartBytes: 2000, compressionLevel: 3 as const };
    const inPlace = await writeBundle({ revisions: archive.revisions, texts }, options);
    const bytes = await writeBundle(
      { revisions: archive.revisions, texts },
      { ...options, deflater: moving },
    );
    expect(bytes).toEqual(inPlace);
  });
});
