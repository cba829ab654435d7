// Builds the `kartoteka` bin (package.json "bin"): npm run build:cli.
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CLI_BUILD } from './cliBuildOptions.js';

const outfile = fileURLToPath(new URL('../dist/cli/kartoteka.mjs', import.meta.url));
await build({ ...CLI_BUILD, outfile, logLevel: 'warning' });
await chmod(outfile, 0o755);
