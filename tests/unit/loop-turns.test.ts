import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createTurnQueue } from '../../src/loop-turns.js';

describe('turn queue', () => {
  it('lets its waiters go one per event-loop iteration, first come first served', async () => {
    let iteration = 0;
    let ticking = true;
    const tick = () => {
      iteration += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const next = createTurnQueue();
    const order: number[] = [];
    const seen = await Promise.all(
      [0, 1, 2, 3].map(async (i) => {
        await next();
        order.push(i);
        return iteration;
      }),
    );
    ticking = false;
    expect(order).toEqual([0, 1, 2, 3]);
    expect(new Set(seen).size).toBe(4);
  });

  it('lets I/O that arrived meanwhile run between two waiters', async () => {
    // A message port delivers through the event loop's I/O phase, as a socket read does.
    const { port1, port2 } = new MessageChannel();
    const received: string[] = [];
    port1.on('message', (byte: string) => received.push(byte));
    const next = createTurnQueue();
    // Each start sends a byte; the next start already finds it read, as a running stream's delta would be.
    const readBefore = await Promise.all(
      ['a', 'b', 'c'].map(async (byte) => {
        await next();
        const before = received.join('');
        port2.postMessage(byte);
        return before;
      }),
    );
    expect(readBefore).toEqual(['', 'a', 'ab']);
    port1.close();
  });
});
