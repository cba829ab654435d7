import { z } from './zod.js';
import { comparePartialDates } from './comparePartialDates.js';

export { comparePartialDates };

/**
 * A date known to the year, the month or the day: "1956", "1956-08" or "1956-08-21".
 * Sources often give only an age or a month, and a case file must not invent precision.
 * Partial dates sort by their earliest possible day, and a less precise date sorts first.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .refine(isRealDate, { message: 'is not a real calendar date' });
export type PartialDate = z.infer<typeof PartialDate>;

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function isRealDate(date: string): boolean {
  if (date.length < 10) return true;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1956", "Aug 1956", "21 Aug 1956": unambiguous in every locale the archive is read in. */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
