import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import type { Utf8SourceText } from '../model/source.js';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { TEST_OPTIONS, smallArchive } from './bundleTestkit.js';
import { sha256Hex } from './sha256.js';

const encoder = new TextEncoder();
// A leading byte-order mark is part of a text (its hash covers it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const decoded = (t: Utf8SourceText) => ({ sha256: t.sha256, text: decoder.decode(t.utf8) });

/** The same bundle with its texts stored (zip method 0) rather than deflated. */
function withStoredTexts(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [
        name,
        name.startsWith('texts/') ? ([data, { level: 0 }] as const) : data,
      ]),
    ),
  );
}

describe('readBundle with textsLater', () => {
  it('keeps no text, and gives the same texts again as UTF-8, in chunks of the size asked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 400 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.boolean(),
        async (strings, chunkBytes, stored) => {
          const archive = smallArchive();
          const extra = [...new Set(strings)].map((text) => ({
            sha256: sha256Hex(encoder.encode(text)),
            text,
          }));
          const texts = [
            ...archive.texts,
            ...extra.filter((t) => t.sha256 !== archive.texts[0]?.sha256),
          ];
          const written = await writeBundle({ revisions: archive.revisions, texts }, TEST_OPTIONS);
          // Either form of zip entry is read: the writer's deflated ones, or stored ones.
          const bytes = stored ? withStoredTexts(written) : written;
          const whole = await readBundle(bytes);
          const later = await readBundle(bytes, { textsLater: true });
          expect(later.texts).toEqual([]);
          expect(later.revisions).toEqual(whole.revisions);
          expect(later.missingTexts).toEqual(whole.missingTexts);
          expect(later.laterTexts?.hashes).toEqual(whole.texts.map((t) => t.sha256));
          const chunks = [...(later.laterTexts?.chunks(chunkBytes) ?? [])];
          expect(chunks.flat().map(decoded)).toEqual(whole.texts);
          // Every chunk but the last stops at the first text that reaches the size asked.
          for (const chunk of chunks.slice(0, -1)) {
            const sizes = chunk.map((t) => t.utf8.length);
            expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(chunkBytes);
            expect(sizes.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(chunkBytes);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('still refuses a text that does not match its name, before returning anything', async () => {
    const archive = smallArchive();
    const bytes = await writeBundle(archive, TEST_OPTIONS);
    // Flip a byte inside the (stored-small, deflated) text entry's data: the hash check fails.
    const damaged = bytes.slice();
    const name = encoder.encode(`texts/${archive.texts[0]?.sha256 ?? ''}.txt`);
    const at = indexOf(damaged, name);
    expect(at).toBeGreaterThan(0);
    const dataAt = at + name.length + 2;
    damaged[dataAt] = (damaged[dataAt] ?? 0) ^ 0xff;
    await expect(readBundle(damaged, { textsLater: true })).rejects.toMatchObject({
      name: 'BundleError',
    });
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
