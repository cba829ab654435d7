import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let outdir: string;

const requiredModules = (code: string): string[] =>
  [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1] ?? '');

beforeAll(async () => {
  outdir = await mkdtemp(path.join(tmpdir(), 'kartoteka-build-'));
  await promisify(execFile)(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], {
    cwd: root,
  });
});

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

describe('scripts/build-electron.mjs', () => {
  it('bundles the main process into one CommonJS file that needs only electron and Node', async () => {
    const main = await readFile(path.join(outdir, 'main.cjs'), 'utf8');
    expect(main).not.toMatch(/^\s*(import|export)\s/m);
    const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const name of requiredModules(main)) {
      expect(name === 'electron' || node.has(name), name).toBe(true);
    }
  });

  it('bundles the preload into one small CommonJS file that requires only electron', async () => {
    const preload = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
    // A sandboxed preload can require nothing else.
    expect(new Set(requiredModules(preload))).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld');
    // The channel map's schemas (and zod with them) stay out of the renderer process.
    expect(preload.length).toBeLessThan(4000);
    expect(preload).not.toMatch(/zod/i);
  });
});
