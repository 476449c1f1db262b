import type { WireError } from './errors.js';
import type { MirrorNote } from './record-mirror.js';
import type { SqliteStoreOptions } from './connection.js';

/** Options of the worker-backed SQLite store. */
export interface SqliteWorkerStoreOptions extends SqliteStoreOptions {
  /**
   * At most this many calls share one transaction (group commit). 1 turns group commit off: one transaction,
   * one fsync per call (benchmarks compare both). Default 256.
   */
  maxBatchCalls?: number;
}

/** What the worker opens a store with: the options but the clock, which stays on the calling thread. */
export type WorkerOpenOptions = Omit<SqliteWorkerStoreOptions, 'clock'>;

/**
 * Main thread → worker. Messages of one event-loop turn travel together as one array. A call's `at` is the caller's
 * clock when it made the call (ms): the time the call stamps (updatedAt, recordedAt), so the store's times are the
 * hub's one clock, a manual one in tests too.
 */
export type ToWorker =
  | { t: 'open'; h: number; options: WorkerOpenOptions }
  | { t: 'call'; h: number; id: number; m: string; a: unknown[]; at?: number }
  | { t: 'close'; h: number; id: number }
  | { t: 'stats'; id: number };

/** `m`: what the main thread's record mirror does with this reply (sqlite/record-mirror.ts). */
export type Reply =
  { id: number; ok: true; v: unknown; m?: MirrorNote } | { id: number; ok: false; e: WireError };

/** Worker → main thread. */
export type FromWorker = { t: 'opened'; h: number; error?: WireError } | { t: 'replies'; r: Reply[] };

/** Counters of the group commit, for benchmarks and tests. */
export interface GroupCommitStats {
  /** Store calls answered. */
  calls: number;
  /** Batches run (each one transaction, or none for read-only batches). */
  batches: number;
  /** Write transactions committed (each one fsync with synchronous=full). */
  commits: number;
  /** The largest batch so far. */
  largestBatch: number;
}
