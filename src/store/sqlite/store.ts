import { openSqliteConnection } from './connection.js';
import { unavailable } from './errors.js';
import type { SqliteWorkerHost } from './host.js';
import type { SqliteWorkerStoreOptions } from './protocol.js';
import type { Store } from '../types.js';

export { openSqliteConnection, SCHEMA_VERSION } from './connection.js';
export { createSqliteWorkerHost, type SqliteWorkerHost } from './host.js';
export type { GroupCommitStats, SqliteWorkerStoreOptions } from './protocol.js';

/**
 * The embedded SQLite store, with every call run on the store worker thread of `host` (createSqliteWorkerHost,
 * built once by the process that owns it and shared by its stores): the event loop never waits for a query or an
 * fsync. Calls that arrive together share one transaction and one fsync (group commit); each call resolves only
 * after its transaction committed, so an ack sent on resolution is durable. Arguments and results are
 * structured-cloned; errors come back as the same HubError codes and messages.
 */
export function createSqliteStore(host: SqliteWorkerHost, options: SqliteWorkerStoreOptions): Store {
  return createStoreOn(host, options).store;
}

/** Like createSqliteStore, but waits until the database is open and rejects with the reason when it cannot be. */
export async function openSqliteStore(
  host: SqliteWorkerHost,
  options: SqliteWorkerStoreOptions,
): Promise<Store> {
  const { store, opened } = createStoreOn(host, options);
  try {
    await opened;
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * The names of the SQLite store's methods, read from a throw-away in-memory store, so that the proxy has exactly
 * the methods the implementation has (a method added to sqlite/connection.ts needs no wiring here).
 */
function storeMethodNames(): string[] {
  const { db, store } = openSqliteConnection({ file: ':memory:' });
  const names = Object.entries(store)
    .filter(([name, value]) => typeof value === 'function' && name !== 'close')
    .map(([name]) => name);
  db.close();
  return names;
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
  for (const name of host.methodNames(storeMethodNames)) {
    store[name] = (...args: unknown[]) =>
      closed ? Promise.reject(unavailable('the store is closed')) : host.call(handle, name, args);
  }
  return { store: store as unknown as Store, opened };
}
