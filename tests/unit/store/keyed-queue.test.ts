import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from '../../../src/store/keyed-queue.js';

/** A promise with its resolver, to control when a task finishes. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('createKeyedQueue', () => {
  it('runs the tasks of one key one at a time, in call order', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string) => async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await Promise.resolve();
      await Promise.resolve();
      log.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((name) => queue.run('k', task(name))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs different keys concurrently', async () => {
    const queue = createKeyedQueue();
    const first = gate();
    const blocked = queue.run('one', () => first.promise.then(() => 'one'));
    await expect(queue.run('two', async () => 'two')).resolves.toBe('two');
    first.open();
    await expect(blocked).resolves.toBe('one');
  });

  it('keeps going after a failed task and forgets idle keys', async () => {
    const queue = createKeyedQueue();
    const failed = queue.run('k', () => Promise.reject(new Error('boom')));
    const next = queue.run('k', async () => 'after');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('after');
    await expect.poll(() => queue.size).toBe(0);
  });
});
