import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/**
 * How the `kartoteka` bin is bundled (cli/buildCli.mjs builds it; the CLI tests build the
 * same thing): one ES module for Node 20 with shared/ inside. Playwright, used only by
 * `dossier`, stays in node_modules.
 */
export const CLI_BUILD = {
  entryPoints: [fileURLToPath(new URL('./kartoteka.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['playwright-core'],
  banner: { js: '#!/usr/bin/env node' },
} as const satisfies BuildOptions;
