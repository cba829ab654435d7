import { describe, expect, it } from 'vitest';
import { readAhead } from './readAhead.js';

/** A read resolved or rejected by hand, that records when it was started. */
function manualReads(n: number) {
  const started: number[] = [];
  const settle: Array<{ resolve: (v: number) => void; reject: (e: Error) => void }> = [];
  const reads = Array.from({ length: n }, (_, i) => () => {
    started.push(i);
    return new Promise<number>((resolve, reject) => (settle[i] = { resolve, reject }));
  });
  return { reads, started, settle };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('readAhead', () => {
  it('gives every result in order, though later reads finish first', async () => {
    const { reads, settle } = manualReads(5);
    const out: number[] = [];
    const done = (async () => {
      for await (const value of readAhead(reads, 2)) out.push(value);
    })();
    await tick();
    settle[1]?.resolve(10);
    await tick();
    expect(out).toEqual([]);
    settle[0]?.resolve(0);
    await tick();
    expect(out).toEqual([0, 10]);
    settle[3]?.resolve(30);
    await tick();
    expect(out).toEqual([0, 10]);
    settle[2]?.resolve(20);
    await tick();
    settle[4]?.resolve(40);
    await done;
    expect(out).toEqual([0, 10, 20, 30, 40]);
  });

  it('keeps `depth` reads under way while the caller holds a result, and no more', async () => {
    const { reads, started, settle } = manualReads(6);
    const iterator = readAhead(reads, 2);
    const first = iterator.next();
    await tick();
    expect(started).toEqual([0, 1]);
    settle[0]?.resolve(0);
    expect(await first).toEqual({ done: false, value: 0 });
    // Holding result 0: reads 1 and 2 are under way, 3 is not.
    expect(started).toEqual([0, 1, 2]);
    settle[1]?.resolve(1);
    settle[2]?.resolve(2);
    expect((await iterator.next()).value).toBe(1);
    expect(started).toEqual([0, 1, 2, 3]);
    // Stopped early: nothing more is started.
    await iterator.return(undefined);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('throws a failed read at its place, after the results before it; reads not taken are not unhandled', async () => {
    const { reads, settle } = manualReads(4);
    const out: number[] = [];
    const done = (async () => {
      for await (const value of readAhead(reads, 3)) out.push(value);
    })();
    await tick();
    // Read 2 fails before read 0 has finished; read 3, never taken, fails too.
    settle[2]?.reject(new Error('read 2 failed'));
    settle[0]?.resolve(0);
    settle[1]?.resolve(1);
    await expect(done).rejects.toThrow('read 2 failed');
    settle[3]?.reject(new Error('read 3 failed'));
    await tick();
    expect(out).toEqual([0, 1]);
  });

  it('reads one at a time with a depth below one', async () => {
    const { reads, started, settle } = manualReads(2);
    const iterator = readAhead(reads, 0);
    const first = iterator.next();
    await tick();
    expect(started).toEqual([0]);
    settle[0]?.resolve(0);
    await first;
    expect(started).toEqual([0, 1]);
    settle[1]?.resolve(1);
    expect((await iterator.next()).value).toBe(1);
    expect((await iterator.next()).done).toBe(true);
  });
});
