import {
  type DocKind,
  type IndexDoc,
  type LoadTexts,
  type SearchGroup,
  SearchIndex,
  type SearchRequest,
  type SearchResults,
  type SerializedSearchIndex,
  warmUpQueries,
} from '../../shared/search/index.js';
import { TextCache } from './TextCache.js';

/** Frequent words and case files' names the warm-up searches are made of. */
const WARM_UP_WORDS = 60;
const WARM_UP_NAMES = 20;

export type IndexPart = 'people' | 'sources';

/**
 * Annotations go with their sources: a publisher or date filter on an annotation reads its
 * source's metadata from the same part. Notes go with their case files for the same reason.
 */
export const partOf = (kind: DocKind): IndexPart =>
  kind === 'source' || kind === 'annotation' ? 'sources' : 'people';

export interface SplitSearchOptions {
  limit: number;
  crossScript: boolean;
  loadTexts: LoadTexts;
}

/**
 * The archive's search index in two parts, saved and restored apart: people (case files and
 * their notes: small, restored first so that a name answers at once) and sources (their full
 * texts and annotations: most of the index). Case files come from the first part, sources
 * from the second; the notes group merges the notes of one with the annotations of the other.
 */
export class SplitIndex {
  private readonly dirty = new Set<IndexPart>();
  /** Source texts recently read for snippets and phrases. */
  private readonly texts = new TextCache();

  constructor(
    private people: SearchIndex,
    /** null until restored. */
    private sources: SearchIndex | null,
  ) {}

  static empty(): SplitIndex {
    return new SplitIndex(SearchIndex.create(), SearchIndex.create());
  }

  get complete(): boolean {
    return this.sources !== null;
  }

  get size(): number {
    return this.people.size + (this.sources?.size ?? 0);
  }

  /** The texts the sources part's sources have; null until it is restored. */
  textHashes(): Set<string> | null {
    return this.sources?.textHashes() ?? null;
  }

  /** `count` searches made of the index's own words and names (warmUpQueries). */
  warmUpQueries(count: number): string[] {
    const people = this.people.warmUpSample(WARM_UP_WORDS, WARM_UP_NAMES);
    const sources = this.sources?.warmUpSample(WARM_UP_WORDS, 0);
    const words = sources && sources.words.length > 0 ? sources.words : people.words;
    return warmUpQueries({ words, names: people.names }, count);
  }

  setSources(sources: SearchIndex): void {
    this.sources = sources;
  }

  update(doc: IndexDoc): void {
    this.part(partOf(doc.kind)).update(doc);
    this.dirty.add(partOf(doc.kind));
  }

  remove(kind: DocKind, id: string): void {
    if (this.part(partOf(kind)).remove(kind, id)) this.dirty.add(partOf(kind));
  }

  /** The parts changed since the last `takeDirty`, serialized for saving. */
  takeDirty(): Map<IndexPart, SerializedSearchIndex> {
    const out = new Map<IndexPart, SerializedSearchIndex>();
    for (const part of this.dirty) out.set(part, this.part(part).toJSON());
    this.dirty.clear();
    return out;
  }

  markAllDirty(): void {
    this.dirty.add('people');
    this.dirty.add('sources');
  }

  async search(request: SearchRequest, options: SplitSearchOptions): Promise<SearchResults> {
    const common = { limit: options.limit, crossScript: options.crossScript };
    // The sources part first: it plans at once and asks for the texts its page needs, so that
    // the people part is searched while that read is under way, not before it starts (the two
    // parts share nothing).
    const pending = this.sources?.searchAsync(request, {
      ...common,
      loadTexts: (wanted) => this.texts.load(wanted, options.loadTexts),
    });
    let people: SearchResults;
    try {
      // A word only the sources part has is still a word the archive has (see SearchOptions).
      const sources = this.sources;
      people = this.people.search(request, {
        ...common,
        knownElsewhere: (term) => sources?.knows(term) ?? false,
      });
    } catch (error) {
      pending?.catch(() => undefined);
      throw error;
    }
    if (!pending) {
      const none = { hits: [], total: 0, approximate: true };
      return { ...people, sources: none, notes: { ...people.notes, approximate: true } };
    }
    const sources = await pending;
    return {
      ...people,
      sources: sources.sources,
      notes: mergeGroups(people.notes, sources.notes, options.limit),
    };
  }

  private part(part: IndexPart): SearchIndex {
    if (part === 'people') return this.people;
    if (!this.sources) throw new Error('the sources part of the index is not restored yet');
    return this.sources;
  }
}

/** Two parts' hits of one group, in the order SearchIndex ranks them within a part. */
function mergeGroups(a: SearchGroup, b: SearchGroup, limit: number): SearchGroup {
  if (b.total === 0) return a;
  if (a.total === 0) return b;
  const hits = [...a.hits, ...b.hits]
    .sort((x, y) => y.matchedWords - x.matchedWords || y.score - x.score)
    .slice(0, limit);
  return { hits, total: a.total + b.total, approximate: a.approximate || b.approximate };
}
