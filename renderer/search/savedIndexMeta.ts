import type { SerializedNameIndex } from '../../shared/names/index.js';
import { SEARCH_INDEX_VERSION, type SerializedSearchIndex } from '../../shared/search/index.js';
import type { IndexPart } from './SplitIndex';

/** Keys of the saved index in the archive's searchIndex table. */
export const INDEX_KEYS = {
  meta: 'index:meta',
  people: 'index:people',
  sources: 'index:sources',
} as const satisfies Record<IndexPart | 'meta', string>;

const FORMAT = 'kartoteka-search-parts';
/** Bumped when what is saved changes shape (SearchIndex's own version is checked too). */
const FORMAT_VERSION = 1;

export interface SavedMeta {
  format: typeof FORMAT;
  version: number;
  searchIndexVersion: number;
  /**
   * Different for every save: a reader that follows the journal (the mention worker) learns
   * from it that rows may have been pruned into the saved parts since it last looked.
   */
  savedAt: string;
}

export function newSavedMeta(): SavedMeta {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    searchIndexVersion: SEARCH_INDEX_VERSION,
    savedAt: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  };
}

export function isCurrentMeta(value: unknown): value is SavedMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedMeta>;
  return (
    v.format === FORMAT &&
    v.version === FORMAT_VERSION &&
    v.searchIndexVersion === SEARCH_INDEX_VERSION
  );
}

/** Which save a meta row records; null when there is no current saved index. */
export function savedStampOf(meta: unknown): string | null {
  return isCurrentMeta(meta) && typeof meta.savedAt === 'string' ? meta.savedAt : null;
}

/**
 * The names part of a saved people part, when the saved index is current (the name index
 * checks its own version again when restored); null otherwise.
 */
export function savedNamesOf(meta: unknown, people: unknown): SerializedNameIndex | null {
  if (!isCurrentMeta(meta) || typeof people !== 'object' || people === null) return null;
  const part = people as Partial<SerializedSearchIndex>;
  if (part.format !== 'kartoteka-search-index' || part.version !== SEARCH_INDEX_VERSION)
    return null;
  return part.names ?? null;
}
