/**
 * Partial dates as ranges: "2021" is 2021-01-01 … 2021-12-31, "2025-09" the whole of
 * September. Comparing padded strings is enough: "-00" sorts before any month or day and
 * "-99" after any.
 */
export function earliestOf(date: string): string {
  return (date + '-00-00').slice(0, 10);
}

export function latestOf(date: string): string {
  return (date + '-99-99').slice(0, 10);
}

/** Whether a partial date can fall within [from, to] (either bound may be missing). */
export function dateInRange(
  date: string,
  from: string | undefined,
  to: string | undefined,
): boolean {
  if (from !== undefined && latestOf(date) < earliestOf(from)) return false;
  if (to !== undefined && earliestOf(date) > latestOf(to)) return false;
  return true;
}
