/** Progress for the driver, which copies `[bench]` console lines to its stderr. */
export function pageProgress(message: string): void {
  console.info(`[bench] ${message}`);
}

/** Calls `report` at most every `ms` milliseconds. */
export function throttled<T>(ms: number, report: (value: T) => void): (value: T) => void {
  let last = 0;
  return (value) => {
    const now = performance.now();
    if (now - last < ms) return;
    last = now;
    report(value);
  };
}
