import { useLiveQuery } from 'dexie-react-hooks';
import {
  annotationDoc,
  caseDoc,
  type IndexDoc,
  noteDoc,
  sourceDoc,
} from '../../shared/search/index.js';
import { useArchive } from './ArchiveProvider.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { databaseOf } from './openArchive.js';

/** Every record the search index holds, as index documents (case files, sources with their texts, notes, annotations). */
export async function readSearchDocs(db: KartotekaDb): Promise<IndexDoc[]> {
  const [tags, cases, sources, texts, notes, annotations] = await Promise.all([
    db.tags.toArray(),
    db.cases.toArray(),
    db.sources.toArray(),
    db.sourceTexts.toArray(),
    db.notes.toArray(),
    db.annotations.toArray(),
  ]);
  const tagNames = new Map(tags.map((t) => [t.id, t.name]));
  const textOf = new Map(texts.map((t) => [t.sha256, t.text]));
  return [
    ...cases.map((c) => caseDoc(c, tagNames)),
    ...sources.map((s) => sourceDoc(s, textOf.get(s.sha256) ?? '')),
    ...notes.map(noteDoc),
    ...annotations.map(annotationDoc),
  ];
}

/** Live: re-read whenever one of those tables changes; undefined while loading. */
export function useSearchDocs(): IndexDoc[] | undefined {
  const db = databaseOf(useArchive());
  return useLiveQuery(() => readSearchDocs(db), [db]);
}
