import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type * as App from '../src/app.js';
import type * as Appender from '../src/analytics/appender.js';
import type * as Llm from '../src/llm/index.js';
import type * as Logger from '../src/logger.js';
import type * as Metrics from '../src/metrics.js';
import type * as Sqlite from '../src/store/sqlite/store.js';
import type * as Tenants from '../src/tenants.js';
import type * as WarmUp from '../src/bots/warm-up.js';
import type * as Service from '../src/conversations/service.js';
import type * as Wiring from '../src/wiring.js';
import { BENCH_SECURITY, PRODUCTION_TURN } from './hub-settings.js';

/**
 * The server of the soak section (bench/soak.ts), in its own process: the hub as `npm start` runs it without a
 * model key, from the tsc build (dist/): the Jorge bots with the production turn settings, their replies phrased
 * by the offline provider word by word at the production pace, rule coaching (the offline provider) for
 * agent-owned conversations with its coaching_shown events, SQLite on the worker with synchronous=FULL.
 * IPC: sends {type: 'ready', port, file, pid}; answers 'sample' with a SoakSample (the event-loop delay since the
 * previous sample) and 'close' once the hub and the store are closed (the SQLite file stays for the bench to
 * check); exits when the parent disconnects.
 */
export interface SoakSample {
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  externalBytes: number;
  /** Open file descriptors of this process (/proc/self/fd). */
  fds: number;
  /** Event-loop delay since the previous sample (ms). */
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
  /** Share of the time since the previous sample the main thread's event loop was busy (0 to 1). */
  mainBusy: number;
  /** CPU time of the whole server process (every thread) since the previous sample (ms). */
  cpuMs: number;
  /** Connected widget sockets. */
  widgetSockets: number;
  /**
   * Open engine.io connections (every WebSocket: widgets and agents). The descriptors beyond them are the process's
   * own (the store, pipes, the listener) and the HTTP connections (widget sessions being made, kept alive a few s).
   */
  engineConnections: number;
}

/** The production default of HUB_BOT_WORD_PACE_MS: bot replies stream one word every 45 ms. */
const PRODUCTION_WORD_PACE_MS = 45;

const dataDir = mkdtempSync(join(tmpdir(), 'jorge-bench-soak-'));
const file = join(dataDir, 'hub.db');
const loopDelay = monitorEventLoopDelay({ resolution: 1 });

async function hubModules() {
  const root = new URL('../dist/src/', import.meta.url);
  const load = <T>(path: string) => import(new URL(path, root).href) as Promise<T>;
  const [app, appender, llm, logger, metrics, sqlite, tenants, warmUp, service, wiring] = await Promise.all([
    load<typeof App>('app.js'),
    load<typeof Appender>('analytics/appender.js'),
    load<typeof Llm>('llm/index.js'),
    load<typeof Logger>('logger.js'),
    load<typeof Metrics>('metrics.js'),
    load<typeof Sqlite>('store/sqlite/store.js'),
    load<typeof Tenants>('tenants.js'),
    load<typeof WarmUp>('bots/warm-up.js'),
    load<typeof Service>('conversations/service.js'),
    load<typeof Wiring>('wiring.js'),
  ]);
  return {
    ...app,
    ...appender,
    ...llm,
    ...logger,
    ...metrics,
    ...sqlite,
    ...tenants,
    ...warmUp,
    ...service,
    ...wiring,
  };
}

async function startHub() {
  const m = await hubModules();
  const store = await m.openSqliteStore(
    m.createSqliteWorkerHost(),
    { file, synchronous: 'full' },
    m.createSqliteWorkerHost(),
    m.createSqliteWorkerHost(),
  );
  const tenants = m.loadTenants('config/tenants.json');
  const logger = m.createLogger('silent');
  const metrics = m.createMetrics();
  const now = () => new Date();
  const events = m.createEventAppender({ store, now, logger });
  // No API key: the offline rule-based provider, as `npm start` runs without ANTHROPIC_API_KEY.
  const model = m.createModelProvider(
    {
      models: { fast: 'offline', strong: 'offline' },
      firstTokenTimeoutMs: 10_000,
      totalTimeoutMs: 60_000,
      maxRetries: 0,
      tokensPerHour: 1e12,
    },
    { registry: metrics.registry, logger },
  );
  const modelDeps = { store, tenants, model, logger, registry: metrics.registry, events };
  m.warmUpReaders(tenants.all().map(m.tenantBotContext), Date.now());
  const hub = m.createHub({
    store,
    tenants,
    logger,
    metrics,
    now,
    jwtSecret: 'bench-secret-0123456789',
    devTokensEnabled: true,
    rateLimitPer10s: 1e9,
    security: BENCH_SECURITY,
    ...PRODUCTION_TURN,
    extensions: [
      m.coachingExtension(modelDeps),
      m.phrasingExtension(modelDeps, { wordDelayMs: PRODUCTION_WORD_PACE_MS }),
    ],
  });
  const port = await hub.listen(0, '127.0.0.1');
  return {
    port,
    widgetSockets: () => hub.io.of('/widget').sockets.size,
    engineConnections: () => hub.io.engine.clientsCount,
    async close() {
      await hub.close({ graceMs: 5_000 });
      await events.idle();
      await store.close();
    },
  };
}

const ms = (ns: number) => ns / 1e6;

let cpuAtLastSample = process.cpuUsage();
let loopAtLastSample = performance.eventLoopUtilization();

function sample(widgetSockets: number, engineConnections: number): SoakSample {
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage(cpuAtLastSample);
  cpuAtLastSample = process.cpuUsage();
  const busy = performance.eventLoopUtilization(loopAtLastSample).utilization;
  loopAtLastSample = performance.eventLoopUtilization();
  const result: SoakSample = {
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    heapTotalBytes: memory.heapTotal,
    externalBytes: memory.external,
    fds: readdirSync('/proc/self/fd').length,
    loopP50Ms: ms(loopDelay.percentile(50)),
    loopP99Ms: ms(loopDelay.percentile(99)),
    loopMaxMs: ms(loopDelay.max),
    mainBusy: busy,
    cpuMs: (cpu.user + cpu.system) / 1_000,
    widgetSockets,
    engineConnections,
  };
  loopDelay.reset();
  return result;
}

/**
 * BENCH_SOAK_ALLOC_PROFILE=<file>: a sampling profile of what the server allocates during the run, collected
 * objects included (where the garbage the collector spends its time on comes from), written when the bench closes
 * the hub (open it as a .heapprofile in Chrome DevTools, or sum its self sizes by frame).
 */
async function startAllocationProfile(): Promise<(() => Promise<void>) | undefined> {
  const file = process.env.BENCH_SOAK_ALLOC_PROFILE;
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
  return async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}

async function main(): Promise<void> {
  const hub = await startHub();
  const stopAllocationProfile = await startAllocationProfile();
  loopDelay.enable();
  process.on('message', (message: string) => {
    if (message === 'sample')
      process.send!({ type: 'sample', sample: sample(hub.widgetSockets(), hub.engineConnections()) });
    else if (message === 'close') {
      void (stopAllocationProfile?.() ?? Promise.resolve())
        .then(() => hub.close())
        .then(() => process.send!({ type: 'closed' }));
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'ready', port: hub.port, file, pid: process.pid });
}

void main();
