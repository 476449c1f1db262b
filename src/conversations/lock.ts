import type { ConversationLock } from './ports.js';

export type { ConversationLock, TurnLease } from './ports.js';

/** The in-process lock: serialises work per key on this node (no fencing token: one process, one writer). */
export function createLocalLock(): ConversationLock {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: (lease: { fence?: number }) => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(
        () => work({}),
        () => work({}),
      );
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
