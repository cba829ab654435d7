import type { NameEntry } from '../../shared/model/index.js';
import { displayNameOf } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';

/** A case file reduced to what naming it takes: for matching names in texts and picking a case. */
export interface CaseNames {
  id: string;
  displayName: string;
  names: NameEntry[];
}

/**
 * Every case file's names, in no particular order: sorting 10,000 names by a collator costs
 * more than reading them and is left to whoever shows them in a list.
 */
export async function listCaseNames(db: KartotekaDb): Promise<CaseNames[]> {
  const rows = await db.cases.toArray();
  return rows.map((c) => ({ id: c.id, displayName: displayNameOf(c), names: c.names }));
}
