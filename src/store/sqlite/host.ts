import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromWireError, unavailable } from './errors.js';
import { createMainMirror } from './record-mirror.js';
import type { FromWorker, GroupCommitStats, Reply, ToWorker, WorkerOpenOptions } from './protocol.js';

/** Store calls answered per event-loop turn; the continuation of each is an ack, a broadcast or a bot step. */
const REPLIES_PER_TURN = 16;

interface Waiter {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** The main thread's side of the store worker: sends calls, matches replies, restarts a worker that died. */
export interface SqliteWorkerHost {
  /** Opens a database in the worker; `opened` settles when the worker has opened it (or failed to). */
  open(options: WorkerOpenOptions): { handle: number; opened: Promise<void> };
  /** Runs a store method; `atMs` is the caller's clock at the call, the time the call stamps (protocol.ts). */
  call(handle: number, method: string, args: unknown[], atMs?: number): Promise<unknown>;
  /** Answers every call sent before it, then closes the database. */
  close(handle: number): Promise<void>;
  stats(): Promise<GroupCommitStats>;
  /** The store's method names, read once per host with `read` (the proxy of every store of this host has them). */
  methodNames(read: () => string[]): readonly string[];
}

/**
 * Starts the worker. Built code runs worker.js directly; from sources (tests, tsx) the worker registers
 * tsx first, because a worker thread does not inherit the main thread's module hooks on Node 20.
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  const tsxRoot = dirname(createRequire(here).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('./worker.ts', here).href;
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`,
    { eval: true },
  );
}

/**
 * One worker thread serves every SQLite store of the process. Messages sent in one event-loop turn travel as
 * one array (see send); the worker is referenced (keeps the process alive) only while a reply is outstanding.
 */
export function createSqliteWorkerHost(): SqliteWorkerHost {
  let worker: Worker | undefined;
  let outbox: ToWorker[] = [];
  let flushQueued = false;
  let nextId = 1;
  let nextHandle = 1;
  const waiting = new Map<number, Waiter>();
  /** Replies received and not answered yet (see deliver). */
  const replies: Reply[] = [];
  const opening = new Map<number, Waiter>();
  /** Open databases, re-opened in a fresh worker if the previous one died. */
  const openStores = new Map<number, WorkerOpenOptions>();
  let methods: readonly string[] | undefined;

  function updateRef(): void {
    if (!worker) return;
    if (waiting.size + opening.size > 0) worker.ref();
    else worker.unref();
  }

  /**
   * `mirror`: the records this worker knows the main thread holds. Its notes are applied here, in arrival order,
   * for every reply (also one whose caller is gone), exactly as the worker made them.
   */
  function onMessage(message: FromWorker, mirror: ReturnType<typeof createMainMirror>, from: Worker): void {
    if (message.t === 'opened') {
      const waiter = opening.get(message.h);
      opening.delete(message.h);
      if (message.error) waiter?.reject(fromWireError(message.error));
      else waiter?.resolve(undefined);
    } else {
      const idle = replies.length === 0;
      for (const reply of message.r)
        replies.push(reply.ok && reply.m ? withRecord(reply, mirror, from) : reply);
      if (idle) deliver();
    }
    updateRef();
  }

  /** The reply with its record put back; if the two mirrors disagree, the worker is restarted (both start empty). */
  function withRecord(
    reply: Extract<Reply, { ok: true }>,
    mirror: ReturnType<typeof createMainMirror>,
    from: Worker,
  ): Reply {
    try {
      return { id: reply.id, ok: true, v: mirror.decode(reply.v, reply.m!) };
    } catch (error) {
      void from.terminate();
      return {
        id: reply.id,
        ok: false,
        e: {
          code: 'UNAVAILABLE',
          name: 'HubError',
          message: 'The store is unavailable; retry shortly',
          detail: String(error),
        },
      };
    }
  }

  /**
   * Answers at most REPLIES_PER_TURN calls per event-loop turn: a group commit answers hundreds of calls at once,
   * and their continuations (acks, broadcasts, bot turns) must not hold the loop in one long stretch.
   */
  function deliver(): void {
    for (const reply of replies.splice(0, REPLIES_PER_TURN)) {
      const waiter = waiting.get(reply.id);
      if (!waiter) continue;
      waiting.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.v);
      else waiter.reject(fromWireError(reply.e));
    }
    if (replies.length > 0) setImmediate(deliver);
    else updateRef();
  }

  /**
   * Fails what the dead worker had received and not answered (it may or may not have committed; the caller resends).
   * Calls still in the outbox never reached it: they go to the next worker with the next flush, and are answered
   * from there. Failing them too would be a lie: that flush would still run them.
   */
  function onDeath(dead: Worker, reason: string): void {
    if (worker !== dead) return;
    worker = undefined;
    // Replies already received were committed: answer them before failing the rest.
    while (replies.length > 0) deliver();
    const error = unavailable(`the store worker stopped: ${reason}`);
    const unsent = new Set(outbox.flatMap((message) => ('id' in message ? [message.id] : [])));
    const unopened = new Set(outbox.flatMap((message) => (message.t === 'open' ? [message.h] : [])));
    for (const [id, waiter] of waiting) {
      if (unsent.has(id)) continue;
      waiting.delete(id);
      waiter.reject(error);
    }
    for (const [handle, waiter] of opening) {
      if (unopened.has(handle)) continue;
      opening.delete(handle);
      waiter.reject(error);
    }
  }

  function ensureWorker(): void {
    if (worker) return;
    const started = spawnWorker();
    const mirror = createMainMirror();
    started.on('message', (message: FromWorker) => onMessage(message, mirror, started));
    // A reply that could not be read leaves the mirrors out of step: start again.
    started.on('messageerror', () => void started.terminate());
    started.on('error', (error) => onDeath(started, error.message));
    started.on('exit', (code) => onDeath(started, `exit code ${code}`));
    worker = started;
    // After a worker died, its databases are opened again first; an open already queued is not repeated.
    const queued = new Set(outbox.flatMap((message) => (message.t === 'open' ? [message.h] : [])));
    const reopen = [...openStores].filter(([h]) => !queued.has(h));
    outbox = [...reopen.map(([h, options]): ToWorker => ({ t: 'open', h, options })), ...outbox];
  }

  function flush(): void {
    flushQueued = false;
    if (outbox.length === 0) return;
    ensureWorker();
    const batch = outbox;
    outbox = [];
    worker!.postMessage(batch);
    updateRef();
  }

  /**
   * Calls made anywhere in one event-loop turn leave together, in its check phase: every socket read of a poll
   * phase adds its calls first. (A microtask flushed once per read: one postMessage per lead message, about 15 µs
   * of the main thread's time each under load, and as many message events for the worker.)
   */
  function send(message: ToWorker): void {
    outbox.push(message);
    if (flushQueued) return;
    flushQueued = true;
    setImmediate(flush);
  }

  /** Sends a message that carries `id` and resolves with its reply. */
  function request(id: number, message: ToWorker): Promise<unknown> {
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      send(message);
    });
  }

  return {
    open(options) {
      const handle = nextHandle++;
      openStores.set(handle, options);
      const opened = new Promise<void>((resolve, reject) => {
        opening.set(handle, { resolve: () => resolve(), reject });
      });
      send({ t: 'open', h: handle, options });
      return { handle, opened };
    },
    call(handle, method, args, atMs) {
      const id = nextId++;
      // One object per call, built once (every lead message makes one).
      const message: ToWorker =
        atMs === undefined
          ? { t: 'call', h: handle, id, m: method, a: args }
          : { t: 'call', h: handle, id, m: method, a: args, at: atMs };
      return request(id, message);
    },
    async close(handle) {
      openStores.delete(handle);
      const id = nextId++;
      // A worker that died has closed the database already.
      await request(id, { t: 'close', h: handle, id }).catch(() => undefined);
    },
    async stats() {
      const id = nextId++;
      return (await request(id, { t: 'stats', id })) as GroupCommitStats;
    },
    methodNames(read) {
      methods ??= read();
      return methods;
    },
  };
}
