/** Where a client keeps what must survive a page reload (lastSeq, the unsent outbox, a transcript cache). */
export interface KeyValueStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/**
 * Wraps a Web Storage object (localStorage). Failures (quota, privacy modes that throw) are swallowed: the
 * conversation still works, it just does not survive a reload.
 */
export function webStorage(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): KeyValueStorage {
  return {
    get(key) {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage.setItem(key, value);
      } catch {
        // ignored: see above
      }
    },
    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        // ignored: see above
      }
    },
  };
}

/** Reads a JSON value; anything unreadable counts as absent. */
export function readJson<T>(
  storage: KeyValueStorage,
  key: string,
  check: (value: unknown) => value is T,
): T | undefined {
  const raw = storage.get(key);
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return check(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
