import { DATASET_SIZES } from './generateDataset.js';

export type SizeName = keyof typeof DATASET_SIZES;

export interface BenchOptions {
  /** Data sets to measure, in this order; the last one's figures go to the top level. */
  sizes: SizeName[];
  seed: number;
  chromium: string;
  /** Regenerate the cached data sets even when a cache for this generator exists. */
  fresh: boolean;
  /** Skip the dossier printing (it needs no archive, and takes a minute). */
  dossier: boolean;
  /** Also print the batch as 100 separate PDFs (minutes; off by default). */
  dossierSeparate: boolean;
  /** Skip the naive fuse.js baseline (the slowest part of a run at L). */
  baseline: boolean;
  /** The local server's port; 0: any free one. IndexedDB belongs to the origin, port included. */
  port: number;
  /** Keep the Chromium profiles (the archives in IndexedDB) for a look afterwards. */
  keepProfile: boolean;
  /** Write V8 CPU profiles of the page's import, export and searches into this folder. */
  cpuProfileDir: string | null;
}

export const BENCH_USAGE = `Usage: npm run bench -- [--sizes S,L | --only S] [--seed N] [--chromium PATH]
                       [--fresh] [--no-dossier] [--dossier-separate]
                       [--no-baseline] [--cpu-profile DIR] [--keep-profile] [--port N]

Prints one JSON object on stdout (progress on stderr). Figures of L are at the top level,
those of S under "S". Default: --sizes S,L, seed 20250911, Chromium /usr/bin/chromium
(or $KARTOTEKA_CHROMIUM). Data sets are cached under $TMPDIR/kartoteka-bench.
--dossier-separate also prints the 100-case batch as 100 separate PDFs.
--keep-profile leaves the Chromium profiles (with the archives) in $TMPDIR; their archives
belong to the server's origin, so reopen them with the same --port.
--cpu-profile DIR writes .cpuprofile files (open in Chromium DevTools) of the page's main
thread during each phase; profiling slows the run, so its figures are not comparable.`;

const DEFAULT_SEED = 20250911;

function sizesOf(value: string): SizeName[] {
  const names = value
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s !== '');
  for (const n of names) {
    if (!(n in DATASET_SIZES)) throw new Error(`unknown data set "${n}" (known: S, L)`);
  }
  // S before L whatever the order given: the small run finds a broken setup in seconds.
  const order: SizeName[] = ['S', 'L'];
  return order.filter((s) => names.includes(s));
}

/** Parses the command line; throws an Error with a one-line message on bad usage. */
export function parseBenchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): BenchOptions | 'help' {
  const options: BenchOptions = {
    sizes: ['S', 'L'],
    seed: DEFAULT_SEED,
    chromium: env.KARTOTEKA_CHROMIUM ?? '/usr/bin/chromium',
    fresh: false,
    dossier: true,
    dossierSeparate: false,
    baseline: true,
    cpuProfileDir: null,
    keepProfile: false,
    port: 0,
  };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift() as string;
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args.shift();
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--sizes':
      case '--only':
        options.sizes = sizesOf(value());
        break;
      case '--seed': {
        const seed = Number(value());
        if (!Number.isInteger(seed)) throw new Error('--seed takes an integer');
        options.seed = seed;
        break;
      }
      case '--chromium':
        options.chromium = value();
        break;
      case '--fresh':
        options.fresh = true;
        break;
      case '--no-dossier':
        options.dossier = false;
        break;
      case '--dossier-separate':
        options.dossierSeparate = true;
        break;
      case '--no-baseline':
        options.baseline = false;
        break;
      case '--cpu-profile':
        options.cpuProfileDir = value();
        break;
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Error('--port takes 0–65535');
        options.port = port;
        break;
      }
      case '--keep-profile':
        options.keepProfile = true;
        break;
      case '--help':
      case '-h':
        return 'help';
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (options.sizes.length === 0) throw new Error('no data set chosen');
  return options;
}
