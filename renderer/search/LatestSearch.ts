/**
 * The answer a view shows while questions are asked one after another and answered in any
 * order: an answer is shown only if no newer question's answer is shown already, and the view
 * knows it is stale while a newer question is unanswered.
 */
export interface LatestState<T> {
  /** The newest answer received (null: none yet, or the question was withdrawn). */
  value: T | null;
  /** The key of the question `value` answers. */
  key: string | null;
  /** A newer question than the one shown is still unanswered. */
  stale: boolean;
}

export class LatestSearch<T> {
  private asked = 0;
  private shown = 0;
  private readonly listeners = new Set<() => void>();
  state: LatestState<T> = { value: null, key: null, stale: false };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): LatestState<T> => this.state;

  /** Asks; the answer replaces the shown one unless a newer answer came first. */
  async ask(key: string, question: () => Promise<T>): Promise<void> {
    const ticket = ++this.asked;
    this.set({ ...this.state, stale: true });
    let value: T;
    try {
      value = await question();
    } catch (error) {
      if (ticket > this.shown) console.warn('search failed', error);
      if (ticket === this.asked) this.set({ ...this.state, stale: false });
      return;
    }
    if (ticket <= this.shown) return;
    this.shown = ticket;
    this.set({ value, key, stale: ticket < this.asked });
  }

  /** No question: shows nothing, and answers still on their way are dropped. */
  clear(): void {
    this.shown = ++this.asked;
    if (this.state.value !== null || this.state.stale || this.state.key !== null)
      this.set({ value: null, key: null, stale: false });
  }

  private set(state: LatestState<T>): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
