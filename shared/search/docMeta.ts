import type { CaseStatus } from '../model/caseFile.js';
import type { DocKind, IndexDoc } from './indexDocs.js';
import type { SearchGroupName } from './parseQuery.js';

/**
 * What the index keeps about each document beside the full-text index: what a result shows,
 * what filters test, and the text of small documents for snippets and phrase checks. Source
 * texts are not kept (they can be megabytes; the caller reads them back when needed).
 */
export interface DocMeta {
  key: string;
  kind: DocKind;
  id: string;
  title: string;
  /** The case of a note, the source of an annotation. */
  parentId: string | null;
  /** Text for snippets and phrases: case text, note, annotation quote and note; null for sources. */
  text: string | null;
  /** A source's text's SHA-256, by which it is read back for snippets and phrases; null for others. */
  textHash: string | null;
  status: CaseStatus | null;
  statusDates: string[];
  tagIds: string[];
  tagNames: string[];
  articles: { article: string; part: string | null }[];
  publisher: string;
  date: string | null;
}

export function docKey(kind: DocKind, id: string): string {
  return `${kind}:${id}`;
}

export function groupOf(kind: DocKind): SearchGroupName {
  return kind === 'case' ? 'cases' : kind === 'source' ? 'sources' : 'notes';
}

export function metaOf(doc: IndexDoc): DocMeta {
  const base = {
    key: docKey(doc.kind, doc.id),
    kind: doc.kind,
    id: doc.id,
    parentId: null,
    textHash: null,
    status: null,
    statusDates: [],
    tagIds: [],
    tagNames: [],
    articles: [],
    publisher: '',
    date: null,
  };
  switch (doc.kind) {
    case 'case':
      return {
        ...base,
        title: doc.title,
        text: doc.text,
        status: doc.status,
        statusDates: doc.statusDates,
        tagIds: doc.tagIds,
        tagNames: doc.tagNames,
        articles: doc.articles,
      };
    case 'source':
      return {
        ...base,
        title: doc.title,
        text: null,
        textHash: doc.sha256,
        publisher: doc.publisher,
        date: doc.date,
      };
    case 'note':
      return { ...base, title: firstLine(doc.text), text: doc.text, parentId: doc.caseId };
    case 'annotation':
      return {
        ...base,
        title: firstLine(doc.quote),
        text: doc.text ? `${doc.quote}\n${doc.text}` : doc.quote,
        parentId: doc.sourceId,
      };
  }
}

function firstLine(text: string): string {
  const line =
    text
      .trim()
      .split('\n')[0]
      ?.replace(/^#+\s*/u, '') ?? '';
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
