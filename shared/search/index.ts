// The search box: query language, the index of case files, sources, notes and annotations,
// snippets. Pure domain code; the renderer runs it in a Web Worker.
export {
  parseQuery,
  mergeFilters,
  type ArticleFilter,
  type ParsedQuery,
  type QueryProblem,
  type SearchFilters,
  type SearchGroupName,
} from './parseQuery.js';
export {
  caseDoc,
  sourceDoc,
  noteDoc,
  annotationDoc,
  termInWords,
  type AnnotationDoc,
  type CaseDoc,
  type DocKind,
  type IndexDoc,
  type NoteDoc,
  type SourceDoc,
} from './indexDocs.js';
export {
  SearchIndex,
  SEARCH_INDEX_VERSION,
  type AsyncSearchOptions,
  type LoadTexts,
  type TextToLoad,
  type SearchGroup,
  type SearchHit,
  type SearchOptions,
  type SearchRequest,
  type SearchResults,
  type SerializedSearchIndex,
  type WarmUpSample,
} from './SearchIndex.js';
export { warmUpQueries } from './warmUpQueries.js';
export { buildSearchIndex, type BuildOptions, type BuildProgress } from './buildSearchIndex.js';
export { makeSnippet, type MatchSpec, type Snippet } from './makeSnippet.js';
export { acronymRuns, type AcronymRun } from './acronymRuns.js';
export { dateInRange } from './dateRange.js';
