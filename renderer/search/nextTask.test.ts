import { describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

describe('nextTask', () => {
  it('resolves in a later task: after the microtasks queued now, and in a loop', async () => {
    const order: string[] = [];
    const paused = nextTask().then(() => order.push('task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await paused;
    expect(order).toEqual(['microtask', 'task']);
    for (let i = 0; i < 50; i++) await nextTask();
  });
});
