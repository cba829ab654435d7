// The `kartoteka` command line. Built to dist/cli/kartoteka.mjs (npm run build:cli) for the
// npm bin; `npm run cli -- …` runs this source directly.
import { runCli } from './runCli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  interactive: process.stderr.isTTY === true,
});
// Let stdout drain (a large --json answer into a pipe) before the process ends.
process.exitCode = code;
