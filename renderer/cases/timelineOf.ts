import type { CaseFile, StatusEntry, TimelineEvent } from '../../shared/model/index.js';
import { comparePartialDates } from '../../shared/model/index.js';

export type TimelineItem =
  { kind: 'status'; entry: StatusEntry } | { kind: 'event'; entry: TimelineEvent };

/**
 * Status changes and events on one time line, oldest first; undated items follow the dated
 * ones in the order they were recorded. A status and an event on the same date keep the
 * status first (it is usually what the event led to, or how it is known).
 */
export function timelineOf(c: Pick<CaseFile, 'statusHistory' | 'events'>): TimelineItem[] {
  const items: TimelineItem[] = [
    ...c.statusHistory.map((entry) => ({ kind: 'status' as const, entry })),
    ...c.events.map((entry) => ({ kind: 'event' as const, entry })),
  ];
  const dated = items.filter((i) => i.entry.date !== null);
  const undated = items.filter((i) => i.entry.date === null);
  dated.sort(
    (a, b) =>
      comparePartialDates(a.entry.date ?? '', b.entry.date ?? '') ||
      (a.kind === b.kind ? 0 : a.kind === 'status' ? -1 : 1),
  );
  return [...dated, ...undated];
}
