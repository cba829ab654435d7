import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { writeBundleStream } from './writeBundleStream.js';
import { bundleContentHash } from './bundleContentHash.js';
import { sha256Hex } from './sha256.js';
import { BundleError } from './bundleError.js';
import {
  TEST_OPTIONS,
  TEXT,
  TEXT_SHA,
  craftBundle,
  ndjson,
  smallArchive,
} from './bundleTestkit.js';
import { testId } from '../merge/mergeTestkit.js';
import type { Revision } from '../model/revision.js';

describe('writeBundle and readBundle', () => {
  it('round-trips revisions and texts exactly, with a manifest that describes them', async () => {
    const archive = smallArchive();
    const bytes = await writeBundle(archive, TEST_OPTIONS);
    const read = await readBundle(bytes);
    expect(read.revisions).toEqual(archive.revisions);
    expect(read.texts).toEqual([{ sha256: TEXT_SHA, text: TEXT }]);
    expect(read.texts[0]?.text.charCodeAt(0)).toBe(0xfeff);
    expect(read.missingTexts).toEqual([]);
    expect(read.encrypted).toBe(false);
    expect(read.manifest).toMatchObject({
      format: 'kartoteka-bundle',
      formatVersion: 1,
      bundleId: TEST_OPTIONS.bundleId,
      exportedBy: TEST_OPTIONS.exportedBy,
      createdAt: TEST_OPTIONS.createdAt,
      scope: { kind: 'archive' },
      counts: {
        revisions: { case: 2, source: 1, citation: 1, annotation: 0, note: 1, tag: 1 },
        records: { case: 1, source: 1, citation: 1, annotation: 0, note: 1, tag: 1 },
        texts: 1,
        attachments: 0,
      },
    });
    const names = Object.keys(unzipSync(bytes)).sort();
    expect(names).toEqual(['manifest.json', 'records/revisions.ndjson', `texts/${TEXT_SHA}.txt`]);
  });

  it('splits revisions into numbered parts and reads them back in order', async () => {
    const archive = smallArchive();
    const bytes = await writeBundle(archive, { ...TEST_OPTIONS, maxPartBytes: 1200 });
    const names = Object.keys(unzipSync(bytes))
      .filter((n) => n.startsWith('records/'))
      .sort();
    expect(names.length).toBeGreaterThan(2);
    expect(names).toContain('records/revisions.ndjson');
    expect(names).toContain('records/revisions-0002.ndjson');
    expect((await readBundle(bytes)).revisions).toEqual(archive.revisions);
  });

  it('reads a large part streamed in slices, with Cyrillic split across chunk boundaries', async () => {
    const [, kase] = smallArchive().revisions as [Revision, Revision];
    let seed = 3;
    const letter = () => 'абвгдеёжзійклмнопрстуўфхцчшыьэюя'[(seed = xorshift(seed)) % 32];
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...kase,
      id: testId(1000 + i),
      parents: [],
      data: { ...(kase.data as object), occupation: Array.from({ length: 600 }, letter).join('') },
    }));
    const bytes = await writeBundle({ revisions: many }, TEST_OPTIONS);
    expect(bytes.length).toBeGreaterThan(128 * 1024);
    expect((await readBundle(bytes)).revisions).toEqual(many);
  });

  it('streams from async sources to a sink, chunk by chunk', async () => {
    const archive = smallArchive();
    async function* slowly<T>(items: T[]) {
      for (const item of items) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield item;
      }
    }
    const chunks: Uint8Array[] = [];
    const phases = new Set<string>();
    const manifest = await writeBundleStream(
      { revisions: slowly(archive.revisions), texts: slowly(archive.texts) },
      { ...TEST_OPTIONS, onProgress: (p) => phases.add(p.phase) },
      async (chunk) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        chunks.push(chunk);
      },
    );
    expect(chunks.length).toBeGreaterThan(3);
    expect([...phases]).toEqual(['revisions', 'texts', 'manifest', 'done']);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const read = await readBundle(bytes);
    expect(read.manifest).toEqual(manifest);
    expect(read.revisions).toEqual(archive.revisions);
  });

  it('writes each revision once and refuses an invalid one', async () => {
    const archive = smallArchive();
    const twice = await readBundle(
      await writeBundle(
        { ...archive, revisions: [...archive.revisions, ...archive.revisions] },
        TEST_OPTIONS,
      ),
    );
    expect(twice.revisions).toHaveLength(archive.revisions.length);
    const broken = {
      ...(archive.revisions[1] as Revision),
      data: { ...(archive.revisions[1]?.data as object), names: [] },
    };
    await expect(writeBundle({ revisions: [broken] }, TEST_OPTIONS)).rejects.toThrow(
      `revision ${broken.id}: data.names: must not be empty`,
    );
  });

  it('refuses a text whose hash is not its SHA-256', async () => {
    await expect(
      writeBundle({ revisions: [], texts: [{ sha256: 'a'.repeat(64), text: 'x' }] }, TEST_OPTIONS),
    ).rejects.toBeInstanceOf(BundleError);
  });

  it('writes texts given as their UTF-8 bytes (as an archive stores them) the same as strings', async () => {
    const encoder = new TextEncoder();
    // Enough texts to fill several batch buffers, and one too large for a buffer.
    const strings = [
      TEXT,
      ...Array.from({ length: 400 }, (_, i) => `Тэкст ${i}: ${'суд '.repeat(i * 7)}`),
      'ł'.repeat(200_000),
    ].map((text) => ({ sha256: sha256Hex(encoder.encode(text)), text }));
    const bytes = strings.map(({ sha256, text }) => ({ sha256, utf8: encoder.encode(text) }));
    const mixed = strings.map((t, i) => (i % 3 === 0 ? t : (bytes[i] as (typeof bytes)[number])));
    const asStrings = await writeBundle({ revisions: [], texts: strings }, TEST_OPTIONS);
    expect(await writeBundle({ revisions: [], texts: bytes }, TEST_OPTIONS)).toEqual(asStrings);
    expect(await writeBundle({ revisions: [], texts: mixed }, TEST_OPTIONS)).toEqual(asStrings);
    expect((await readBundle(asStrings)).texts).toEqual(strings);
    // The bytes given stay the caller's: a copy went to the deflater.
    expect(bytes[1]?.utf8).toEqual(encoder.encode(strings[1]?.text));
    await expect(
      writeBundle(
        { revisions: [], texts: [{ sha256: TEXT_SHA, utf8: encoder.encode(`${TEXT}.`) }] },
        TEST_OPTIONS,
      ),
    ).rejects.toBeInstanceOf(BundleError);
  });

  it('reports the texts a bundle’s sources need but does not carry', async () => {
    const archive = smallArchive();
    const read = await readBundle(
      await writeBundle(
        { revisions: archive.revisions },
        {
          ...TEST_OPTIONS,
          scope: {
            kind: 'changes',
            recipient: 'Boris',
            since: { bundleId: null, at: TEST_OPTIONS.createdAt as string },
          },
        },
      ),
    );
    expect(read.missingTexts).toEqual([TEXT_SHA]);
    expect(read.manifest.scope).toEqual({
      kind: 'changes',
      recipient: 'Boris',
      since: { bundleId: null, at: TEST_OPTIONS.createdAt },
    });
  });

  it('accepts a bundle written by hand from the format document', async () => {
    const archive = smallArchive();
    const [first, ...rest] = archive.revisions;
    const bytes = craftBundle({
      'records/': new Uint8Array(0),
      'records/revisions-0001.ndjson': ndjson([first]),
      'records/revisions-0002.ndjson': ndjson(rest).replace(/\n/g, '\r\n'),
      'texts/': new Uint8Array(0),
      [`texts/${TEXT_SHA}.txt`]: TEXT,
    });
    const read = await readBundle(bytes);
    expect(read.revisions).toEqual(archive.revisions);
    expect(read.texts[0]?.text).toBe(TEXT);
  });

  it('gives the same content hash for the same revisions and texts, however packed', async () => {
    const archive = smallArchive();
    const a = await readBundle(await writeBundle(archive, TEST_OPTIONS));
    const b = await readBundle(
      await writeBundle(
        { revisions: [...archive.revisions].reverse(), texts: archive.texts },
        { ...TEST_OPTIONS, bundleId: testId(9, 0xb), compressionLevel: 1, maxPartBytes: 1000 },
      ),
    );
    const hash = (r: typeof a) =>
      bundleContentHash({ revisions: r.revisions, textHashes: r.texts.map((t) => t.sha256) });
    expect(hash(a)).toBe(hash(b));
    expect(hash(a)).toMatch(/^[0-9a-f]{64}$/);
    const fewer = bundleContentHash({ revisions: a.revisions.slice(1), textHashes: [TEXT_SHA] });
    expect(fewer).not.toBe(hash(a));
  });
});

/** A small deterministic pseudo-random sequence (xorshift32): test data that does not compress. */
function xorshift(x: number): number {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return x >>> 0;
}
