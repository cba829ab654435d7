import type { PersonName, PersonNames } from '../../../shared/names/index.js';
import type { NameChanges } from './MentionFinder';

/**
 * What changed between the names last indexed (`indexed`: person id → their names then) and
 * `people` now; updates `indexed` to match. A live query hands over fresh objects on every
 * change, so names are compared by content; field by field rather than through a serialised
 * signature, since this runs on the window's thread over every case file after each edit.
 */
export function nameChanges(
  indexed: Map<string, readonly PersonName[]>,
  people: readonly PersonNames[],
): NameChanges {
  const upserts: PersonNames[] = [];
  const seen = new Set<string>();
  for (const p of people) {
    seen.add(p.id);
    const before = indexed.get(p.id);
    if (before && sameNames(before, p.names)) continue;
    const names = p.names.map((n) => ({ text: n.text, script: n.script, kind: n.kind }));
    indexed.set(p.id, names);
    upserts.push({ id: p.id, names });
  }
  const removals: string[] = [];
  if (seen.size !== indexed.size) {
    for (const id of indexed.keys()) if (!seen.has(id)) removals.push(id);
    for (const id of removals) indexed.delete(id);
  }
  return { upserts, removals };
}

function sameNames(a: readonly PersonName[], b: readonly PersonName[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.text !== y.text || x.script !== y.script || x.kind !== y.kind) return false;
  }
  return true;
}
