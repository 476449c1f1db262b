import { openSqliteConnection } from './connection.js';
import { unavailable } from './errors.js';
import type { SqliteWorkerHost } from './host.js';
import type { SqliteWorkerStoreOptions, WorkerOpenOptions } from './protocol.js';
import { systemClock } from '../../llm/clock.js';
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
export function createSqliteStore(
  host: SqliteWorkerHost,
  options: SqliteWorkerStoreOptions,
  searches?: SqliteWorkerHost,
): Store {
  return createStoreOn(host, options, searches).store;
}

/**
 * Like createSqliteStore, but waits until the database is open (and, with a search host, its read connection too:
 * else the first report or search after start pays for opening it) and rejects with the reason when it cannot be.
 */
export async function openSqliteStore(
  host: SqliteWorkerHost,
  options: SqliteWorkerStoreOptions,
  searches?: SqliteWorkerHost,
): Promise<Store> {
  const { store, opened } = createStoreOn(host, options, searches);
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

/**
 * The staff's long reads: history search and the reports. With a search host they run there, on a second worker
 * and a connection of its own that only reads (WAL readers never wait for the writer, nor it for them), so a search
 * never queues behind the appends of the lead messages, nor they behind it. A read there sees every write that
 * committed before it was sent (each acked write); not a write still in flight on the other worker.
 */
export const SEARCH_METHODS: ReadonlySet<string> = new Set([
  'searchConversations',
  'leadEvents',
  'rollups',
  'agentRollups',
]);

function createStoreOn(
  host: SqliteWorkerHost,
  options: SqliteWorkerStoreOptions,
  searches: SqliteWorkerHost | undefined,
) {
  // The clock stays here: each call carries its reading, the time the call stamps (protocol.ts).
  const { clock = systemClock, ...wire } = options;
  const { handle, opened } = host.open(wire);
  // An open failure reaches callers through their calls (and openSqliteStore); never unhandled.
  opened.catch(() => undefined);
  // An in-memory database has no second connection to read it.
  const reader = searches && options.file !== ':memory:' ? openReader(searches, wire, opened) : undefined;
  let closed: Promise<void> | undefined;
  const store: Record<string, unknown> = {
    kind: 'sqlite',
    close: () => (closed ??= Promise.all([host.close(handle), reader?.close()]).then(() => undefined)),
  };
  for (const name of host.methodNames(storeMethodNames)) {
    const call =
      reader && SEARCH_METHODS.has(name)
        ? (args: unknown[]) => reader.call(name, args)
        : (args: unknown[]) => host.call(handle, name, args, clock.now());
    store[name] = (...args: unknown[]) =>
      closed ? Promise.reject(unavailable('the store is closed')) : call(args);
  }
  const ready = reader ? Promise.all([opened, reader.ready]).then(() => undefined) : opened;
  ready.catch(() => undefined);
  return { store: store as unknown as Store, opened: ready };
}

/** The search connection, opened on `searches` once the writer has opened (and migrated) the file. */
function openReader(searches: SqliteWorkerHost, options: WorkerOpenOptions, writerOpened: Promise<void>) {
  const handle = writerOpened.then(() => {
    const reader = searches.open({ ...options, queryOnly: true });
    return reader.opened.then(() => reader.handle);
  });
  handle.catch(() => undefined);
  return {
    ready: handle.then(() => undefined),
    call: (name: string, args: unknown[]) => handle.then((reader) => searches.call(reader, name, args)),
    close: () =>
      handle.then(
        (reader) => searches.close(reader),
        () => undefined,
      ),
  };
}
