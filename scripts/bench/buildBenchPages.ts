import { resolve } from 'node:path';
import { build } from 'vite';
import { progress } from './progress.js';

export interface BenchPages {
  /** dist/bench: harness/bench.html and app/index.html below it. */
  root: string;
  /** Why the app copy could not be built, or null when it was. */
  appError: string | null;
}

/**
 * Builds the benchmark page and a copy of the app into dist/bench (never dist/renderer, which
 * the web host and the end-to-end tests use). The app copy is what the start-up figure is
 * measured on: the real UI, reloaded with the archive in IndexedDB, searching from its route.
 */
export async function buildBenchPages(repoRoot: string): Promise<BenchPages> {
  const root = resolve(repoRoot, 'dist/bench');
  progress('building the bench page (vite.bench.config.ts)…');
  await build({ configFile: resolve(repoRoot, 'vite.bench.config.ts'), logLevel: 'warn' });
  progress('building a copy of the app into dist/bench/app…');
  try {
    await build({
      configFile: resolve(repoRoot, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: resolve(root, 'app'), emptyOutDir: true },
    });
    return { root, appError: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    progress(`the app does not build (${reason}); start-up figures will be null`);
    return { root, appError: reason ?? 'unknown' };
  }
}
