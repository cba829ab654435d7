/**
 * One lock per archive, held by an import for as long as it writes and by an open that finds
 * an unfinished import to undo (stagedApply.ts): across windows and workers through the Web
 * Locks API, which releases a lock when its holder's window or worker goes away (so a crashed
 * import never holds it). Where there is no Web Locks API (Node, in tests), a lock within this
 * one process.
 */
export function withArchiveLock<T>(archive: string, work: () => Promise<T>): Promise<T> {
  const name = `kartoteka-archive:${archive}`;
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  // request() resolves with what the callback resolves with.
  if (locks) return locks.request(name, () => work()) as Promise<T>;
  return inProcess(name, work);
}

const queues = new Map<string, Promise<unknown>>();

function inProcess<T>(name: string, work: () => Promise<T>): Promise<T> {
  const before = queues.get(name) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return run;
}
