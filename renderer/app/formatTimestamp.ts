import { formatPartialDate } from '../../shared/model/index.js';

/** An ISO timestamp as an unambiguous day ("21 Aug 2025"), in local time. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatPartialDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}
