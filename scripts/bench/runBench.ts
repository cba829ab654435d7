import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { BenchOptions } from './benchOptions.js';
import { BENCH_USAGE, parseBenchOptions } from './benchOptions.js';
import type { FlatFigures } from './benchReport.js';
import { FAILED_SIZE, flatFigures } from './benchReport.js';
import { startBenchServer } from './benchServer.js';
import { buildBenchPages } from './buildBenchPages.js';
import { cachedDataset } from './datasetCache.js';
import { DATASET_SIZES } from './generateDataset.js';
import { measureSize } from './measureSize.js';
import { progress } from './progress.js';

/**
 * `npm run bench`: the performance figures of issues 3, 4 and 5, measured in one run in
 * Debian's Chromium on the seeded data sets S and L. Prints one JSON object on stdout: the
 * figures of L at the top level, those of S under "S", and "meta" (what was run, where, and
 * why any figure is null). See docs/benchmark.md … or the report in the README.
 */

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Linux's CPU pressure: the share of the last 5 minutes in which some runnable task waited
 * for a core. Near 0 on an idle machine; high values mean the figures include waiting.
 */
function cpuPressure(): number | null {
  try {
    const line = readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] ?? '';
    const match = /avg300=([\d.]+)/.exec(line);
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function chromiumVersion(path: string): string {
  try {
    // Debian's wrapper script complains on stderr about its own tests; only the version counts.
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}

async function run(options: BenchOptions): Promise<Record<string, unknown>> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const load = loadavg()[0] ?? 0;
  const pressure = cpuPressure();
  const pages = await buildBenchPages(repoRoot);
  const server = await startBenchServer(pages.root, options.port);
  const result: Record<string, unknown> = {};
  const notes: Record<string, string[]> = {};
  try {
    for (const size of options.sizes) {
      // Dossiers do not depend on the archive's size: printed once, with the largest data set.
      const last = size === options.sizes[options.sizes.length - 1];
      let flat: FlatFigures;
      try {
        const data = await cachedDataset(size, options.seed, options.fresh);
        const figures = await measureSize(
          { ...options, dossier: options.dossier && last },
          server,
          data,
          pages.appError,
        );
        flat = flatFigures(figures);
        notes[size] = figures.notes;
      } catch (error) {
        // One data set failing (a crash at L) still leaves the other's figures printed.
        const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
        progress(`${size} failed: ${reason}`);
        flat = FAILED_SIZE;
        notes[size] = [`the run failed: ${reason.split('\n')[0] ?? ''}`];
      }
      if (size === 'L') Object.assign(result, flat);
      else result[size] = flat;
    }
  } finally {
    await server.close();
  }
  result.meta = {
    command: `npm run bench -- --sizes ${options.sizes.join(',')}`,
    seed: options.seed,
    sizes: Object.fromEntries(options.sizes.map((s) => [s, DATASET_SIZES[s]])),
    chromium: chromiumVersion(options.chromium),
    node: process.version,
    cpus: cpus().length,
    load_average_at_start: Math.round(load * 100) / 100,
    load_average_at_end: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    cpu_pressure_pct_at_start: pressure,
    cpu_pressure_pct_at_end: cpuPressure(),
    started_at: startedAt,
    total_s: Math.round((performance.now() - started) / 100) / 10,
    notes,
  };
  return result;
}

async function main(): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${BENCH_USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }
  try {
    const result = await run(options);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    progress('done');
    return 0;
  } catch (error) {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}

process.exitCode = await main();
