/**
 * The `k` best of a stream of items (small integers: positions in the caller's arrays),
 * kept in a heap whose root is the worst kept: a search ranks tens of thousands of
 * documents to show five, and sorting them all would cost more than finding them.
 * `before(a, b) < 0` when a ranks before b; it must be a total order for the result to be
 * the same whatever the order items are offered in.
 */
export class TopK {
  private readonly heap: number[] = [];

  constructor(
    private readonly k: number,
    private readonly before: (a: number, b: number) => number,
  ) {}

  offer(item: number): void {
    const h = this.heap;
    if (h.length < this.k) {
      h.push(item);
      this.up(h.length - 1);
    } else if (this.k > 0 && this.before(item, h[0] as number) < 0) {
      h[0] = item;
      this.down(0);
    }
  }

  /** The worst item kept once `k` are kept (an item ranked after it would be refused); else undefined. */
  worstIfFull(): number | undefined {
    return this.heap.length >= this.k && this.k > 0 ? this.heap[0] : undefined;
  }

  /** The kept items, best first. */
  best(): number[] {
    return [...this.heap].sort(this.before);
  }

  /** Moves an item up while it ranks after its parent (the root is the worst). */
  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.before(h[i] as number, h[parent] as number) <= 0) break;
      const item = h[i] as number;
      h[i] = h[parent] as number;
      h[parent] = item;
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < h.length && this.before(h[left] as number, h[worst] as number) > 0) worst = left;
      if (right < h.length && this.before(h[right] as number, h[worst] as number) > 0)
        worst = right;
      if (worst === i) return;
      // Swapped through a local: a destructuring swap made an array per step.
      const item = h[i] as number;
      h[i] = h[worst] as number;
      h[worst] = item;
      i = worst;
    }
  }
}
