/** Reads source texts by source id (from IndexedDB in the search worker). */
export type ReadTexts = (sourceIds: string[]) => Promise<ReadonlyMap<string, string>>;

/** About 4 MB of UTF-16: a few hundred sources of the usual length. */
const DEFAULT_BUDGET = 2_000_000;

/**
 * The source texts the last searches read, most recently used kept, up to a budget of
 * characters. Search as you type asks for the texts of nearly the same sources on every
 * keystroke, and each read is a round trip to the database that the search waits for.
 *
 * A text is forgotten when its source is indexed again or removed (its text may have
 * changed). A read that was under way when something was forgotten keeps nothing: it may
 * have read the text from before the change.
 */
export class TextCache {
  private readonly texts = new Map<string, string>();
  private size = 0;
  /** Bumped by every forget: a read started before it does not fill the cache. */
  private epoch = 0;

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  /** The texts of these sources, reading only those not kept. */
  async load(sourceIds: readonly string[], read: ReadTexts): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const missing: string[] = [];
    for (const id of sourceIds) {
      const text = this.texts.get(id);
      if (text === undefined) {
        missing.push(id);
        continue;
      }
      // Most recently used last: Map keeps insertion order.
      this.texts.delete(id);
      this.texts.set(id, text);
      out.set(id, text);
    }
    if (missing.length === 0) return out;
    const epoch = this.epoch;
    const found = await read(missing);
    for (const [id, text] of found) {
      out.set(id, text);
      if (this.epoch === epoch) this.keep(id, text);
    }
    return out;
  }

  forget(sourceId: string): void {
    this.epoch++;
    const text = this.texts.get(sourceId);
    if (text === undefined) return;
    this.texts.delete(sourceId);
    this.size -= text.length;
  }

  private keep(id: string, text: string): void {
    if (text.length > this.budget || this.texts.has(id)) return;
    this.texts.set(id, text);
    this.size += text.length;
    for (const [oldest, old] of this.texts) {
      if (this.size <= this.budget) break;
      this.texts.delete(oldest);
      this.size -= old.length;
    }
  }
}
