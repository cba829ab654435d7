import type { TagWithCount } from './archiveTypes.js';
import type { KartotekaDb } from './kartotekaDb.js';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The tag vocabulary sorted by name, each with how many case files carry it. */
export async function listTags(db: KartotekaDb): Promise<TagWithCount[]> {
  const tags = await db.tags.toArray();
  // One pass over the multi-entry tagIds index counts every tag at once.
  const counts = new Map<string, number>();
  await db.cases.orderBy('tagIds').eachKey((key) => {
    const id = String(key);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return tags
    .map((t) => ({ ...t, caseCount: counts.get(t.id) ?? 0 }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
