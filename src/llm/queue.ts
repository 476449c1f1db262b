import type { ModelStream } from './port.js';

/** A minimal push → pull queue bridging event callbacks to an async iterator. */
export interface AsyncQueue<T> extends AsyncIterable<T> {
  push(item: T): void;
  fail(error: unknown): void;
  close(): void;
}

export function createAsyncQueue<T>(): AsyncQueue<T> {
  const items: T[] = [];
  let waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | undefined;
  let done = false;
  let failure: { error: unknown } | undefined;

  const settle = () => {
    if (!waiting) return;
    const reader = waiting;
    if (items.length > 0) {
      waiting = undefined;
      reader.resolve({ value: items.shift() as T, done: false });
    } else if (failure) {
      waiting = undefined;
      reader.reject(failure.error);
    } else if (done) {
      waiting = undefined;
      reader.resolve({ value: undefined, done: true });
    }
  };

  return {
    push(item) {
      if (done || failure) return;
      items.push(item);
      settle();
    },
    fail(error) {
      if (done || failure) return;
      failure = { error };
      settle();
    },
    close() {
      done = true;
      settle();
    },
    [Symbol.asyncIterator]() {
      return {
        next: () =>
          new Promise<IteratorResult<T>>((resolve, reject) => {
            waiting = { resolve, reject };
            settle();
          }),
      };
    },
  };
}

/**
 * A ModelStream over a provider's delivery function: `deliver` hands deltas straight through; the async iterator
 * queues them, and leaving its loop early aborts the request through `stop`. Nothing starts before `deliver` or
 * the iterator's first `next()`.
 */
export function deliveredStream(
  start: (onText: (text: string) => void, stop?: AbortSignal) => Promise<void>,
): ModelStream {
  return {
    deliver: (onText) => start(onText),
    [Symbol.asyncIterator]() {
      const queue = createAsyncQueue<string>();
      const reader = queue[Symbol.asyncIterator]();
      const stop = new AbortController();
      let started = false;
      return {
        next() {
          if (!started) {
            started = true;
            start((text) => queue.push(text), stop.signal).then(
              () => queue.close(),
              (error: unknown) => queue.fail(error),
            );
          }
          return reader.next();
        },
        return() {
          stop.abort();
          queue.close();
          return Promise.resolve({ done: true, value: undefined });
        },
      };
    },
  };
}
