import type { CaseFile, StatusEntry } from './caseFile.js';
import { comparePartialDates } from './comparePartialDates.js';

/*
 * What is read off a case file for display and search: plain functions, apart from the
 * schema (caseFile.ts) so that the search worker can index case files without loading zod.
 */

/** The name to show for a case file: the first primary Latin name, else the first name. */
export function displayNameOf(c: Pick<CaseFile, 'names'>): string {
  const pick =
    c.names.find((n) => n.kind === 'primary' && n.script === 'latin') ??
    c.names.find((n) => n.kind === 'primary') ??
    c.names[0];
  return pick?.text ?? '';
}

/** The status history in time order; undated entries keep their place after dated ones. */
export function sortedStatusHistory(c: Pick<CaseFile, 'statusHistory'>): StatusEntry[] {
  const dated = c.statusHistory.filter((s) => s.date !== null);
  const undated = c.statusHistory.filter((s) => s.date === null);
  dated.sort((a, b) => comparePartialDates(a.date ?? '', b.date ?? ''));
  return [...dated, ...undated];
}

/** The current status: the latest dated entry, or the last entry when none is dated. */
export function currentStatusOf(c: Pick<CaseFile, 'statusHistory'>): StatusEntry | null {
  const dated = c.statusHistory.filter((s) => s.date !== null);
  const pool = dated.length > 0 ? sortedStatusHistory({ statusHistory: dated }) : c.statusHistory;
  return pool.at(-1) ?? null;
}
