import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const repoRoot = import.meta.dirname;

/**
 * The benchmark's page (scripts/bench/harness/bench.html), built to dist/bench/harness. It is
 * not part of the app: `npm run bench` builds it, serves it with the app's CSP and drives it
 * from Playwright. Same target and no eval, like the app, so the figures are the app's.
 */
export default defineConfig({
  root: resolve(repoRoot, 'scripts/bench/harness'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(repoRoot, 'dist/bench/harness'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    // Readable names in --cpu-profile output and stack traces; V8 runs it no slower.
    minify: false,
    modulePreload: { polyfill: false },
    target: 'chrome130',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: resolve(repoRoot, 'scripts/bench/harness/bench.html') },
  },
});
