import { parentPort } from 'node:worker_threads';
import { createCallClock, runBatch, READ_ONLY_METHODS, type CallClock, type StoreCall } from './batch.js';
import { toWireError, type WireError } from './errors.js';
import type { FromWorker, GroupCommitStats, Reply, ToWorker } from './protocol.js';
import { createWorkerMirror } from './record-mirror.js';
import { openSqliteConnection, type SqliteConnection } from './connection.js';

/**
 * The store worker thread: owns the better-sqlite3 connections of this process (one per open store) and runs
 * their calls in arrival order. Calls of one store that arrive while the previous batch commits form the next
 * batch, which runs in one transaction (group commit, see runBatch). Replies leave only after the COMMIT.
 * Stores are served one batch at a time, so two stores of this process never hold transactions at once.
 */
type Entry = { kind: 'call'; id: number; call: StoreCall } | { kind: 'close'; id: number };

interface Open {
  connection?: SqliteConnection;
  /** The connection's clock: the time of the call it runs (each call carries its caller's clock reading). */
  clock: CallClock;
  failed?: WireError;
  maxBatchCalls: number;
  queue: Entry[];
}

const port = parentPort;
if (!port) throw new Error('sqlite/worker.ts runs as a worker thread (see host.ts)');

const stores = new Map<number, Open>();
const stats: GroupCommitStats = { calls: 0, batches: 0, commits: 0, largestBatch: 0 };
const closedError: WireError = {
  code: 'UNAVAILABLE',
  name: 'HubError',
  message: 'The store is unavailable; retry shortly',
};
let draining = false;
/** Which conversation records the main thread already holds (an append's reply then leaves its record out). */
const mirror = createWorkerMirror();

const post = (message: FromWorker) => port.postMessage(message);

function receive(message: ToWorker, replies: Reply[]): void {
  if (message.t === 'open') {
    const { maxBatchCalls = 256, ...options } = message.options;
    const open: Open = { maxBatchCalls: Math.max(1, maxBatchCalls), queue: [], clock: createCallClock() };
    try {
      open.connection = openSqliteConnection({ ...options, clock: open.clock });
    } catch (error) {
      open.failed = toWireError(error);
    }
    stores.set(message.h, open);
    post({ t: 'opened', h: message.h, ...(open.failed ? { error: open.failed } : {}) });
  } else if (message.t === 'stats') {
    replies.push({ id: message.id, ok: true, v: { ...stats } });
  } else {
    const open = stores.get(message.h);
    if (!open) {
      // Closing twice is fine; a call on a closed store is refused like any call the store cannot serve.
      replies.push(
        message.t === 'close'
          ? { id: message.id, ok: true, v: undefined }
          : { id: message.id, ok: false, e: closedError },
      );
      return;
    }
    open.queue.push(
      message.t === 'call'
        ? {
            kind: 'call',
            id: message.id,
            call: {
              method: message.m,
              args: message.a,
              ...(message.at === undefined ? {} : { atMs: message.at }),
            },
          }
        : { kind: 'close', id: message.id },
    );
  }
}

/** Runs the next batch of one store: every queued call up to its next close (or maxBatchCalls). */
async function runNext(handle: number, open: Open): Promise<Reply[]> {
  const first = open.queue[0];
  if (first?.kind === 'close') {
    open.queue.shift();
    stores.delete(handle);
    open.connection?.db.close();
    return [{ id: first.id, ok: true, v: undefined }, ...failQueued(open)];
  }
  const entries: Extract<Entry, { kind: 'call' }>[] = [];
  while (entries.length < open.maxBatchCalls && open.queue[0]?.kind === 'call') {
    entries.push(open.queue.shift() as Extract<Entry, { kind: 'call' }>);
  }
  const calls = entries.map((entry) => entry.call);
  stats.calls += calls.length;
  stats.batches += 1;
  stats.largestBatch = Math.max(stats.largestBatch, calls.length);
  if (!open.connection) {
    const error = open.failed ?? closedError;
    return entries.map((entry) => ({ id: entry.id, ok: false, e: error }));
  }
  let outcomes;
  try {
    // A file deleted or replaced under the hub: refuse the whole batch (nothing is acked that would be lost).
    open.connection.verifyFile();
    outcomes = await runBatch(open.connection, calls, open.clock);
  } catch (error) {
    const wire = toWireError(error);
    return entries.map((entry) => ({ id: entry.id, ok: false, e: wire }));
  }
  if (!calls.every((call) => READ_ONLY_METHODS.has(call.method))) stats.commits += 1;
  return entries.map((entry, index): Reply => {
    const outcome = outcomes[index]!;
    return outcome.ok
      ? { id: entry.id, ok: true, ...mirror.encode(handle, calls[index]!.method, outcome.value) }
      : { id: entry.id, ok: false, e: toWireError(outcome.error) };
  });
}

/** Calls queued behind a close: answered as if sent after it. */
function failQueued(open: Open): Reply[] {
  const rest = open.queue.splice(0);
  return rest.map((entry) =>
    entry.kind === 'close'
      ? { id: entry.id, ok: true, v: undefined }
      : { id: entry.id, ok: false, e: closedError },
  );
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (;;) {
      let ran = false;
      for (const [handle, open] of [...stores]) {
        if (open.queue.length === 0) continue;
        ran = true;
        const replies = await runNext(handle, open);
        if (replies.length) post({ t: 'replies', r: replies });
      }
      if (!ran) return;
      // Let the calls that arrived meanwhile in: they form the next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    draining = false;
  }
}

port.on('message', (messages: ToWorker[]) => {
  const replies: Reply[] = [];
  for (const message of messages) receive(message, replies);
  if (replies.length) post({ t: 'replies', r: replies });
  void drain();
});
