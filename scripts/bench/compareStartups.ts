import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchQueries } from './benchQueries.js';
import { startBenchServer } from './benchServer.js';
import { type BenchPages, buildBenchPages } from './buildBenchPages.js';
import {
  COMPARE_STARTUPS_USAGE,
  type CompareStartupsOptions,
  parseCompareStartupsOptions,
  type StartupSide,
} from './compareStartupsOptions.js';
import { cachedDataset } from './datasetCache.js';
import { measureStartup, openUntilIndexed, type StartupFigures } from './measureStartup.js';
import { percentile } from './harness/percentile.js';
import { progress } from './progress.js';

/**
 * `npm run bench:startups`: the first result after a cold start, alternating between two
 * builds on kept L profiles. A start-up change moves the figure by less than this machine's
 * spread between two runs of the benchmark (1.7–2.7 s on one build in a day), so a change is
 * judged by medians of many starts taken in turns, each side's own build and profile.
 */

/** Nearest-rank, as every figure of the benchmark: a time that was really measured. */
const median = (values: readonly number[]): number => percentile(values, 50);

interface SideFigures {
  root: string;
  profile: string;
  firstResultMs: number[];
  reloadFirstResultMs: number[];
  workerMarks: Record<string, number>[];
  /** Starts whose worker did not restore a saved index (it rebuilt it, or failed). */
  notRestored: number;
}

const RESTORED = 'search-worker: people part restored';

function summary(s: SideFigures) {
  const markNames = [...new Set(s.workerMarks.flatMap((m) => Object.keys(m)))];
  return {
    root: s.root,
    profile: s.profile,
    starts: s.firstResultMs.length,
    starts_without_a_restored_index: s.notRestored,
    first_result_median_ms: Math.round(median(s.firstResultMs)),
    first_result_ms: s.firstResultMs.map(Math.round),
    reload_first_result_median_ms: Math.round(median(s.reloadFirstResultMs)),
    worker_marks_median_ms: Object.fromEntries(
      markNames.map((name) => [
        name,
        median(s.workerMarks.flatMap((m) => (m[name] === undefined ? [] : [m[name]]))),
      ]),
    ),
  };
}

async function compare(o: CompareStartupsOptions): Promise<Record<string, unknown>> {
  for (const s of [o.a, o.b]) {
    if (!existsSync(resolve(s.root, 'package.json'))) throw new Error(`${s.root}: no checkout`);
    if (!existsSync(s.profile)) throw new Error(`${s.profile}: no such profile`);
  }
  const queries = benchQueries((await cachedDataset('L', o.seed, false)).meta).startup;
  const sides = [o.a, o.b];
  const pages: BenchPages[] = [];
  for (const s of sides) pages.push(await buildBenchPages(resolve(s.root)));
  const figures: SideFigures[] = sides.map((s: StartupSide) => ({
    ...s,
    firstResultMs: [],
    reloadFirstResultMs: [],
    workerMarks: [],
    notRestored: 0,
  }));
  /** Serves side i's build on the profiles' port while `work` runs with the app's address. */
  const served = async (i: number, work: (appUrl: string) => Promise<void>) => {
    const server = await startBenchServer((pages[i] as BenchPages).root, o.port);
    try {
      await work(`${server.origin}/app/index.html`);
    } finally {
      await server.close();
    }
  };
  for (const [i, s] of sides.entries()) {
    progress(`${i === 0 ? 'A' : 'B'}: opening the app until its search index is in…`);
    await served(i, (appUrl) =>
      openUntilIndexed({ chromiumPath: o.chromium, profile: s.profile, appUrl }),
    );
  }
  for (let round = 1; round <= o.rounds; round++) {
    for (const [i, s] of sides.entries()) {
      progress(`round ${round} of ${o.rounds}: ${i === 0 ? 'A' : 'B'} (${s.root})`);
      await served(i, async (appUrl) => {
        for (let n = 0; n < o.starts; n++) {
          const f: StartupFigures = await measureStartup({
            chromiumPath: o.chromium,
            profile: s.profile,
            appUrl,
            query: queries.query,
            surnames: queries.surnames,
          });
          const side = figures[i] as SideFigures;
          side.firstResultMs.push(f.firstResultMs);
          side.reloadFirstResultMs.push(f.reloadFirstResultMs);
          side.workerMarks.push(f.workerMarks);
          if (!(RESTORED in f.workerMarks)) {
            side.notRestored += 1;
            progress(`this start did not restore the saved index: its figure is not comparable`);
          }
        }
      });
    }
  }
  const [a, b] = figures as [SideFigures, SideFigures];
  return {
    a: summary(a),
    b: summary(b),
    meta: { rounds: o.rounds, starts_per_round: o.starts, port: o.port, seed: o.seed },
  };
}

async function main(): Promise<number> {
  let options: CompareStartupsOptions | 'help';
  try {
    options = parseCompareStartupsOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write(`${COMPARE_STARTUPS_USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${COMPARE_STARTUPS_USAGE}\n`);
    return 0;
  }
  try {
    process.stdout.write(`${JSON.stringify(await compare(options), null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`bench:startups: ${error instanceof Error ? error.message : error}\n`);
    return 1;
  }
}

process.exitCode = await main();
