import { formatTimestamp } from '../app/formatTimestamp';

/**
 * An ISO timestamp as day and local time ("2 Mar 2026, 14:03"): two versions of a fact are
 * often made on the same day, so the conflict and history views need the minute too.
 */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatTimestamp(iso)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
