import type { Revision } from '../model/revision.js';
import type { EntityKind } from '../model/entities.js';

export interface BundleSelection {
  /** Whole histories (every revision, tombstones included) of the records selected. */
  revisions: Revision[];
  /** SHA-256 of every source text those records need: load them and pass them as texts. */
  textHashes: string[];
}

/**
 * What a bundle of chosen case files must hold so the recipient can read and check every
 * fact: the case files; their citations and notes; the sources the citations quote (with
 * every version of their text, and the text each quote was made on); the annotations on those
 * sources; the tags the case files use. Whole histories travel, so the recipient can merge
 * them with their own edits. A record counts as related if any revision of it says so.
 */
export function selectForCases(
  allRevisions: Iterable<Revision>,
  caseIds: Iterable<string>,
): BundleSelection {
  const byRecord = new Map<string, Revision[]>();
  for (const r of allRevisions) {
    const group = byRecord.get(r.recordId);
    if (group) group.push(r);
    else byRecord.set(r.recordId, [r]);
  }
  const cases = new Set(caseIds);
  const chosen = new Set<string>();
  const textHashes = new Set<string>();
  const sources = new Set<string>();
  const tags = new Set<string>();
  const dataOf = (r: Revision) => (r.deleted ? null : (r.data as Record<string, unknown>));

  const pick = (entity: EntityKind, test: (data: Record<string, unknown>) => boolean) => {
    for (const [recordId, group] of byRecord) {
      if (group[0]?.entity !== entity || chosen.has(recordId)) continue;
      if (
        group.some((r) => {
          const d = dataOf(r);
          return d !== null && test(d);
        })
      )
        chosen.add(recordId);
    }
  };
  for (const id of cases) if (byRecord.get(id)?.[0]?.entity === 'case') chosen.add(id);
  pick('citation', (d) => cases.has(d.caseId as string));
  pick('note', (d) => cases.has(d.caseId as string));
  for (const id of chosen) {
    for (const r of byRecord.get(id) ?? []) {
      const d = dataOf(r);
      if (!d) continue;
      if (r.entity === 'citation') {
        sources.add(d.sourceId as string);
        textHashes.add(d.sourceSha256 as string);
      }
      if (r.entity === 'case' && Array.isArray(d.tagIds))
        for (const t of d.tagIds as string[]) tags.add(t);
    }
  }
  pick('source', (d) => sources.has(d.id as string));
  pick('annotation', (d) => sources.has(d.sourceId as string));
  pick('tag', (d) => tags.has(d.id as string));
  for (const id of chosen) {
    for (const r of byRecord.get(id) ?? []) {
      const d = dataOf(r);
      if (d && (r.entity === 'source' || r.entity === 'annotation')) {
        textHashes.add((r.entity === 'source' ? d.sha256 : d.sourceSha256) as string);
      }
    }
  }
  const revisions = [...chosen].flatMap((id) => byRecord.get(id) ?? []);
  return { revisions, textHashes: [...textHashes].sort() };
}
