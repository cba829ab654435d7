import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { TEST_OPTIONS, smallArchive } from './bundleTestkit.js';
import { sha256Hex } from './sha256.js';

const encoder = new TextEncoder();

describe('readBundle with textsLater', () => {
  it('keeps no text, and reads the same texts again in chunks of the size asked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 2000 }),
        async (strings, chunkChars) => {
          const archive = smallArchive();
          const extra = [...new Set(strings)].map((text) => ({
            sha256: sha256Hex(encoder.encode(text)),
            text,
          }));
          const texts = [
            ...archive.texts,
            ...extra.filter((t) => t.sha256 !== archive.texts[0]?.sha256),
          ];
          const bytes = await writeBundle({ revisions: archive.revisions, texts }, TEST_OPTIONS);
          const whole = await readBundle(bytes);
          const later = await readBundle(bytes, { textsLater: true });
          expect(later.texts).toEqual([]);
          expect(later.revisions).toEqual(whole.revisions);
          expect(later.missingTexts).toEqual(whole.missingTexts);
          expect(later.laterTexts?.hashes).toEqual(whole.texts.map((t) => t.sha256));
          const chunks = [...(later.laterTexts?.chunks(chunkChars) ?? [])];
          expect(chunks.flat()).toEqual(whole.texts);
          // Every chunk but the last stops at the first text that reaches the size asked.
          for (const chunk of chunks.slice(0, -1)) {
            const chars = chunk.map((t) => t.text.length);
            expect(chars.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(chunkChars);
            expect(chars.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(chunkChars);
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
