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
