import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readBundle } from './readBundle.js';
import { BUNDLE_LIMITS } from './bundleLimits.js';

const DOC = new URL('../../docs/bundle-format.md', import.meta.url);
const PYTHON = '/usr/bin/python3';

/**
 * docs/bundle-format.md promises that someone can write a bundle from it alone: its example
 * exporter (Python, standard library only) is run, and its output must read as a bundle.
 */
describe('docs/bundle-format.md', () => {
  it.skipIf(!existsSync(PYTHON))(
    'has an example exporter whose output Kartoteka accepts',
    async () => {
      const doc = await readFile(DOC, 'utf8');
      const code = /```python\n([\s\S]*?)```/.exec(doc)?.[1];
      if (!code) throw new Error('the document has no Python example');
      const dir = await mkdtemp(join(tmpdir(), 'kartoteka-doc-'));
      try {
        await writeFile(join(dir, 'export.py'), code);
        await promisify(execFile)(PYTHON, ['export.py'], { cwd: dir });
        const bundle = await readBundle(
          new Uint8Array(await readFile(join(dir, 'export.kartoteka'))),
        );
        expect(bundle.revisions.map((r) => r.entity)).toEqual(['case', 'source']);
        expect(bundle.missingTexts).toEqual([]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it('states the limits the reader enforces', async () => {
    const doc = await readFile(DOC, 'utf8');
    // The limits table, as "what → value" pairs (the columns are padded for reading).
    const rows = new Map(
      [...doc.matchAll(/^\|([^|\n]+)\|([^|\n]+)\|$/gm)].map((m) => [
        (m[1] ?? '').trim(),
        (m[2] ?? '').trim(),
      ]),
    );
    const mib = (n: number) => `${n / 1024 ** 2} MiB`;
    expect(rows.get('one revisions part')).toMatch(mib(BUNDLE_LIMITS.maxRevisionsPartBytes));
    expect(rows.get('one text')).toBe(mib(BUNDLE_LIMITS.maxTextBytes));
    expect(rows.get('one attachment')).toBe(mib(BUNDLE_LIMITS.maxAttachmentBytes));
    expect(rows.get('`manifest.json`')).toBe(mib(BUNDLE_LIMITS.maxManifestBytes));
    expect(rows.get('compression ratio of an entry of 1 MiB or more')).toMatch(
      `${BUNDLE_LIMITS.maxCompressionRatio} : 1`,
    );
    expect(rows.get('nesting of arrays and objects in a line')).toBe(
      `${BUNDLE_LIMITS.maxDepth} levels`,
    );
    expect(rows.get('entries in the zip')).toBe(BUNDLE_LIMITS.maxEntries.toLocaleString('en'));
    expect(rows.get('bundle file (encrypted or not)')).toBe(
      `${BUNDLE_LIMITS.maxBundleBytes / 1024 ** 3} GiB`,
    );
    expect(rows.get('all entries, uncompressed')).toBe(
      `${BUNDLE_LIMITS.maxTotalUncompressedBytes / 1024 ** 3} GiB`,
    );
  });
});
