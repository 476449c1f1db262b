import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Server } from 'socket.io';
import type * as App from '../src/app.js';
import type * as WarmUp from '../src/bots/warm-up.js';
import type * as Service from '../src/conversations/service.js';
import type * as Logger from '../src/logger.js';
import type * as Sqlite from '../src/store/sqlite/store.js';
import type * as Tenants from '../src/tenants.js';
import type * as Wiring from '../src/wiring.js';
import { BENCH_SECURITY, PRODUCTION_TURN } from './hub-settings.js';
import { threadCpuSince, threadTicks, type ThreadCpuMs } from './thread-cpu.js';

/**
 * The server under test of the durable-accept benchmark, in its own process so that the client load does not
 * share its event loop: `hub` (the real hub, Jorge bots on, SQLite on the worker with group commit, the
 * production turn quiet window and word pace),
 * `hub-eager` (the same with no quiet window: every lead message is its own bot turn, the worst case),
 * `hub-one-worker` (the hub with history search on the writing worker, as before the search worker: search section),
 * `bare-tx` (a bare Socket.IO server that stores each message in SQLite on the main thread, one transaction per
 * message) and `bare-group` (the same, one transaction per event-loop turn). Every variant: WAL, synchronous=FULL, unique clientMsgId, per-conversation seq.
 * IPC: sends {port}; answers 'reset' (start measuring), 'stats' (event-loop delay since reset) and 'idle'.
 */
/**
 * `hub-no-events`: the `hub` mode with the lead events left out of the store's writes (the store's bench-only
 * `writeLeadEvents: false`, the same write path without them), to measure what writing them costs (issue 35).
 */
export type DurableMode = 'hub' | 'hub-eager' | 'hub-one-worker' | 'hub-no-events' | 'bare-tx' | 'bare-group';

/** The production default of HUB_BOT_WORD_PACE_MS: replies stream one word (one token event) every 45 ms. */
const PRODUCTION_WORD_PACE_MS = 45;

export interface DurableServerStats {
  eventLoopP50Ms: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  /** CPU time of the whole server process (every thread: main, store worker, GC helpers) since reset. */
  cpuMs: number;
  /** Time the main thread's event loop was busy since reset (event-loop utilization). */
  mainBusyMs: number;
  /** CPU time per thread since reset (Linux /proc, 10 ms ticks): the main thread, the busiest other, the rest. */
  threadCpuMs?: ThreadCpuMs;
  /** Group-commit counters of the hub's store worker since reset (hub modes). */
  commits?: number;
  calls?: number;
}

const mode = process.argv[2] as DurableMode;
const dataDir = mkdtempSync(join(tmpdir(), 'jorge-bench-durable-'));
const file = join(dataDir, 'hub.db');
const loopDelay = monitorEventLoopDelay({ resolution: 1 });

interface Started {
  port: number;
  idle(): Promise<void>;
}

/**
 * The hub's modules from the tsc build (dist/, which durable-accept.ts builds first), as `npm start` runs them:
 * tsx would compile them with esbuild's keepNames, which names every closure at run time (a `__name` call for each
 * function a message path creates), and would load the store worker through tsx's module hooks.
 * BENCH_DURABLE_SOURCES=1 runs the sources through tsx instead (a checkout without a build).
 */
async function hubModules() {
  const root = new URL(
    process.env.BENCH_DURABLE_SOURCES === '1' ? '../src/' : '../dist/src/',
    import.meta.url,
  );
  const load = <T>(path: string) => import(new URL(path, root).href) as Promise<T>;
  const [app, warmUp, service, logger, sqlite, tenants, wiring] = await Promise.all([
    load<typeof App>('app.js'),
    load<typeof WarmUp>('bots/warm-up.js'),
    load<typeof Service>('conversations/service.js'),
    load<typeof Logger>('logger.js'),
    load<typeof Sqlite>('store/sqlite/store.js'),
    load<typeof Tenants>('tenants.js'),
    load<typeof Wiring>('wiring.js'),
  ]);
  return { ...app, ...warmUp, ...service, ...logger, ...sqlite, ...tenants, ...wiring };
}

let sqliteGroupCommitStats: () => Promise<Sqlite.GroupCommitStats> = () => {
  throw new Error('the hub is not started');
};

async function startHub(eager: boolean, searchWorker: boolean, writeLeadEvents = true): Promise<Started> {
  const {
    createHub,
    createLogger,
    loadTenants,
    openSqliteStore,
    slowTemplateExtension,
    tenantBotContext,
    warmUpReaders,
    createSqliteWorkerHost,
  } = await hubModules();
  const host = createSqliteWorkerHost();
  sqliteGroupCommitStats = () => host.stats();
  // As src/server.ts: history search and reports on a second worker, the reads of a lead's first message on a
  // third, each on a connection that only reads.
  const store = await openSqliteStore(
    host,
    { file, synchronous: 'full', ...(writeLeadEvents ? {} : { writeLeadEvents: false }) },
    searchWorker ? createSqliteWorkerHost() : undefined,
    createSqliteWorkerHost(),
  );
  const tenants = loadTenants('config/tenants.json');
  // As `npm start` does before it listens (src/server.ts): the readers' first use is not a lead's to pay.
  warmUpReaders(tenants.all().map(tenantBotContext), Date.now());
  const hub = createHub({
    store,
    tenants,
    logger: createLogger('silent'),
    jwtSecret: 'bench-secret-0123456789',
    devTokensEnabled: true,
    rateLimitPer10s: 1e9,
    ...(eager ? { turnQuietMs: 0, turnMaxWaitMs: 0 } : PRODUCTION_TURN),
    // What `npm start` streams without a model key: the template text at the production word pace.
    extensions: [slowTemplateExtension({ tokenDelayMs: PRODUCTION_WORD_PACE_MS })],
    security: BENCH_SECURITY,
  });
  return { port: await hub.listen(0, '127.0.0.1'), idle: () => hub.idle() };
}

/** The baseline: validation, the durable insert with seq and clientMsgId, the ack and a room broadcast. */
async function startBare(groupCommit: boolean): Promise<Started> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE conversations (id TEXT PRIMARY KEY, last_seq INTEGER NOT NULL);
    CREATE TABLE messages (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, client_msg_id TEXT NOT NULL,
      data TEXT NOT NULL, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID;
    CREATE UNIQUE INDEX messages_client ON messages (conversation_id, client_msg_id);`);
  const sql = {
    create: db.prepare('INSERT OR IGNORE INTO conversations (id, last_seq) VALUES (?, 0)'),
    seq: db.prepare<[string], { last_seq: number }>('SELECT last_seq FROM conversations WHERE id = ?'),
    existing: db.prepare<[string, string], { seq: number }>(
      'SELECT seq FROM messages WHERE conversation_id = ? AND client_msg_id = ?',
    ),
    insert: db.prepare(
      'INSERT INTO messages (conversation_id, seq, client_msg_id, data) VALUES (?, ?, ?, ?)',
    ),
    bump: db.prepare('UPDATE conversations SET last_seq = ? WHERE id = ?'),
  };
  const store = (conversationId: string, clientMsgId: string, text: string) => {
    const found = sql.existing.get(conversationId, clientMsgId);
    if (found) return found.seq;
    const seq = sql.seq.get(conversationId)!.last_seq + 1;
    sql.insert.run(conversationId, seq, clientMsgId, JSON.stringify({ text, at: new Date().toISOString() }));
    sql.bump.run(seq, conversationId);
    return seq;
  };
  const storeOne = db.transaction(store);
  type Pending = { conversationId: string; clientMsgId: string; text: string; done: (seq: number) => void };
  let turn: Pending[] = [];
  const storeTurn = db.transaction((pending: Pending[]) =>
    pending.map((p) => store(p.conversationId, p.clientMsgId, p.text)),
  );
  const flush = () => {
    const pending = turn;
    turn = [];
    const seqs = storeTurn(pending);
    pending.forEach((p, index) => p.done(seqs[index]!));
  };
  const http = createServer();
  const io = new Server(http, { cors: { origin: true } });
  let next = 0;
  io.on('connection', (socket) => {
    const conversationId = `conv-${++next}`;
    sql.create.run(conversationId);
    void socket.join(conversationId);
    socket.on(
      'message:send',
      (payload: { clientMsgId?: unknown; text?: unknown }, ack: (answer: unknown) => void) => {
        if (
          typeof payload?.clientMsgId !== 'string' ||
          typeof payload.text !== 'string' ||
          !payload.text.trim()
        ) {
          ack({ ok: false, error: { code: 'INVALID_PAYLOAD', message: 'bad' } });
          return;
        }
        const done = (seq: number) => {
          ack({ ok: true, data: { conversationId, seq } });
          io.to(conversationId).emit('message', { conversationId, seq, text: payload.text });
        };
        if (!groupCommit) return done(storeOne(conversationId, payload.clientMsgId, payload.text));
        if (turn.length === 0) setImmediate(flush);
        turn.push({ conversationId, clientMsgId: payload.clientMsgId, text: payload.text, done });
      },
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { port: (http.address() as { port: number }).port, idle: async () => undefined };
}

const ms = (ns: number) => ns / 1e6;

/**
 * BENCH_PROFILE_DIR: a CPU profile of the measured window only (from the first send until every bot turn is
 * done, or until the last ack with BENCH_PROFILE_WINDOW=accept), without the start-up; written as
 * <dir>/<mode>-<pid>.cpuprofile (open it in Chrome DevTools). The bare modes are profiled with the accept window.
 */
function windowProfiler(dir: string) {
  const session = new Session();
  session.connect();
  // BENCH_PROFILE_HEAP=1: a sampling heap profile of everything allocated in the window (collected or not).
  const heap = process.env.BENCH_PROFILE_HEAP === '1';
  return {
    async start() {
      if (heap) {
        await session.post('HeapProfiler.enable');
        await session.post('HeapProfiler.startSampling', {
          samplingInterval: 4_096,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        } as never);
        return;
      }
      await session.post('Profiler.enable');
      // 100 µs between samples: a window of about a second still gives thousands of samples.
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
      await session.post('Profiler.start');
    },
    async stop() {
      mkdirSync(dir, { recursive: true });
      if (heap) {
        const { profile } = await session.post('HeapProfiler.stopSampling');
        writeFileSync(join(dir, `${mode}-${process.pid}.heapprofile`), JSON.stringify(profile));
        return;
      }
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(join(dir, `${mode}-${process.pid}.cpuprofile`), JSON.stringify(profile));
    },
  };
}
const profile = process.env.BENCH_PROFILE_DIR ? windowProfiler(process.env.BENCH_PROFILE_DIR) : undefined;

async function main(): Promise<void> {
  const hubMode = mode.startsWith('hub');
  const started = hubMode
    ? await startHub(mode === 'hub-eager', mode !== 'hub-one-worker', mode !== 'hub-no-events')
    : await startBare(mode === 'bare-group');
  let base = { commits: 0, calls: 0 };
  let profiling = false;
  let cpuAtReset = process.cpuUsage();
  let threadsAtReset = threadTicks();
  let loopAtReset = performance.eventLoopUtilization();
  process.on('message', (message: string) => {
    void (async () => {
      if (message === 'reset') {
        loopDelay.disable();
        loopDelay.reset();
        loopDelay.enable();
        if (hubMode) base = await sqliteGroupCommitStats();
        if (profile) {
          await profile.start();
          profiling = true;
        }
        cpuAtReset = process.cpuUsage();
        threadsAtReset = threadTicks();
        loopAtReset = performance.eventLoopUtilization();
        process.send!({ type: 'reset' });
      } else if (message === 'stats') {
        // BENCH_PROFILE_WINDOW=accept: the profile ends with the last ack (the bot turns after it left out).
        // The bare servers have no bot turns to wait for: their window always ends here.
        if (profiling && (!hubMode || process.env.BENCH_PROFILE_WINDOW === 'accept')) {
          await profile?.stop();
          profiling = false;
        }
        const cpu = process.cpuUsage(cpuAtReset);
        const threadCpuMs = threadCpuSince(threadsAtReset);
        const loop = performance.eventLoopUtilization(loopAtReset);
        const now = hubMode ? await sqliteGroupCommitStats() : undefined;
        const stats: DurableServerStats = {
          eventLoopP50Ms: ms(loopDelay.percentile(50)),
          eventLoopP99Ms: ms(loopDelay.percentile(99)),
          eventLoopMaxMs: ms(loopDelay.max),
          cpuMs: (cpu.user + cpu.system) / 1_000,
          mainBusyMs: loop.active,
          ...(threadCpuMs ? { threadCpuMs } : {}),
          ...(now ? { commits: now.commits - base.commits, calls: now.calls - base.calls } : {}),
        };
        process.send!({ type: 'stats', stats });
      } else if (message === 'idle') {
        await started.idle();
        if (profiling) await profile?.stop();
        profiling = false;
        process.send!({ type: 'idle' });
      }
    })();
  });
  process.on('disconnect', () => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
  process.send!({ type: 'ready', port: started.port });
}

void main();
