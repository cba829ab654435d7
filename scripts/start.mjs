// `npm start` from a fresh clone: install the dependencies if they are missing (this also
// fetches Electron's binary on a machine with a network), build, and open the desktop app.
// Plain Node with no dependency, so it runs before anything is installed, on every OS.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`kartoteka: "${[command, ...args].join(' ')}" failed; see the messages above.`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(path.join(root, 'node_modules', 'electron'))) {
  console.error('kartoteka: installing dependencies (first start)…');
  run(npm, ['ci', '--no-audit', '--no-fund']);
}
run(npm, ['run', '--silent', 'build']);
run(npm, ['exec', '--', 'electron', '.']);
