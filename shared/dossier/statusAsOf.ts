import type { CaseFile, StatusEntry } from '../model/caseFile.js';
import { currentStatusOf } from '../model/caseFile.js';
import { comparePartialDates } from '../model/partialDate.js';

/**
 * The status a case file records for the day `date` (YYYY-MM-DD): the latest entry dated on
 * or before it. A dossier issued with a past date must not show a later release; undated
 * entries count only when no entry is dated at all, as in `currentStatusOf`.
 */
export function statusAsOf(c: Pick<CaseFile, 'statusHistory'>, date: string): StatusEntry | null {
  const known = c.statusHistory.filter(
    (s) => s.date === null || comparePartialDates(s.date, date) <= 0,
  );
  const hasDated = c.statusHistory.some((s) => s.date !== null);
  const pool = hasDated ? known.filter((s) => s.date !== null) : known;
  return currentStatusOf({ statusHistory: pool });
}
