import type { AnnotationView } from './archiveTypes.js';
import { anchorIn, loadAnchorContext } from './anchorViews.js';
import type { KartotekaDb } from './kartotekaDb.js';

/** A source's highlights, in the order they appear in its current text (unanchored last). */
export async function annotationsForSource(
  db: KartotekaDb,
  sourceId: string | null,
): Promise<AnnotationView[]> {
  if (sourceId === null) return [];
  const annotations = await db.annotations.where('sourceId').equals(sourceId).toArray();
  const context = await loadAnchorContext(db, [sourceId]);
  const views = annotations.map((a) => {
    const { anchor, sourceTextChanged } = anchorIn(context, a);
    return { ...a, anchor, sourceTextChanged };
  });
  const position = (v: AnnotationView): number =>
    v.anchor.status === 'anchored' ? v.anchor.start : Infinity;
  return views.sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id));
}
