import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { craftBundle, ndjson, smallArchive } from '../shared/bundle/bundleTestkit.js';
import { CLI_BUILD } from './cliBuildOptions.js';

/**
 * The command line as a user meets it: a child process on real files, checked by exit
 * status, stdout and stderr.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The bin is built the way `npm run build:cli` builds it (into dist/, so it finds the
// project's assets), once: starting a bundled script is much faster than compiling on start.
const BIN = join(ROOT, 'dist', 'cli-test', `kartoteka-${process.pid}.mjs`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function kartoteka(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, KARTOTEKA_PASSPHRASE: '', KARTOTEKA_ACTOR: 'Test Runner' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A failure: the given exit status, one line on stderr, no stack trace. */
function expectOneLineError(run: Run, code: number, message: RegExp | string) {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
}

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  await build({ ...CLI_BUILD, outfile: BIN, logLevel: 'silent' });
  dir = await mkdtemp(join(tmpdir(), 'kartoteka-cli-'));
  await writeFile(file('pass'), 'Ciemra i nadzieja\n');
  await writeFile(file('wrong-pass'), 'not the passphrase\n');
  await writeFile(
    file('statkevich.txt'),
    'date 2025-09-11\nStatkevich refused to leave Belarus\n\nMikalai Statkevich, 69, refused to cross into Lithuania when he was released on Thursday.\n',
  );
  await writeFile(
    file('losik.md'),
    '# Ihar Losik freed\n\nThe RFE/RL journalist Ihar Losik, sentenced to 15 years, was released.\n',
  );
  await writeFile(file('copy-of-losik.md'), await readFile(file('losik.md')));
  await writeFile(file('empty.txt'), '   \n');
  await writeFile(
    file('photo.png'),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
  );
}, 180_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(BIN, { force: true });
});

describe('kartoteka', () => {
  it('explains itself, and refuses bad usage with exit 2', { timeout: 180_000 }, async () => {
    const help = await kartoteka('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kartoteka COMMAND/);
    expect((await kartoteka('validate', '--help')).stdout).toMatch(
      /exit status: 0 valid, 1 invalid/i,
    );
    expect((await kartoteka()).code).toBe(2);
    expectOneLineError(await kartoteka('frobnicate'), 2, 'unknown command "frobnicate"');
    expectOneLineError(await kartoteka('validate'), 2, 'validate takes exactly one FILE');
    expectOneLineError(
      await kartoteka('info', file('x'), '--colour'),
      2,
      "Unknown option '--colour'",
    );
    expectOneLineError(
      await kartoteka('merge', file('a')),
      2,
      'merge needs at least two bundle files',
    );
    expectOneLineError(await kartoteka('sample'), 2, 'say where to write the bundle with -o FILE');
  });

  it('writes the sample archive as a bundle that validates, with info and a content hash', async () => {
    const first = await kartoteka('sample', '-o', file('sample.kartoteka'));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    const valid = await kartoteka('validate', file('sample.kartoteka'));
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/valid Kartoteka bundle \(format 1\): \d+ revisions, 5 texts/);
    const info = JSON.parse(
      (await kartoteka('info', file('sample.kartoteka'), '--json')).stdout,
    ) as {
      manifest: { format: string; exportedBy: { name: string }; scope: { kind: string } };
      counts: { records: Record<string, number>; texts: number };
      contentHash: string;
    };
    expect(info.manifest).toMatchObject({
      format: 'kartoteka-bundle',
      exportedBy: { name: 'Test Runner' },
      scope: { kind: 'archive' },
    });
    expect(info.counts.records.case).toBeGreaterThanOrEqual(2);
    expect(info.counts.texts).toBe(5);
    expect(info.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Another bundle of the same revisions: a new id and time, the same content hash.
    await kartoteka('sample', '-o', file('sample-again.kartoteka'), '--as', 'Someone Else');
    const again = JSON.parse(
      (await kartoteka('info', file('sample-again.kartoteka'), '--json')).stdout,
    ) as typeof info & { manifest: { bundleId: string } };
    expect(again.contentHash).toBe(info.contentHash);
    expect(again.manifest.exportedBy.name).toBe('Someone Else');
  }, 180_000);

  it('adds article files as sources, naming the files it cannot read', async () => {
    const run = await kartoteka(
      'add-sources',
      file('statkevich.txt'),
      file('losik.md'),
      file('copy-of-losik.md'),
      file('empty.txt'),
      file('photo.png'),
      '-o',
      file('sources.kartoteka'),
      '--as',
      'Anna',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Wrote .*sources\.kartoteka: 2 sources; 2 files could not be added/);
    expect(run.stderr).toMatch(/empty\.txt: .*is empty/);
    expect(run.stderr).toMatch(/photo\.png: .*png file, which Kartoteka cannot import/);
    expect(run.stderr).toMatch(/copy-of-losik\.md: the same text as a file before it; added once/);
    const info = JSON.parse(
      (await kartoteka('info', file('sources.kartoteka'), '--json')).stdout,
    ) as {
      counts: { records: Record<string, number>; texts: number };
      manifest: { exportedBy: { name: string } };
    };
    expect(info.counts.records.source).toBe(2);
    expect(info.counts.texts).toBe(2);
    expect(info.manifest.exportedBy.name).toBe('Anna');
    const search = JSON.parse(
      (await kartoteka('search', file('sources.kartoteka'), 'Lithuania', '--json')).stdout,
    ) as Array<{ type: string; title: string }>;
    expect(search[0]).toMatchObject({
      type: 'source',
      title: 'Statkevich refused to leave Belarus',
    });
  }, 180_000);

  it('merges bundles as a union: order does not matter and merging twice changes nothing', async () => {
    expect(
      (
        await kartoteka(
          'merge',
          file('sample.kartoteka'),
          file('sources.kartoteka'),
          '-o',
          file('ab.kartoteka'),
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await kartoteka(
          'merge',
          file('sources.kartoteka'),
          file('sample.kartoteka'),
          '-o',
          file('ba.kartoteka'),
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await kartoteka(
          'merge',
          file('ab.kartoteka'),
          file('sources.kartoteka'),
          file('sample-again.kartoteka'),
          '-o',
          file('aab.kartoteka'),
        )
      ).code,
    ).toBe(0);
    const hash = async (name: string) =>
      (
        JSON.parse((await kartoteka('info', file(name), '--json')).stdout) as {
          contentHash: string;
        }
      ).contentHash;
    const ab = await hash('ab.kartoteka');
    expect(await hash('ba.kartoteka')).toBe(ab);
    expect(await hash('aab.kartoteka')).toBe(ab);
    expect(ab).not.toBe(await hash('sample.kartoteka'));
    const info = JSON.parse((await kartoteka('info', file('ab.kartoteka'), '--json')).stdout) as {
      counts: { records: Record<string, number>; texts: number };
    };
    expect(info.counts.texts).toBe(7);
  }, 180_000);

  it('searches a bundle as the app does, best first', async () => {
    const run = await kartoteka('search', file('sample.kartoteka'), 'Статкевіч', '--json');
    expect(run.code, run.stderr).toBe(0);
    const hits = JSON.parse(run.stdout) as Array<{ type: string; id: string; title: string }>;
    expect(hits[0]).toMatchObject({ type: 'case', title: 'Mikalai Statkevich' });
    for (const hit of hits)
      expect(Object.keys(hit)).toEqual(expect.arrayContaining(['type', 'id', 'title']));
    expect(
      JSON.parse(
        (await kartoteka('search', file('sample.kartoteka'), 'qwzxqwzx', '--json')).stdout,
      ),
    ).toEqual([]);
  }, 180_000);

  it('encrypts with a passphrase file and reads it back only with the right one', async () => {
    const made = await kartoteka(
      'sample',
      '-o',
      file('secret.kartoteka'),
      '--encrypt-passphrase-file',
      file('pass'),
      '--scrypt-work-factor',
      '12',
    );
    expect(made.code, made.stderr).toBe(0);
    expect((await readFile(file('secret.kartoteka'))).subarray(0, 21).toString()).toBe(
      'age-encryption.org/v1',
    );
    expectOneLineError(
      await kartoteka('validate', file('secret.kartoteka')),
      1,
      /this bundle is encrypted/,
    );
    expectOneLineError(
      await kartoteka('info', file('secret.kartoteka')),
      1,
      /this bundle is encrypted: enter its passphrase to open it \(give it with --passphrase-file FILE\)/,
    );
    expectOneLineError(
      await kartoteka(
        'validate',
        file('secret.kartoteka'),
        '--passphrase-file',
        file('wrong-pass'),
      ),
      1,
      /wrong passphrase/,
    );
    const ok = await kartoteka(
      'validate',
      file('secret.kartoteka'),
      '--passphrase-file',
      file('pass'),
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/, encrypted\)/);
    expectOneLineError(
      await kartoteka(
        'validate',
        file('secret.kartoteka'),
        '--passphrase-file',
        file('no-such-file'),
      ),
      1,
      /cannot read the passphrase file .*no such file/,
    );
  }, 180_000);

  it('refuses bad bundles with the reason, exit 1', async () => {
    await writeFile(file('not-a-zip.kartoteka'), 'hello');
    expectOneLineError(
      await kartoteka('validate', file('not-a-zip.kartoteka')),
      1,
      /not-a-zip\.kartoteka: this file is not a Kartoteka bundle \(not a zip file\)/,
    );
    const good = await readFile(file('sample.kartoteka'));
    await writeFile(file('truncated.kartoteka'), good.subarray(0, good.length - 100));
    expectOneLineError(
      await kartoteka('info', file('truncated.kartoteka')),
      1,
      /damaged or truncated/,
    );
    const r = smallArchive().revisions[1] as { data: object };
    await writeFile(
      file('broken.kartoteka'),
      craftBundle({
        'records/revisions.ndjson': ndjson([
          smallArchive().revisions[0],
          { ...r, data: { ...r.data, names: [] } },
        ]),
      }),
    );
    expectOneLineError(
      await kartoteka('validate', file('broken.kartoteka')),
      1,
      'records/revisions.ndjson line 2: data.names: must not be empty',
    );
    await writeFile(
      file('future.kartoteka'),
      craftBundle({ 'records/revisions.ndjson': '' }, (m) => (m.formatVersion = 2)),
    );
    expectOneLineError(
      await kartoteka(
        'merge',
        file('sample.kartoteka'),
        file('future.kartoteka'),
        '-o',
        file('never.kartoteka'),
      ),
      1,
      /future\.kartoteka: this bundle was made by a newer Kartoteka .*update Kartoteka/,
    );
    await expect(readFile(file('never.kartoteka'))).rejects.toThrow();
    expectOneLineError(
      await kartoteka('validate', file('missing.kartoteka')),
      1,
      /cannot read .*missing\.kartoteka: no such file/,
    );
    const many = await kartoteka('validate', file('broken.kartoteka'), '--json');
    expect(JSON.parse(many.stdout)).toMatchObject({
      valid: false,
      problems: [
        { code: 'invalid-record', entry: 'records/revisions.ndjson', line: 2, field: 'data.names' },
      ],
    });
  }, 180_000);

  it('writes the JSON Schema that docs/bundle.schema.json holds', { timeout: 60_000 }, async () => {
    const run = await kartoteka('schema', '-o', file('schema.json'));
    expect(run.code).toBe(0);
    expect(await readFile(file('schema.json'), 'utf8')).toBe(
      await readFile(join(ROOT, 'docs', 'bundle.schema.json'), 'utf8'),
    );
  });
});
