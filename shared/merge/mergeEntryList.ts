import type { MergeContext } from './mergeSlot.js';
import { mergeSlot } from './mergeSlot.js';

export type Entry = Record<string, unknown> & { id: string };

/**
 * Merges a list whose items carry ids, entry by entry, each entry with the three-way rule
 * under the path `field/entryId`: an entry added on one side is kept; removed on one side
 * and unchanged on the other, it is removed; changed on both sides differently, or removed
 * on one and changed on the other, it is a conflict (and the edited entry stays visible).
 *
 * Order: the first side's order; an entry only the second side has goes right after the
 * entry that precedes it on that side, so entries added at the top stay at the top.
 * A duplicated id within one list counts once (the first).
 */
export function mergeEntryList(
  ctx: MergeContext,
  field: string,
  base: readonly Entry[],
  a: readonly Entry[],
  b: readonly Entry[],
): Entry[] {
  const baseById = indexById(base);
  const aById = indexById(a);
  const bById = indexById(b);
  const merged = new Map<string, Entry>();
  for (const id of orderedIds(a, b)) {
    const value = mergeSlot(
      ctx,
      `${field}/${id}`,
      baseById.get(id),
      aById.get(id),
      bById.get(id),
      true,
    );
    if (value !== undefined) merged.set(id, value as Entry);
  }
  return [...merged.values()];
}

function indexById(list: readonly Entry[]): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const e of list) if (!map.has(e.id)) map.set(e.id, e);
  return map;
}

function orderedIds(a: readonly Entry[], b: readonly Entry[]): string[] {
  const order = [...new Set(a.map((e) => e.id))];
  const placed = new Set(order);
  let anchor = -1;
  for (const { id } of b) {
    if (placed.has(id)) {
      anchor = order.indexOf(id);
      continue;
    }
    order.splice(anchor + 1, 0, id);
    placed.add(id);
    anchor += 1;
  }
  return order;
}

export function isEntryList(value: unknown): value is Entry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e: unknown) =>
        typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string',
    )
  );
}

export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((e: unknown) => typeof e === 'string');
}
