import type { AnchorResult } from '../../shared/anchoring/anchorSelector.js';
import { anchorSelector } from '../../shared/anchoring/anchorSelector.js';
import type { Source, Stored, TextSelector } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';

const NOT_FOUND: AnchorResult = { status: 'needs_review', reason: 'quote_not_found' };

export interface AnchorContext {
  sources: Map<string, Stored<Source>>;
  texts: Map<string, string>;
}

/** Loads the sources and their current texts that a set of anchored records point at. */
export async function loadAnchorContext(
  db: KartotekaDb,
  sourceIds: Iterable<string>,
): Promise<AnchorContext> {
  const ids = [...new Set(sourceIds)];
  const sources = (await db.sources.bulkGet(ids)).filter((s) => s !== undefined);
  const shas = [...new Set(sources.map((s) => s.sha256))];
  const texts = await db.sourceTexts.bulkGet(shas);
  return {
    sources: new Map(sources.map((s) => [s.id, s])),
    texts: new Map(texts.filter((t) => t !== undefined).map((t) => [t.sha256, t.text])),
  };
}

/**
 * Where a quote stands in its source's *current* text. A quote is only ever found exactly;
 * if the text changed and the quote is gone (or the source is gone), it needs review.
 */
export function anchorIn(
  context: AnchorContext,
  record: { sourceId: string; sourceSha256: string; selector: TextSelector },
): { anchor: AnchorResult; sourceTextChanged: boolean; source: Stored<Source> | undefined } {
  const source = context.sources.get(record.sourceId);
  const text = source ? context.texts.get(source.sha256) : undefined;
  return {
    anchor: text === undefined ? NOT_FOUND : anchorSelector(text, record.selector),
    sourceTextChanged: source !== undefined && source.sha256 !== record.sourceSha256,
    source,
  };
}
