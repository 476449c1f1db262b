/**
 * One writer per conversation. The in-process lock serialises work per key on this node; the cluster layer
 * provides a Redis-backed implementation with the same shape.
 */
export interface ConversationLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createLocalLock(): ConversationLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(work, work);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
