import type { Citation, Stored } from '../../shared/model/index.js';
import { displayNameOf } from '../../shared/model/index.js';
import type { CitationView } from './archiveTypes.js';
import { anchorIn, loadAnchorContext } from './anchorViews.js';
import type { KartotekaDb } from './kartotekaDb.js';

async function toViews(db: KartotekaDb, citations: Stored<Citation>[]): Promise<CitationView[]> {
  const context = await loadAnchorContext(
    db,
    citations.map((c) => c.sourceId),
  );
  const caseIds = [...new Set(citations.map((c) => c.caseId))];
  const cases = (await db.cases.bulkGet(caseIds)).filter((c) => c !== undefined);
  const caseNames = new Map(cases.map((c) => [c.id, displayNameOf(c)]));
  const views = citations.map((c) => {
    const { anchor, sourceTextChanged, source } = anchorIn(context, c);
    return {
      ...c,
      anchor,
      sourceTextChanged,
      sourceTitle: source?.title ?? '',
      caseName: caseNames.get(c.caseId) ?? '',
    };
  });
  // In the order they were made, so numbering in a case file stays stable.
  return views.sort(
    (a, b) => a.meta.createdAt.localeCompare(b.meta.createdAt) || a.id.localeCompare(b.id),
  );
}

export async function citationsForCase(
  db: KartotekaDb,
  caseId: string | null,
): Promise<CitationView[]> {
  if (caseId === null) return [];
  return toViews(db, await db.citations.where('caseId').equals(caseId).toArray());
}

export async function citationsForSource(
  db: KartotekaDb,
  sourceId: string | null,
): Promise<CitationView[]> {
  if (sourceId === null) return [];
  return toViews(db, await db.citations.where('sourceId').equals(sourceId).toArray());
}
