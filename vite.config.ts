import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = import.meta.dirname;
const SAMPLE_FILE = resolve(repoRoot, 'assets/sample/sample-archive.json');
/** Where the renderer fetches the sample archive from, relative to index.html. */
const SAMPLE_URL_PATH = 'sample/sample-archive.json';

/**
 * Ships only the sample archive from assets/ (not the whole folder, which also holds what the
 * desktop packager needs). Read at build time, so a sample regenerated after `vite build`
 * needs a rebuild; the dev server reads it on every request.
 */
function sampleArchive(): Plugin {
  return {
    name: 'kartoteka-sample-archive',
    configureServer(server) {
      server.middlewares.use(`/${SAMPLE_URL_PATH}`, (_req, res) => {
        if (!existsSync(SAMPLE_FILE)) {
          res.statusCode = 404;
          res.end('The sample archive has not been generated yet.');
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(SAMPLE_FILE));
      });
    },
    generateBundle() {
      if (!existsSync(SAMPLE_FILE)) {
        this.warn(`${SAMPLE_FILE} is missing: "Open sample archive" will report it.`);
        return;
      }
      this.emitFile({
        type: 'asset',
        fileName: SAMPLE_URL_PATH,
        source: readFileSync(SAMPLE_FILE),
      });
    },
  };
}

const { version } = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root: resolve(repoRoot, 'renderer'),
  // Relative asset URLs: the same build is served from app://kartoteka/ and from the web host.
  base: './',
  // Nothing in renderer/public; the sample archive is added by the plugin above.
  publicDir: false,
  plugins: [react(), sampleArchive()],
  define: {
    'import.meta.env.KARTOTEKA_VERSION': JSON.stringify(version),
  },
  build: {
    outDir: resolve(repoRoot, 'dist/renderer'),
    emptyOutDir: true,
    // Fonts and images as files: the CSP allows font-src 'self' and no data: fonts.
    assetsInlineLimit: 0,
    sourcemap: false,
    // Chromium supports modulepreload natively; the polyfill would only add code.
    modulePreload: { polyfill: false },
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
  },
});
