import type { Clock } from '../../llm/clock.js';
import type Database from 'better-sqlite3';
import { needsTruncatedLog, TRUNCATE_LOG_AFTER, truncateLog } from './log.js';
import type { SqliteConnection } from './connection.js';
import type { Store } from '../types.js';

/** One store call as it travels to the worker: a method of the Store port by name, with its arguments. */
export interface StoreCall {
  method: string;
  args: unknown[];
  /** The caller's clock when it made the call (ms): what the call stamps (protocol.ts). */
  atMs?: number;
}

/**
 * The clock a worker's connection stamps times with: the caller's time of the call being run (StoreCall.atMs),
 * set by runBatch before each call. A call that carries no time (a connection used directly) gets the system's.
 */
export interface CallClock extends Clock {
  runningCall(call: StoreCall): void;
}

export function createCallClock(): CallClock {
  let atMs: number | undefined;
  return {
    now: () => atMs ?? Date.now(),
    runningCall: (call) => void (atMs = call.atMs),
  };
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Store methods that only read. A batch made only of these runs without a write transaction, so reads never
 * wait for another process's write lock. Any method not listed counts as a write (the safe default for methods
 * added later).
 */
export const READ_ONLY_METHODS: ReadonlySet<string> = new Set([
  'getLead',
  'findLeadByVisitor',
  'getConversation',
  'findOpenConversationForLead',
  'listConversations',
  'messagesAfter',
  'lastMessages',
  'findMessageByClientId',
  'listFollowUps',
  'findVisitorSecret',
  'getVisitorSecret',
  'findIdentity',
  'searchConversations',
  'unreadCounts',
  'getListing',
  'listActiveListings',
  'hasListings',
  'leadEvents',
  'rollups',
  'agentRollups',
  'dueOutboxEvents',
  'getOutboxEvent',
  'listOutboxEvents',
  'getTenant',
  'listTenants',
  'getExperiment',
  'listExperiments',
  'runningExperiments',
  // Not 'ping': readiness proves that a write commits.
]);

/**
 * The appends, by the position of their message among their arguments. A batch prepares their texts before they
 * run (seals them and finds their search words: SqliteConnection.prepareAppends) and writes their search rows at
 * its end (sqlite/search-rows.ts).
 */
const APPEND_MESSAGE_ARGUMENT: ReadonlyMap<string, number> = new Map([
  ['appendMessage', 1],
  ['appendToOpenConversation', 2],
]);

/** The texts of the messages a batch appends. */
function appendedTexts(calls: StoreCall[]): string[] {
  const texts: string[] = [];
  for (const call of calls) {
    const position = APPEND_MESSAGE_ARGUMENT.get(call.method);
    const text =
      position === undefined ? undefined : (call.args[position] as { text?: unknown } | null)?.text;
    if (typeof text === 'string') texts.push(text);
  }
  return texts;
}

/** The calls that read the lead events' rollups (a batch writes the deferred increments before them). */
const ROLLUP_READS: ReadonlySet<string> = new Set(['rollups', 'agentRollups']);

/** The per-call savepoint's statements, prepared once per connection (a batch runs them for every call). */
const savepoints = new WeakMap<
  Database.Database,
  Record<'begin' | 'rollback' | 'release', Database.Statement>
>();
function savepointsOf(db: Database.Database) {
  let prepared = savepoints.get(db);
  if (!prepared) {
    prepared = {
      begin: db.prepare('SAVEPOINT call'),
      rollback: db.prepare('ROLLBACK TO call'),
      release: db.prepare('RELEASE call'),
    };
    savepoints.set(db, prepared);
  }
  return prepared;
}

async function invoke(store: Store, call: StoreCall): Promise<CallOutcome> {
  try {
    const method = (store as unknown as Record<string, unknown>)[call.method];
    if (typeof method !== 'function' || call.method === 'close') {
      throw new TypeError(`The store has no method ${call.method}`);
    }
    return { ok: true, value: await (method as (...args: unknown[]) => unknown).apply(store, call.args) };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * Group commit: runs calls that arrived together in ONE transaction with one COMMIT (one fsync). Each call runs
 * inside its own SAVEPOINT, so a failing call (CONFLICT, NOT_FOUND, a constraint) rolls back only its own writes
 * and the others still commit. The outcomes are final only once this resolves: when BEGIN or COMMIT fails, or
 * SQLite rolls the whole transaction back, every call of the batch fails, because none of them is durable.
 * Calls run one after the other in arrival order, so a read sees every write queued before it.
 */
export async function runBatch(connection: SqliteConnection, calls: StoreCall[], clock?: CallClock) {
  try {
    return await runBatchCalls(connection, calls, clock);
  } finally {
    connection.dropPrepared();
  }
}

async function runBatchCalls(connection: SqliteConnection, calls: StoreCall[], clock?: CallClock) {
  const { db, store, searchRows, rollupWrites } = connection;
  const savepoint = savepointsOf(db);
  const outcomes: CallOutcome[] = [];
  const run = (call: StoreCall) => {
    clock?.runningCall(call);
    return invoke(store, call);
  };
  if (calls.every((call) => READ_ONLY_METHODS.has(call.method))) {
    for (const call of calls) outcomes.push(await run(call));
    return outcomes;
  }
  const failAll = (error: unknown) => calls.map((): CallOutcome => ({ ok: false, error }));
  try {
    // Before BEGIN: another process sharing the file does not wait for the sealing.
    connection.prepareAppends(appendedTexts(calls));
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    return failAll(error);
  }
  const abandon = (error: unknown) => {
    searchRows.dropAfter(0);
    searchRows.flush();
    rollupWrites.dropAfter(0);
    rollupWrites.flush();
    if (db.inTransaction) db.exec('ROLLBACK');
    return failAll(error);
  };
  searchRows.defer();
  // The lead events' rollups: each row written once per batch (sqlite/analytics.ts DeferredRollups).
  rollupWrites.defer();
  for (const call of calls) {
    try {
      // Every other call sees the index as if each append had written its rows (one FTS flush per batch).
      if (!APPEND_MESSAGE_ARGUMENT.has(call.method)) {
        searchRows.flush();
        searchRows.defer();
      }
      // A read of the rollups sees every increment of the calls before it.
      if (ROLLUP_READS.has(call.method)) {
        rollupWrites.flush();
        rollupWrites.defer();
      }
    } catch (error) {
      return abandon(error);
    }
    const mark = searchRows.mark();
    const rollupMark = rollupWrites.mark();
    try {
      savepoint.begin.run();
    } catch (error) {
      // FTS5 writes its buffer at a SAVEPOINT (a full disk fails here): never leave the transaction open.
      return abandon(error);
    }
    const outcome = await run(call);
    if (!db.inTransaction) {
      searchRows.dropAfter(0);
      searchRows.flush();
      rollupWrites.dropAfter(0);
      rollupWrites.flush();
      return failAll(outcome.ok ? new Error('The transaction ended early') : outcome.error);
    }
    try {
      if (!outcome.ok) {
        savepoint.rollback.run();
        searchRows.dropAfter(mark);
        rollupWrites.dropAfter(rollupMark);
      }
      savepoint.release.run();
    } catch (error) {
      return abandon(error);
    }
    outcomes.push(outcome);
  }
  try {
    searchRows.flush();
    rollupWrites.flush();
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    return failAll(error);
  }
  return afterCommit(db, calls, outcomes);
}

/**
 * An erasure is answered only once the log no longer holds the pages it changed (sqlite/log.ts); when the log
 * cannot be cleared yet, the erasure's own answer is UNAVAILABLE (it is stored; asking again clears the log), and
 * the other calls of the batch keep theirs.
 */
function afterCommit(db: Database.Database, calls: StoreCall[], outcomes: CallOutcome[]): CallOutcome[] {
  if (!needsTruncatedLog(calls, outcomes)) return outcomes;
  try {
    truncateLog(db);
    return outcomes;
  } catch (error) {
    return outcomes.map((outcome, index) =>
      TRUNCATE_LOG_AFTER.has(calls[index]!.method) ? { ok: false, error } : outcome,
    );
  }
}
