import type { DocMeta } from './docMeta.js';

/** A source's DocMeta for the index tests: keyed `source:id`, titled with its key unless told. */
export function sourceMeta(key: string, fields: Partial<DocMeta> = {}): DocMeta {
  return {
    key,
    kind: 'source',
    id: key.slice(key.indexOf(':') + 1),
    title: key,
    parentId: null,
    text: null,
    textHash: null,
    status: null,
    statusDates: [],
    tagIds: [],
    tagNames: [],
    articles: [],
    publisher: '',
    date: null,
    ...fields,
  };
}
