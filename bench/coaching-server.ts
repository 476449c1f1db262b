import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Anthropic } from '@anthropic-ai/sdk';
import { Server } from 'socket.io';
import { createHub } from '../src/app.js';
import { createModelProvider } from '../src/llm/index.js';
import { createLogger } from '../src/logger.js';
import { createMetrics } from '../src/metrics.js';
import { openSqliteStore, createSqliteWorkerHost } from '../src/store/sqlite/store.js';
import { loadTenants } from '../src/tenants.js';
import { coachingExtension } from '../src/wiring.js';
import { BENCH_SECURITY, PRODUCTION_TURN } from './hub-settings.js';
import { collectSetupGarbage, silentBot } from './shared.js';
import { threadTicks } from './thread-cpu.js';

/**
 * The server under test of the coaching benchmarks, in its own process (bench/child-server.ts), while the fake
 * model and the clients stay in the benchmark's process, which times each delta from the fake server's write to
 * the agent client's receipt:
 * `hub` (live coaching on the real SDK against the fake model, its own SQLite file) or
 * `raw` (the baseline: a bare Socket.IO server that starts the same SDK stream per request and emits every delta
 * to the agent the moment it arrives).
 * argv: mode, the fake model's URL, the hub's options as JSON. IPC: sends {type: 'ready', port}; answers 'idle'
 * (every bot turn done), 'gc' (a full collection before a measured window) and 'cpu' (a CpuReading).
 */
export type CoachingServerMode = 'hub' | 'raw';

/** The server's CPU time so far, in ms: the whole process (µs precision) and its main thread (10 ms ticks). */
export interface CpuReading {
  processMs: number;
  mainMs: number;
}

export interface CoachingServerOptions {
  synchronous: 'full' | 'normal';
  /** A bot that never answers (keeps bot turns out of the measurement); the Jorge bots otherwise. */
  silentBot?: boolean;
  firstTokenTimeoutMs: number;
  totalTimeoutMs: number;
}

/**
 * Retries of a model request that failed before its first delta, the same for the hub (its provider) and the raw
 * relay (the SDK's own): with 500 streams under load, a request could meet a keep-alive socket the fake server was
 * closing (the client's idle timer ran late) and fail with "other side closed", which ended the raw relay.
 */
const MODEL_RETRIES = 2;

const [mode, fakeUrl, optionsJson] = process.argv.slice(2) as [CoachingServerMode, string, string];

async function startHub(options: CoachingServerOptions) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-bench-coach-'));
  const store = await openSqliteStore(createSqliteWorkerHost(), {
    file: join(dataDir, 'hub.db'),
    synchronous: options.synchronous,
  });
  const tenants = loadTenants('config/tenants.json');
  const logger = createLogger('silent');
  const metrics = createMetrics();
  const model = createModelProvider(
    {
      apiKey: 'bench',
      baseURL: fakeUrl,
      models: { fast: 'bench-fast', strong: 'bench-strong' },
      firstTokenTimeoutMs: options.firstTokenTimeoutMs,
      totalTimeoutMs: options.totalTimeoutMs,
      // As the raw relay's SDK client: a request that meets a keep-alive socket the fake server closed in the
      // meantime is sent again (neither side's per-delta latency counts the retry).
      maxRetries: MODEL_RETRIES,
      tokensPerHour: 1e12,
    },
    { registry: metrics.registry, logger },
  );
  const hub = createHub({
    store,
    tenants,
    logger,
    metrics,
    jwtSecret: 'bench-secret-0123456789',
    devTokensEnabled: true,
    rateLimitPer10s: 1e9,
    security: BENCH_SECURITY,
    // The turn settings `npm start` runs with: the lead's burst gets its (silent) turn after the quiet window.
    ...PRODUCTION_TURN,
    ...(options.silentBot ? { bot: silentBot } : {}),
    extensions: [coachingExtension({ store, tenants, model, logger, registry: metrics.registry })],
  });
  const port = await hub.listen(0, '127.0.0.1');
  return {
    port,
    idle: () => hub.idle(),
    async close() {
      await hub.close({ graceMs: 1_000 });
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startRawRelay() {
  const http = createServer();
  const server = new Server(http);
  const client = new Anthropic({ apiKey: 'bench', baseURL: fakeUrl, maxRetries: MODEL_RETRIES });
  const agents = server.of('/agent');
  server.on('connection', (socket) => {
    socket.on('start', (i: number, text: string, ack: () => void) => {
      ack();
      const stream = client.messages.stream({
        model: 'bench-fast',
        max_tokens: 1_024,
        messages: [{ role: 'user', content: text }],
      });
      stream.on('text', (delta) => agents.emit('token', { i, text: delta }));
      stream.on('end', () => agents.emit('done', i));
      // A stream that failed after its retries ends too (its deltas are missing from the samples), said here.
      stream.on('error', (error) => {
        console.warn(`raw relay: stream ${i} failed: ${String(error)}`);
        agents.emit('done', i);
      });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    port: (http.address() as { port: number }).port,
    idle: async () => undefined,
    close: () => server.close(),
  };
}

/**
 * BENCH_PROFILE_DIR: a CPU profile (100 µs sampling) from the first measured window to the end of the run,
 * without the start-up and warm-up, written as <dir>/coaching-<mode>-<pid>.cpuprofile.
 */
const profiler = process.env.BENCH_PROFILE_DIR ? new Session() : undefined;
profiler?.connect();
let profiling = false;

async function main(): Promise<void> {
  const server =
    mode === 'hub' ? await startHub(JSON.parse(optionsJson) as CoachingServerOptions) : await startRawRelay();
  process.on('message', (message: string) => {
    void (async () => {
      if (message === 'idle') {
        await server.idle();
        process.send!({ type: 'idle' });
      } else if (message === 'gc') {
        collectSetupGarbage();
        process.send!({ type: 'gc' });
      } else if (message === 'cpu') {
        if (profiler && !profiling) {
          profiling = true;
          await profiler.post('Profiler.enable');
          await profiler.post('Profiler.setSamplingInterval', { interval: 100 });
          await profiler.post('Profiler.start');
        }
        const { user, system } = process.cpuUsage();
        const reading: CpuReading = {
          processMs: (user + system) / 1_000,
          mainMs: (threadTicks().get(process.pid) ?? 0) * 10,
        };
        process.send!({ type: 'cpu', ...reading });
      }
    })();
  });
  process.on('disconnect', () => {
    void (async () => {
      if (profiler && profiling) {
        const { profile } = await profiler.post('Profiler.stop');
        const dir = process.env.BENCH_PROFILE_DIR!;
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `coaching-${mode}-${process.pid}.cpuprofile`), JSON.stringify(profile));
      }
      await server.close();
    })().finally(() => process.exit(0));
  });
  process.send!({ type: 'ready', port: server.port });
}

void main();
