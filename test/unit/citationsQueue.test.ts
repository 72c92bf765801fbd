import * as assert from 'node:assert/strict';
import { CheckQueue } from '../../src/core/citations';

describe('citations: the background queue', () => {
  it('checks each queued note once, in order, and yields after each slice of time', async () => {
    const checked: string[] = [];
    let pauses = 0;
    const queue = new CheckQueue(
      async (path) => {
        checked.push(path);
        const until = Date.now() + 3;
        while (Date.now() < until); // 3 ms of work
      },
      { sliceMs: 5, pause: async () => void pauses++ },
    );
    await queue.add(['a', 'b', 'a', 'c', 'd']);
    assert.deepEqual(checked, ['a', 'b', 'c', 'd']);
    assert.ok(pauses >= 1 && pauses <= 2, `paused ${pauses} times`);
  });

  it('lets timers run between slices, so it never holds the thread for long', async () => {
    const queue = new CheckQueue(async () => {
      const until = Date.now() + 2;
      while (Date.now() < until);
    }, { sliceMs: 4 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await queue.add(Array.from({ length: 40 }, (_, i) => `note-${i}`)); // 80 ms of work
    clearInterval(timer);
    assert.ok(ticks >= 10, `the timer ran ${ticks} times`);
  });

  it('takes notes added while it runs, reports failures and goes on, and is idle when done', async () => {
    const checked: string[] = [];
    const failed: string[] = [];
    const queue = new CheckQueue(
      async (path) => {
        checked.push(path);
        if (path === 'a') void queue.add(['late']);
        if (path === 'bad') throw new Error('unreadable');
      },
      { onError: (path) => failed.push(path) },
    );
    const done = queue.add(['a', 'bad', 'b']);
    await queue.idle();
    await done;
    assert.deepEqual(checked, ['a', 'bad', 'b', 'late']);
    assert.deepEqual(failed, ['bad']);
    await queue.add([]);
    await queue.add(['again']);
    assert.equal(checked.at(-1), 'again');
  });
});
