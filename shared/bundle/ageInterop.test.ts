import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBundle } from './readBundle.js';
import { writeBundle } from './writeBundle.js';
import { TEST_OPTIONS, smallArchive } from './bundleTestkit.js';

/**
 * Proof that an encrypted bundle is a plain age file: Debian's `age` opens ours, and we open
 * what `age -p` makes. age reads a passphrase only from a terminal, so it runs under
 * `script`, which gives it one; the test types the passphrase when age asks.
 */
const AGE = '/usr/bin/age';
const SCRIPT = '/usr/bin/script';
const missing = [AGE, SCRIPT].filter((p) => !existsSync(p));
if (missing.length > 0)
  console.warn(`skipping the age interoperability tests: ${missing.join(' and ')} not installed`);

const PASSPHRASE = 'Kalesnikava Babaryka 2020 😊';

/** Runs `command` on a terminal, answering each prompt (in order) with the passphrase. */
function onTerminal(command: string, prompts: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT, ['-qc', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const pending = [...prompts];
    const onData = (data: Buffer) => {
      output += data.toString('utf8');
      const next = pending[0];
      if (next !== undefined && output.includes(next)) {
        pending.shift();
        output = output.slice(output.indexOf(next) + next.length);
        child.stdin.write(`${PASSPHRASE}\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} exited with ${code}: ${output}`));
    });
  });
}

describe.skipIf(missing.length > 0)('age interoperability', () => {
  it('age -d opens a bundle we encrypted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kartoteka-age-'));
    try {
      const plain = await writeBundle(smallArchive(), TEST_OPTIONS);
      // A lower scrypt cost than the default only to keep the test quick; age reads any cost.
      const encrypted = await writeBundle(smallArchive(), {
        ...TEST_OPTIONS,
        passphrase: PASSPHRASE,
        scryptWorkFactor: 15,
      });
      await writeFile(join(dir, 'bundle.kartoteka'), encrypted);
      await onTerminal(`${AGE} -d -o ${join(dir, 'out.zip')} ${join(dir, 'bundle.kartoteka')}`, [
        'Enter passphrase',
      ]);
      const decrypted = new Uint8Array(await readFile(join(dir, 'out.zip')));
      expect(decrypted).toEqual(plain);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it('we open a bundle that age -p encrypted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kartoteka-age-'));
    try {
      await writeFile(join(dir, 'bundle.zip'), await writeBundle(smallArchive(), TEST_OPTIONS));
      await onTerminal(`${AGE} -p -o ${join(dir, 'bundle.age')} ${join(dir, 'bundle.zip')}`, [
        'Enter passphrase',
        'Confirm passphrase',
      ]);
      const encrypted = new Uint8Array(await readFile(join(dir, 'bundle.age')));
      expect(new TextDecoder().decode(encrypted.subarray(0, 21))).toBe('age-encryption.org/v1');
      const read = await readBundle(encrypted, { passphrase: PASSPHRASE });
      expect(read.encrypted).toBe(true);
      expect(read.revisions).toEqual(smallArchive().revisions);
      await expect(readBundle(encrypted, { passphrase: 'not it' })).rejects.toThrow(
        'wrong passphrase',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
