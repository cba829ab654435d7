import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder: found by walking up from this file, so the same code works run from
 * source (cli/, by tsx) and built (dist/cli/kartoteka.mjs).
 */
export function projectRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'kartoteka')
          return dir;
      } catch {
        // An unreadable package.json is not ours; keep looking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function appVersion(): string {
  const root = projectRoot();
  if (!root) return '0.0.0';
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

export function producer(): { app: string; version: string } {
  return { app: 'kartoteka-cli', version: appVersion() };
}
