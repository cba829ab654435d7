export interface StartupSide {
  /** A checkout of the project (its dist/bench is built there). */
  root: string;
  /** A Chromium profile holding the archive that side opens (`npm run bench -- --keep-profile`). */
  profile: string;
}

export interface CompareStartupsOptions {
  a: StartupSide;
  b: StartupSide;
  /** Rounds of A then B. */
  rounds: number;
  /** Cold starts of each side per round. */
  starts: number;
  /** The port the profiles' archives belong to (the one `--keep-profile` ran with). */
  port: number;
  chromium: string;
  seed: number;
}

export const COMPARE_STARTUPS_USAGE = `Usage: npm run bench:startups -- --a ROOT=PROFILE --b ROOT=PROFILE --port N
                                [--rounds 8] [--starts 2] [--chromium PATH] [--seed N]

Cold starts of the app on a stored archive (data set L), alternating between two builds: A's
starts, then B's, for each round. ROOT is a checkout of the project (its copy of the app is
built into ROOT/dist/bench), PROFILE a Chromium profile kept by \`npm run bench -- --only L
--keep-profile --port N\` (copy it, one per side: a start may change the profile, and a build
whose search index format differs rebuilds the saved index on its first start). N is that
run's port: an archive belongs to its origin. Prints one JSON object: each side's first
results (ms from navigation), first results after a reload, and the search worker's start-up
marks, with medians; progress on stderr.`;

function side(value: string, flag: string): StartupSide {
  const at = value.indexOf('=');
  if (at <= 0 || at === value.length - 1) throw new Error(`${flag} takes ROOT=PROFILE`);
  return { root: value.slice(0, at), profile: value.slice(at + 1) };
}

function count(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} takes ${min}–${max}`);
  return n;
}

/** Parses the command line; throws an Error with a one-line message on bad usage. */
export function parseCompareStartupsOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CompareStartupsOptions | 'help' {
  let a: StartupSide | null = null;
  let b: StartupSide | null = null;
  let port: number | null = null;
  const options = {
    rounds: 8,
    starts: 2,
    chromium: env.KARTOTEKA_CHROMIUM ?? '/usr/bin/chromium',
    seed: 20250911,
  };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--help' || arg === '-h') return 'help';
    const value = (): string => {
      const v = args.shift();
      if (v === undefined || v === '') throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--a':
        a = side(value(), arg);
        break;
      case '--b':
        b = side(value(), arg);
        break;
      case '--port':
        port = count(value(), arg, 1, 65535);
        break;
      case '--rounds':
        options.rounds = count(value(), arg, 1, 100);
        break;
      case '--starts':
        options.starts = count(value(), arg, 1, 20);
        break;
      case '--chromium':
        options.chromium = value();
        break;
      case '--seed':
        options.seed = count(value(), arg, 0, Number.MAX_SAFE_INTEGER);
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (!a || !b) throw new Error('both --a and --b are needed');
  if (port === null) throw new Error('--port is needed: the one the profiles were made with');
  return { a, b, port, ...options };
}
