import MiniSearch, {
  type AsPlainObject,
  type Query,
  type SearchOptions,
  type SearchResult,
} from 'minisearch';
import { type FullTextDoc, type FullTextField, miniSearchOptions } from './miniSearchOptions.js';

/**
 * MiniSearch with the few look-ups the query planner needs and MiniSearch does not offer:
 * how many documents hold a term, whether one document holds it, and the index terms that
 * complete a prefix or lie within a few edits of a word.
 *
 * These read MiniSearch 7's internal term tree (`_index`) and id maps. The shapes are
 * declared below and covered by FullTextIndex.test.ts, so an upgrade that changes them
 * fails the tests instead of returning wrong results.
 */

type Postings = Map<number, number>;
type FieldTermData = Map<number, Postings>;
interface TermTree {
  get(term: string): FieldTermData | undefined;
  atPrefix(prefix: string): { keys(): Iterable<string> };
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
}
interface Internals {
  _index: TermTree;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _documentCount: number;
}

export class FullTextIndex {
  private readonly fieldNames: Map<number, FullTextField>;

  private constructor(private readonly ms: MiniSearch<FullTextDoc>) {
    this.fieldNames = new Map(
      Object.entries(this.internals()._fieldIds).map(([name, id]) => [id, name as FullTextField]),
    );
  }

  static create(): FullTextIndex {
    return new FullTextIndex(new MiniSearch(miniSearchOptions()));
  }

  static load(js: AsPlainObject): FullTextIndex {
    return new FullTextIndex(MiniSearch.loadJS(js, miniSearchOptions()));
  }

  get documentCount(): number {
    return this.ms.documentCount;
  }

  add(doc: FullTextDoc): void {
    this.ms.add(doc);
  }

  /** Drops a document by key (its terms are cleaned up later by MiniSearch's vacuum). */
  discard(key: string): void {
    if (this.ms.has(key)) this.ms.discard(key);
  }

  search(query: Query, options?: SearchOptions): SearchResult[] {
    return this.ms.search(query, options);
  }

  toJSON(): AsPlainObject {
    return this.ms.toJSON();
  }

  /** Documents holding the term in any one field (the largest field count; discarded ones may linger until vacuumed). */
  documentFrequency(term: string): number {
    let most = 0;
    for (const postings of this.internals()._index.get(term)?.values() ?? [])
      most = Math.max(most, postings.size);
    return most;
  }

  /**
   * A test for one term, looked up once and then asked per document: the fields of document
   * `key` that hold the term (empty: none).
   */
  fieldsWith(term: string): (key: string) => FullTextField[] {
    const internals = this.internals();
    const data = [...(internals._index.get(term) ?? [])].flatMap(([fieldId, postings]) => {
      const name = this.fieldNames.get(fieldId);
      return name ? [{ name, postings }] : [];
    });
    const none: FullTextField[] = [];
    if (data.length === 0) return () => none;
    return (key) => {
      const shortId = internals._idToShortId.get(key);
      if (shortId === undefined) return none;
      let out = none;
      for (const d of data) {
        if (!d.postings.has(shortId)) continue;
        if (out === none) out = [];
        out.push(d.name);
      }
      return out;
    };
  }

  /** Index terms that start with `prefix` (the prefix itself excluded), shortest first, at most `limit`. */
  completions(prefix: string, limit: number): string[] {
    const out: string[] = [];
    for (const term of this.internals()._index.atPrefix(prefix).keys()) {
      if (term !== prefix && !term.startsWith('~')) out.push(term);
      if (out.length >= limit * 4) break;
    }
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }

  /** Index terms within `maxDistance` edits of `term` (not the term itself), closest first. */
  neighbours(
    term: string,
    maxDistance: number,
    limit: number,
  ): { term: string; distance: number }[] {
    const out: { term: string; distance: number }[] = [];
    for (const [t, [, distance]] of this.internals()._index.fuzzyGet(term, maxDistance)) {
      if (t !== term && !t.startsWith('~')) out.push({ term: t, distance });
    }
    return out
      .sort((a, b) => a.distance - b.distance || (a.term < b.term ? -1 : 1))
      .slice(0, limit);
  }

  private internals(): Internals {
    return this.ms as unknown as Internals;
  }
}
