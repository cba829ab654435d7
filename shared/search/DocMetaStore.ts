import type { DocMeta } from './docMeta.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What DocMetaStore saves: the documents' keys and DocMeta, the latter as UTF-8 JSON bytes. */
export interface SavedDocMetas {
  keys: string[];
  metaJson: Uint8Array;
  metaEnds: Uint32Array;
}

/**
 * The keys and DocMeta of a full-text index's documents, by document number. A restored
 * store keeps its DocMeta as the UTF-8 JSON they were saved as and parses each when it is
 * first asked for (SerializedFullTextIndex says why), and writes one never asked for back
 * as it was.
 */
export class DocMetaStore {
  /** null once removed; undefined while still only in `saved`. */
  private metas: (DocMeta | null | undefined)[] = [];
  private keys: string[] = [];
  private saved: { json: Uint8Array; ends: Uint32Array } | null = null;

  static restore({ keys, metaJson, metaEnds }: SavedDocMetas): DocMetaStore {
    if (metaEnds.length !== keys.length) throw new Error('the saved index is damaged');
    const store = new DocMetaStore();
    store.metas = new Array<DocMeta | null | undefined>(keys.length).fill(undefined);
    store.keys = [...keys];
    store.saved = { json: metaJson, ends: metaEnds };
    return store;
  }

  /** Document numbers run from 0 to below this (removed ones included). */
  get length(): number {
    return this.metas.length;
  }

  at(doc: number): DocMeta | undefined {
    const meta = this.metas[doc];
    if (meta !== undefined) return meta ?? undefined;
    if (!this.saved || doc >= this.saved.ends.length) return undefined;
    const parsed = JSON.parse(decoder.decode(this.savedBytes(doc))) as DocMeta;
    this.metas[doc] = parsed;
    return parsed;
  }

  push(key: string, meta: DocMeta): void {
    this.metas.push(meta);
    this.keys.push(key);
  }

  remove(doc: number): void {
    this.metas[doc] = null;
  }

  /** The keys and DocMeta of these documents, in this order (for a save). */
  save(docs: readonly number[]): SavedDocMetas {
    const keys: string[] = [];
    const metaEnds = new Uint32Array(docs.length);
    let json = new Uint8Array(Math.max(1024, this.saved?.json.length ?? 0));
    let length = 0;
    docs.forEach((doc, n) => {
      const meta = this.metas[doc];
      const bytes =
        meta === undefined ? this.savedBytes(doc) : encoder.encode(JSON.stringify(meta));
      if (length + bytes.length > json.length) {
        const bigger = new Uint8Array(Math.max(json.length * 2, length + bytes.length));
        bigger.set(json);
        json = bigger;
      }
      json.set(bytes, length);
      length += bytes.length;
      metaEnds[n] = length;
      keys.push(this.keys[doc] as string);
    });
    return { keys, metaJson: json.slice(0, length), metaEnds };
  }

  private savedBytes(doc: number): Uint8Array {
    const { json, ends } = this.saved as { json: Uint8Array; ends: Uint32Array };
    return json.subarray(doc === 0 ? 0 : (ends[doc - 1] as number), ends[doc] as number);
  }
}
