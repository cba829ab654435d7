import type { CliIo } from './cliIo.js';

/**
 * Progress on stderr for work that takes a while: a line rewritten in place on a terminal
 * (at most five times a second), plain lines with --progress otherwise, nothing when quiet or
 * when stderr is a pipe, so scripts and tests see only results and errors.
 */
export function progressReporter(io: CliIo, flags: { progress?: boolean; quiet?: boolean }) {
  const enabled = !flags.quiet && (flags.progress === true || io.interactive);
  const inPlace = io.interactive && enabled;
  let last = 0;
  let shown = false;
  return {
    report(label: string, done: number, total?: number) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 200 && (total === undefined || done < total)) return;
      last = now;
      const percent = total ? ` ${Math.floor((100 * done) / Math.max(total, 1))}%` : ` ${done}`;
      io.stderr(inPlace ? `\r\x1b[K${label}${percent}` : `${label}${percent}\n`);
      shown = true;
    },
    done() {
      if (inPlace && shown) io.stderr('\r\x1b[K');
      shown = false;
    },
  };
}

export type ProgressReporter = ReturnType<typeof progressReporter>;
