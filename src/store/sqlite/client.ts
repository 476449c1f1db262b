import { unavailable } from './errors.js';
import { createSqliteWorkerHost, type SqliteWorkerHost } from './host.js';
import type { GroupCommitStats, SqliteWorkerStoreOptions } from './protocol.js';
import { openSqliteConnection } from './store.js';
import type { Store } from '../types.js';

export type { GroupCommitStats, SqliteWorkerStoreOptions } from './protocol.js';

let processHost: SqliteWorkerHost | undefined;
let methodNames: readonly string[] | undefined;

/** The one store worker of this process, started on first use (many stores share it: tests, peers). */
export function sqliteWorkerHost(): SqliteWorkerHost {
  processHost ??= createSqliteWorkerHost();
  return processHost;
}

/**
 * The names of the SQLite store's methods, read once from a throw-away in-memory store, so that the proxy has
 * exactly the methods the implementation has (a method added to sqlite/store.ts needs no wiring here).
 */
function storeMethodNames(): readonly string[] {
  if (!methodNames) {
    const { db, store } = openSqliteConnection({ file: ':memory:' });
    methodNames = Object.entries(store)
      .filter(([name, value]) => typeof value === 'function' && name !== 'close')
      .map(([name]) => name);
    db.close();
  }
  return methodNames;
}

/**
 * The embedded SQLite store, with every call run on the store worker thread: the event loop never waits for a
 * query or an fsync. Calls that arrive together share one transaction and one fsync (group commit); each call
 * resolves only after its transaction committed, so an ack sent on resolution is durable. Arguments and results
 * are structured-cloned; errors come back as the same HubError codes and messages.
 */
export function createSqliteStore(options: SqliteWorkerStoreOptions): Store {
  return createStoreOn(sqliteWorkerHost(), options).store;
}

/** Like createSqliteStore, but waits until the database is open and rejects with the reason when it cannot be. */
export async function openSqliteStore(options: SqliteWorkerStoreOptions): Promise<Store> {
  const { store, opened } = createStoreOn(sqliteWorkerHost(), options);
  try {
    await opened;
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Group-commit counters of this process's store worker (benchmarks, tests). */
export function sqliteGroupCommitStats(): Promise<GroupCommitStats> {
  return sqliteWorkerHost().stats();
}

function createStoreOn(host: SqliteWorkerHost, options: SqliteWorkerStoreOptions) {
  const { handle, opened } = host.open({ ...options });
  // An open failure reaches callers through their calls (and openSqliteStore); never unhandled.
  opened.catch(() => undefined);
  let closed: Promise<void> | undefined;
  const store: Record<string, unknown> = {
    kind: 'sqlite',
    close: () => (closed ??= host.close(handle)),
  };
  for (const name of storeMethodNames()) {
    store[name] = (...args: unknown[]) =>
      closed ? Promise.reject(unavailable('the store is closed')) : host.call(handle, name, args);
  }
  return { store: store as unknown as Store, opened };
}
