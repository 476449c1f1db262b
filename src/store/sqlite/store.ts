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
 * structured-cloned; errors come back as the same HubError codes and messages. With `searches` and `lookups`
 * (other hosts, each with a worker of its own), the calls of SEARCH_METHODS and LOOKUP_METHODS run there on
 * connections that only read.
 */
export function createSqliteStore(
  host: SqliteWorkerHost,
  options: SqliteWorkerStoreOptions,
  searches?: SqliteWorkerHost,
  lookups?: SqliteWorkerHost,
): Store {
  return createStoreOn(host, options, { searches, lookups }).store;
}

/**
 * Like createSqliteStore, but waits until the database is open (and, with a search or lookup host, its read
 * connection too: else the first report, search or new conversation after start pays for opening it) and rejects
 * with the reason when it cannot be.
 */
export async function openSqliteStore(
  host: SqliteWorkerHost,
  options: SqliteWorkerStoreOptions,
  searches?: SqliteWorkerHost,
  lookups?: SqliteWorkerHost,
): Promise<Store> {
  const { store, opened } = createStoreOn(host, options, { searches, lookups });
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

/**
 * The reads of a lead's first message, before the append that starts its conversation (conversations/service.ts
 * newConversation: the tenant's running experiment, the catalogue's listing for the bot). With a lookup host they
 * run there, on a third worker and a connection of its own that only reads: on the writer they waited for the
 * group commit in progress and then rode in the next one (under steady appends as long as an append, against about
 * 1 ms here: bench/first-reads.ts); on the search worker they would wait behind history searches. Exact as the
 * searches are: a read there sees every write acked before it was sent (an experiment started or a listing
 * imported, then a first message), and a write still in flight may or may not be seen, as on the writer (the read
 * and the append are two calls either way).
 */
export const LOOKUP_METHODS: ReadonlySet<string> = new Set(['listExperiments', 'getListing', 'hasListings']);

/** The other workers a store's reads may run on (createSqliteStore): none, either or both. */
interface ReadHosts {
  searches: SqliteWorkerHost | undefined;
  lookups: SqliteWorkerHost | undefined;
}

function createStoreOn(host: SqliteWorkerHost, options: SqliteWorkerStoreOptions, readHosts: ReadHosts) {
  // The clock stays here: each call carries its reading, the time the call stamps (protocol.ts).
  const { clock = systemClock, ...wire } = options;
  const { handle, opened } = host.open(wire);
  // An open failure reaches callers through their calls (and openSqliteStore); never unhandled.
  opened.catch(() => undefined);
  // An in-memory database has no second connection to read it.
  const readerOn = (reads: SqliteWorkerHost | undefined) =>
    reads && options.file !== ':memory:' ? openReader(reads, wire, opened) : undefined;
  const searches = readerOn(readHosts.searches);
  const lookups = readerOn(readHosts.lookups);
  let closed: Promise<void> | undefined;
  const store: Record<string, unknown> = {
    kind: 'sqlite',
    close: () =>
      (closed ??= Promise.all([host.close(handle), searches?.close(), lookups?.close()]).then(
        () => undefined,
      )),
  };
  for (const name of host.methodNames(storeMethodNames)) {
    const reader =
      (SEARCH_METHODS.has(name) ? searches : undefined) ?? (LOOKUP_METHODS.has(name) ? lookups : undefined);
    const call = reader
      ? (args: unknown[]) => reader.call(name, args)
      : (args: unknown[]) => host.call(handle, name, args, clock.now());
    store[name] = (...args: unknown[]) =>
      closed ? Promise.reject(unavailable('the store is closed')) : call(args);
  }
  const ready = Promise.all([opened, searches?.ready, lookups?.ready]).then(() => undefined);
  ready.catch(() => undefined);
  return { store: store as unknown as Store, opened: ready };
}

/** A query-only connection on `reads`, opened once the writer has opened (and migrated) the file. */
function openReader(reads: SqliteWorkerHost, options: WorkerOpenOptions, writerOpened: Promise<void>) {
  const handle = writerOpened.then(() => {
    const reader = reads.open({ ...options, queryOnly: true });
    return reader.opened.then(() => reader.handle);
  });
  handle.catch(() => undefined);
  return {
    ready: handle.then(() => undefined),
    call: (name: string, args: unknown[]) => handle.then((reader) => reads.call(reader, name, args)),
    close: () =>
      handle.then(
        (reader) => reads.close(reader),
        () => undefined,
      ),
  };
}
