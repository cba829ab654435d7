// Bundles the Electron main process and preload into dist/electron/ with esbuild.
//
// Both come out as single CommonJS files: the main process because package.json is
// "type": "module" and `main` points at a .cjs file, the preload because a sandboxed
// preload cannot load modules from disk at all and may `require` only `electron`.
// `electron` itself stays external: the running Electron provides it.
//
// Usage: node scripts/build-electron.mjs [--outdir <dir>]   (default dist/electron)
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag > 0 && process.argv[outdirFlag + 1]
    ? path.resolve(process.argv[outdirFlag + 1])
    : path.join(root, 'dist', 'electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    // Electron 45 runs Node 24 in the main process.
    target: 'node24',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    // The preload runs in the renderer, on Electron 45's Chromium 156.
    target: 'chrome156',
  }),
]);

console.log(`Built ${path.relative(root, path.join(outdir, 'main.cjs'))} and preload.cjs`);
