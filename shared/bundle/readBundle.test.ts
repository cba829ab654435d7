import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { armor } from 'age-encryption';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { BundleError } from './bundleError.js';
import type { BundleErrorCode } from './bundleError.js';
import {
  TEST_OPTIONS,
  TEXT,
  TEXT_SHA,
  craftBundle,
  ndjson,
  smallArchive,
} from './bundleTestkit.js';
import { sha256Hex } from './sha256.js';
import type { Revision } from '../model/revision.js';

const encoder = new TextEncoder();

async function refusal(
  bytes: Uint8Array,
  options: Parameters<typeof readBundle>[1] = {},
): Promise<BundleError> {
  try {
    await readBundle(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return error as BundleError;
  }
  throw new Error('the bundle was accepted');
}

async function expectRefused(
  bytes: Uint8Array,
  code: BundleErrorCode,
  message: string | RegExp,
  options = {},
) {
  const error = await refusal(bytes, options);
  expect(error.message).toMatch(message);
  expect(error.code).toBe(code);
  expect(error.message).not.toMatch(/\n\s+at /);
}

/** A case revision line with its data changed. */
function caseWith(patch: Record<string, unknown>): Record<string, unknown> {
  const r = smallArchive().revisions[1] as Revision;
  return { ...r, data: { ...(r.data as object), ...patch } };
}

function validLines(): string {
  return ndjson(smallArchive().revisions);
}

function withText(entries: Record<string, string | Uint8Array>) {
  return { [`texts/${TEXT_SHA}.txt`]: TEXT, ...entries };
}

/** Overwrites an entry's uncompressed size in the zip's central directory (a lying zip). */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = encoder.encode(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const candidate = out.subarray(at + 46, at + 46 + length);
    if (length === wanted.length && candidate.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name} in the zip`);
}

function replaceBytes(zip: Uint8Array, from: string, to: string): Uint8Array {
  const out = zip.slice();
  const a = encoder.encode(from);
  const b = encoder.encode(to);
  for (let at = 0; at + a.length <= out.length; at++) {
    if (a.every((x, i) => out[at + i] === x)) out.set(b, at);
  }
  return out;
}

describe('readBundle refuses bad bundles with a clear message', () => {
  it('refuses what is not a zip, or is empty', async () => {
    await expectRefused(
      encoder.encode('just some text, not a bundle'),
      'not-a-bundle',
      'not a Kartoteka bundle (not a zip file)',
    );
    await expectRefused(new Uint8Array(0), 'not-a-bundle', 'the file is empty');
    await expectRefused(
      zipSync({ 'readme.txt': encoder.encode('hi') }),
      'unsafe-entry',
      'unknown entry "readme.txt"',
    );
  });

  it('refuses a truncated bundle', async () => {
    const bytes = await writeBundle(smallArchive(), TEST_OPTIONS);
    for (const keep of [10, Math.floor(bytes.length / 2), bytes.length - 1]) {
      await expectRefused(bytes.subarray(0, keep), 'damaged', /damaged or truncated/);
    }
  });

  it('says a newer version needs a newer Kartoteka, and refuses unknown versions', async () => {
    const newer = craftBundle(
      withText({ 'records/revisions.ndjson': validLines() }),
      (m) => (m.formatVersion = 2),
    );
    await expectRefused(
      newer,
      'newer-version',
      /made by a newer Kartoteka .*update Kartoteka to open it/,
    );
    const odd = craftBundle(
      withText({ 'records/revisions.ndjson': validLines() }),
      (m) => (m.formatVersion = '1'),
    );
    await expectRefused(
      odd,
      'unsupported',
      'manifest.json: formatVersion: bundle format version "1" is not one Kartoteka knows',
    );
    const other = craftBundle({}, (m) => (m.format = 'something-else'));
    await expectRefused(other, 'not-a-bundle', /another format/);
  });

  it('refuses a manifest that breaks its schema or miscounts', async () => {
    const noActor = craftBundle(
      withText({ 'records/revisions.ndjson': validLines() }),
      (m) => (m.exportedBy = { id: 'nobody', name: 'x' }),
    );
    await expectRefused(
      noActor,
      'invalid-manifest',
      'manifest.json: exportedBy.id: must be a UUID',
    );
    const miscount = craftBundle(
      withText({ 'records/revisions.ndjson': validLines() }),
      (m) => ((m.counts as { texts: number }).texts = 7),
    );
    await expectRefused(
      miscount,
      'invalid-manifest',
      'manifest.json: counts.texts: says 7 texts, the bundle holds 1',
    );
  });

  it('refuses an entry whose SHA-256 is not the manifest’s', async () => {
    const tampered = craftBundle(withText({ 'records/revisions.ndjson': validLines() }), (m) => {
      const entries = m.entries as Array<{ name: string; sha256: string }>;
      (entries[0] as { sha256: string }).sha256 = '0'.repeat(64);
    });
    await expectRefused(tampered, 'hash-mismatch', /does not match the SHA-256 in the manifest/);
  });

  it('refuses a text not named after its hash', async () => {
    const other = sha256Hex(encoder.encode('other'));
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': '', [`texts/${other}.txt`]: TEXT }),
      'hash-mismatch',
      /not named after the SHA-256/,
    );
  });

  it('names the entry, line and field of a record that breaks the schema', async () => {
    const lines = ndjson([
      smallArchive().revisions[0],
      caseWith({
        names: [
          {
            id: TEXT_SHA.slice(0, 8) + '-0000-4000-8000-000000000000',
            text: '',
            script: 'latin',
            kind: 'primary',
          },
        ],
      }),
    ]);
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': lines }),
      'invalid-record',
      'records/revisions.ndjson line 2: data.names[0].text: must not be empty',
    );
    const wrongType = ndjson([caseWith({ gender: 'unknown' })]);
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': wrongType }),
      'invalid-record',
      'records/revisions.ndjson line 1: data.gender: must be one of "female", "male", "other"',
    );
    const unknown = ndjson([caseWith({ nickname: 'x' })]);
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': unknown }),
      'invalid-record',
      'records/revisions.ndjson line 1: data.nickname: is not a field of this record (unknown field)',
    );
    const notJson = 'this is not json\n';
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': notJson }),
      'invalid-record',
      /^records\/revisions.ndjson line 1: not valid JSON/,
    );
  });

  it('lists several bad lines when asked to', async () => {
    const lines = ndjson([
      caseWith({ gender: 'x' }),
      caseWith({ occupation: 7 }),
      caseWith({ birthDate: '1956-02-30' }),
    ]);
    const error = await refusal(craftBundle({ 'records/revisions.ndjson': lines }), {
      maxProblems: 10,
    });
    expect(error.problems.map((p) => [p.line, p.field])).toEqual([
      [1, 'data.gender'],
      [2, 'data.occupation'],
      [3, 'data.birthDate'],
    ]);
    expect(error.message).toMatch(/\(and 2 more problems\)$/);
    expect(error.problems[1]?.message).toBe('must be a string');
    expect(error.problems[2]?.message).toBe('is not a real calendar date');
  });

  it('refuses __proto__, constructor and prototype keys anywhere in a line', async () => {
    const proto = validLines().replace(
      '"occupation":"politician"',
      '"occupation":"politician","__proto__":{"polluted":true}',
    );
    await expectRefused(
      craftBundle(withText({ 'records/revisions.ndjson': proto })),
      'invalid-record',
      'records/revisions.ndjson line 2: data.__proto__: the key "__proto__" is not allowed',
    );
    const ctor = validLines().replace('"by":{', '"by":{"constructor":{"prototype":{}},');
    await expectRefused(
      craftBundle(withText({ 'records/revisions.ndjson': ctor })),
      'invalid-record',
      /line 1: by.constructor: the key "constructor" is not allowed/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown entries, .. paths, absolute paths, backslashes and duplicates', async () => {
    const base = { 'records/revisions.ndjson': '' };
    await expectRefused(
      craftBundle({ ...base, 'run-me.sh': 'rm -rf ~' }),
      'unsafe-entry',
      'unknown entry "run-me.sh"',
    );
    await expectRefused(
      craftBundle({ ...base, '../../.bashrc': 'x' }),
      'unsafe-entry',
      'entry "../../.bashrc" has a path with ".." or "."',
    );
    await expectRefused(
      craftBundle({ ...base, 'texts/../../evil.txt': 'x' }),
      'unsafe-entry',
      /has a path with "\.\."/,
    );
    await expectRefused(
      craftBundle({ ...base, '/etc/passwd': 'x' }),
      'unsafe-entry',
      'entry "/etc/passwd" has an absolute path',
    );
    await expectRefused(
      craftBundle({ ...base, 'C:/evil.txt': 'x' }),
      'unsafe-entry',
      /absolute path/,
    );
    await expectRefused(
      craftBundle({ ...base, 'texts\\evil.txt': 'x' }),
      'unsafe-entry',
      /backslash/,
    );
    const other = sha256Hex(encoder.encode('other'));
    const two = craftBundle({
      ...base,
      [`texts/${TEXT_SHA}.txt`]: TEXT,
      [`texts/${other}.txt`]: 'other',
    });
    await expectRefused(
      replaceBytes(two, other, TEXT_SHA),
      'unsafe-entry',
      `entry "texts/${TEXT_SHA}.txt" appears twice`,
    );
    const unlisted = craftBundle(base, (m) => (m.entries = []));
    await expectRefused(
      unlisted,
      'unsafe-entry',
      'entry "records/revisions.ndjson" is not listed in the manifest',
    );
  });

  it('refuses zip bombs: by ratio, by declared size, and when an entry lies about its size', async () => {
    const spaces = new Uint8Array(8 * 1024 * 1024).fill(0x20);
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': spaces }),
      'too-large',
      /compressed more than 200:1, which only a zip bomb is/,
    );
    const bigText = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    const bigName = `texts/${sha256Hex(bigText)}.txt`;
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': '', [bigName]: bigText }),
      'too-large',
      /is 6291456 bytes; at most 5242880 are allowed/,
    );
    const liar = patchDeclaredSize(
      craftBundle({ 'records/revisions.ndjson': validLines(), [`texts/${TEXT_SHA}.txt`]: TEXT }),
      'records/revisions.ndjson',
      100,
    );
    await expectRefused(liar, 'too-large', /inflates beyond the size the zip declares/);
    // A large entry is inflated as a stream, and cut off the moment it passes its declared size.
    let seed = 5;
    const noise = Array.from({ length: 400_000 }, () =>
      String.fromCharCode(97 + ((seed = xorshift(seed)) % 26)),
    ).join('');
    const bigLiar = patchDeclaredSize(
      craftBundle({ 'records/revisions.ndjson': noise }),
      'records/revisions.ndjson',
      1000,
    );
    expect(bigLiar.length).toBeGreaterThan(128 * 1024);
    await expectRefused(bigLiar, 'too-large', /inflates beyond the size the zip declares/);
    const many = craftBundle({
      'records/revisions.ndjson': '',
      'records/': new Uint8Array(0),
      'texts/': new Uint8Array(0),
    });
    await expectRefused(many, 'too-large', 'the bundle has 4 entries; at most 3 are allowed', {
      limits: { maxEntries: 3 },
    });
    await expectRefused(many, 'too-large', /unpacks to more than 10 bytes/, {
      limits: { maxTotalUncompressedBytes: 10 },
    });
  });

  it('refuses huge strings, deep nesting and over-long lines', async () => {
    // Varied letters, so the entry is not also refused as a zip bomb.
    let seed = 1;
    const letter = () => String.fromCharCode(97 + ((seed = xorshift(seed)) % 26));
    const letters = Array.from({ length: 1024 * 1024 + 1 }, letter).join('');
    const huge = ndjson([caseWith({ occupation: letters })]);
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': huge }),
      'invalid-record',
      'records/revisions.ndjson line 1: data.occupation: string of 1048577 characters; at most 1048576 are allowed',
    );
    let deep: unknown = 'bottom';
    for (let i = 0; i < 40; i++) deep = [deep];
    const nested = ndjson([caseWith({ occupation: deep })]);
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': nested }),
      'invalid-record',
      /line 1: data\.occupation(\[0\])+: nested more than 32 levels deep/,
    );
    const veryDeep = `${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': veryDeep }),
      'invalid-record',
      /nested more than 32 levels deep/,
    );
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': validLines() }),
      'too-large',
      'records/revisions.ndjson line 1: line longer than 100 characters',
      { limits: { maxLineChars: 100 } },
    );
  });

  it('refuses a revision that repeats an id, names itself as parent, or misstates its record', async () => {
    const [tag] = smallArchive().revisions as [Revision];
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': ndjson([tag, tag]) }),
      'invalid-record',
      /line 2: id: revision .* appears twice \(first at records\/revisions.ndjson line 1\)/,
    );
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': ndjson([{ ...tag, parents: [tag.id] }]) }),
      'invalid-record',
      'line 1: parents: a revision cannot be its own parent',
    );
    await expectRefused(
      craftBundle({
        'records/revisions.ndjson': ndjson([
          { ...tag, recordId: TEXT_SHA.slice(0, 8) + '-0000-4000-8000-000000000000' },
        ]),
      }),
      'invalid-record',
      'line 1: data.id: must equal the revision’s recordId',
    );
    await expectRefused(
      craftBundle({ 'records/revisions.ndjson': ndjson([{ ...tag, deleted: true }]) }),
      'invalid-record',
      'line 1: data: must be null in a deletion (deleted: true)',
    );
    await expectRefused(
      craftBundle({
        'records/revisions.ndjson': ndjson([{ ...tag, by: { ...tag.by, name: ' Anna ' } }]),
      }),
      'invalid-record',
      'line 1: by.name: is not in canonical form (remove leading and trailing spaces)',
    );
  });

  it('asks for a passphrase, and says when it is wrong', async () => {
    const encrypted = await writeBundle(smallArchive(), {
      ...TEST_OPTIONS,
      passphrase: 'correct horse battery staple',
      scryptWorkFactor: 10,
    });
    expect(new TextDecoder().decode(encrypted.subarray(0, 21))).toBe('age-encryption.org/v1');
    await expectRefused(
      encrypted,
      'passphrase-required',
      'this bundle is encrypted: enter its passphrase to open it',
    );
    await expectRefused(
      encrypted,
      'wrong-passphrase',
      'wrong passphrase: this bundle cannot be opened with it',
      { passphrase: 'wrong' },
    );
    const read = await readBundle(encrypted, { passphrase: 'correct horse battery staple' });
    expect(read.encrypted).toBe(true);
    expect(read.revisions).toEqual(smallArchive().revisions);
    const armored = encoder.encode(armor.encode(encrypted));
    expect(
      (await readBundle(armored, { passphrase: 'correct horse battery staple' })).revisions,
    ).toHaveLength(6);
    const cut = encrypted.subarray(0, encrypted.length - 10);
    await expectRefused(cut, 'damaged', /damaged or truncated/, {
      passphrase: 'correct horse battery staple',
    });
  });
});

/** A small deterministic pseudo-random sequence (xorshift32): test data that does not compress. */
function xorshift(x: number): number {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return x >>> 0;
}
