import { anchorSelector } from '../../shared/anchoring/anchorSelector.js';
import type { Source, TextSelector } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { KartotekaDataError } from './KartotekaDataError.js';
import { requireRecord } from './recordStore.js';

/**
 * The source a new citation or highlight is made on, after checking that the selector's
 * quote is in its current text: a quote that is not in the text proves nothing.
 */
export async function anchoredSource(
  db: KartotekaDb,
  sourceId: string,
  selector: TextSelector,
): Promise<Source> {
  const source = await requireRecord(db, 'source', sourceId, 'sourceId');
  const text = await db.sourceTexts.get(source.sha256);
  if (!text) throw new KartotekaDataError(`the text of source ${sourceId} is missing`, 'sourceId');
  if (anchorSelector(text.text, selector).status !== 'anchored') {
    throw new KartotekaDataError('the quote is not in the source text', 'selector');
  }
  return source;
}
