import type { LoadTexts, TextToLoad } from '../../shared/search/index.js';

/** About 4 MB of UTF-16: a few hundred sources of the usual length. */
const DEFAULT_BUDGET = 2_000_000;

/**
 * The source texts the last searches read, most recently used kept, up to a budget of
 * characters. Search as you type asks for the texts of nearly the same sources on every
 * keystroke, and each read is a round trip to the database that the search waits for.
 *
 * Texts are kept by their SHA-256, the key they are stored under: a text never changes under
 * its hash, so nothing kept can go stale. A source whose text changes is indexed again with
 * the new hash and asks for that.
 */
export class TextCache {
  private readonly texts = new Map<string, string>();
  private size = 0;

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  /** The texts of these sources by source id, reading only those not kept. */
  async load(wanted: readonly TextToLoad[], read: LoadTexts): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const missing: TextToLoad[] = [];
    for (const t of wanted) {
      const text = this.texts.get(t.sha256);
      if (text === undefined) {
        missing.push(t);
        continue;
      }
      // Most recently used last: Map keeps insertion order.
      this.texts.delete(t.sha256);
      this.texts.set(t.sha256, text);
      out.set(t.sourceId, text);
    }
    if (missing.length === 0) return out;
    const found = await read(missing);
    for (const t of missing) {
      const text = found.get(t.sourceId);
      if (text === undefined) continue;
      out.set(t.sourceId, text);
      this.keep(t.sha256, text);
    }
    return out;
  }

  private keep(sha256: string, text: string): void {
    if (text.length > this.budget || this.texts.has(sha256)) return;
    this.texts.set(sha256, text);
    this.size += text.length;
    for (const [oldest, old] of this.texts) {
      if (this.size <= this.budget) break;
      this.texts.delete(oldest);
      this.size -= old.length;
    }
  }
}
