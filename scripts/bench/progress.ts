const started = performance.now();

/** A progress line on stderr (stdout carries only the JSON result), with the run's clock. */
export function progress(message: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${s}s] ${message}\n`);
}
