import {
  createSqliteStore as createOn,
  createSqliteWorkerHost,
  openSqliteStore as openOn,
  type SqliteWorkerStoreOptions,
} from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/types.js';

/**
 * The store worker of this test file (each file has its own module graph), shared by the stores it opens as the
 * server shares one between its stores. The worker keeps the process alive only while a call is outstanding.
 */
export const sqliteHost = createSqliteWorkerHost();
/** The search worker, as the server has one (history search and reports on a connection that only reads). */
export const sqliteSearchHost = createSqliteWorkerHost();
/** The lookup worker, as the server has one (the reads of a lead's first message, on a connection that only reads). */
export const sqliteLookupHost = createSqliteWorkerHost();

export const createSqliteStore = (options: SqliteWorkerStoreOptions): Store =>
  createOn(sqliteHost, options, sqliteSearchHost, sqliteLookupHost);
export const openSqliteStore = (options: SqliteWorkerStoreOptions): Promise<Store> =>
  openOn(sqliteHost, options, sqliteSearchHost, sqliteLookupHost);
