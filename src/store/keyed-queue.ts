export interface KeyedQueue {
  /** Runs task after every earlier task of the same key has settled; other keys run concurrently. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Keys with a task queued or running. */
  readonly size: number;
}

const ignore = (): void => undefined;

/**
 * A per-key FIFO of async tasks, one at a time per key. A failed task does not block the ones behind it, and a
 * key is forgotten as soon as its queue is empty.
 */
export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const result = (tails.get(key) ?? Promise.resolve()).then(task);
      const tail = result.then(ignore, ignore);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    get size() {
      return tails.size;
    },
  };
}
