import type { CaseFile, Stored } from '../../shared/model/index.js';
import { displayNameOf } from '../../shared/model/index.js';
import type { KartotekaDb } from './kartotekaDb.js';

// Names come in Latin and Cyrillic; a base-sensitivity collator sorts "Łosik" beside "Losik".
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Case files sorted by display name, optionally only those carrying one tag. */
export async function listCases(
  db: KartotekaDb,
  filter?: { tagId?: string | null },
): Promise<Stored<CaseFile>[]> {
  const tagId = filter?.tagId ?? null;
  const rows =
    tagId === null
      ? await db.cases.toArray()
      : await db.cases.where('tagIds').equals(tagId).toArray();
  const named = rows.map((row) => ({ row, name: displayNameOf(row) }));
  named.sort((a, b) => collator.compare(a.name, b.name) || a.row.id.localeCompare(b.row.id));
  return named.map((n) => n.row);
}

export async function getCase(
  db: KartotekaDb,
  id: string | null,
): Promise<Stored<CaseFile> | null> {
  if (id === null) return null;
  return (await db.cases.get(id)) ?? null;
}
