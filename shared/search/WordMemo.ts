/**
 * A memo of a pure function of a word. Texts repeat their words (a few thousand distinct
 * words make most of an archive), so folding each distinct word once instead of at every
 * occurrence saves most of the Unicode work of snippets and phrase checks. Emptied whenever
 * it holds `max` words, which bounds its memory without the bookkeeping of an LRU.
 */
export class WordMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(
    private readonly compute: (word: string) => V,
    private readonly max = 20_000,
  ) {}

  get(word: string): V {
    let v = this.values.get(word);
    if (v === undefined && !this.values.has(word)) {
      v = this.compute(word);
      if (this.values.size >= this.max) this.values.clear();
      this.values.set(word, v);
    }
    return v as V;
  }
}
