/** Reads under way while the caller works on the batch before them. */
export const READ_AHEAD = 2;

/**
 * Runs `reads` in order and gives their results in order, keeping `depth` of them under way
 * while the caller works on the result before. IndexedDB does its work in the browser
 * process, so a worker that indexes one batch while the next ones are read overlaps the two
 * instead of alternating between them (and, with a read in two requests, such as a source's
 * row and then its text, the second request of one read overlaps the indexing too).
 *
 * At most `depth` results wait beyond the one the caller holds. A read the caller never takes
 * (it stopped early, or an earlier read failed) is not reported as unhandled; a failed read
 * the caller does take throws there, in order.
 */
export async function* readAhead<T>(
  reads: Iterable<() => Promise<T>>,
  depth: number = READ_AHEAD,
): AsyncGenerator<T> {
  const pending = reads[Symbol.iterator]();
  const started: Promise<T>[] = [];
  const fill = () => {
    while (started.length < Math.max(1, depth)) {
      const next = pending.next();
      if (next.done === true) return;
      const read = next.value();
      read.catch(() => undefined);
      started.push(read);
    }
  };
  fill();
  for (let read = started.shift(); read !== undefined; read = started.shift()) {
    const value = await read;
    // The next reads start before this result is handed over, not after the caller is done.
    fill();
    yield value;
  }
}
