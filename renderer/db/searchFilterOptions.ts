import { useLiveQuery } from 'dexie-react-hooks';
import { useArchive } from './ArchiveProvider.js';
import type { KartotekaDb } from './kartotekaDb.js';
import { databaseOf } from './openArchive.js';

/** What the search page's filters can offer: the articles and publishers the archive holds. */
export interface SearchFilterOptions {
  /** Articles of the criminal code charged in some case file, with part null for "any part". */
  articles: { article: string; part: string | null }[];
  /** Publishers of sources, as written, each once. */
  publishers: string[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export async function readSearchFilterOptions(db: KartotekaDb): Promise<SearchFilterOptions> {
  const articles = new Map<string, { article: string; part: string | null }>();
  await db.cases.each((c) => {
    for (const legal of c.legalCases)
      for (const { article, part } of legal.articles) {
        // Every article is offered as "any part" too, the way article:342 is typed.
        articles.set(article, { article, part: null });
        if (part !== null) articles.set(`${article}-${part}`, { article, part });
      }
  });
  const publishers = new Map<string, string>();
  await db.sources.each((s) => {
    const name = s.publisher.trim().replace(/\s+/gu, ' ');
    const key = name.toLocaleLowerCase();
    if (name !== '' && !publishers.has(key)) publishers.set(key, name);
  });
  return {
    articles: [...articles.values()].sort(
      (a, b) =>
        collator.compare(a.article, b.article) || collator.compare(a.part ?? '', b.part ?? ''),
    ),
    publishers: [...publishers.values()].sort(collator.compare),
  };
}

/** Live: re-read when case files or sources change; undefined while loading. */
export function useSearchFilterOptions(): SearchFilterOptions | undefined {
  const db = databaseOf(useArchive());
  return useLiveQuery(() => readSearchFilterOptions(db), [db]);
}
