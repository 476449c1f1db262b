import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Socket } from 'socket.io-client';
import { forkServer } from './child-server.js';
import type { DurableMode, DurableServerStats } from './durable-server.js';
import { connectClient, postJson } from './shared.js';
import { summarize, type Summary } from './stats.js';

const serverPath = fileURLToPath(new URL('./durable-server.ts', import.meta.url));
const WARMUP_PASSES = 3;

/**
 * A server of the durable section: a mode of durable-server.ts, or `hub-compare`, the `hub` mode of another
 * checkout (BENCH_DURABLE_COMPARE), measured in the same rounds as this one.
 */
export type DurableServerKind = DurableMode | 'hub-compare';

export interface DurableAcceptResult {
  mode: DurableServerKind;
  acked: number;
  /** Acked messages per second, from the first send to the last ack. */
  perSecond: number;
  /** Every ack latency of the pass (ms), for percentiles over several passes. */
  latencies: number[];
  /** The ack latencies of each visitor's first message (the one that starts its conversation). */
  firstLatencies: number[];
  /** The ack latencies of the other messages (a conversation is open). */
  laterLatencies: number[];
  ack: Summary;
  server: DurableServerStats;
  /** Hub modes: ms from the first send until every bot turn finished. */
  botsDoneMs?: number;
  /** CPU time of this bench client process (its socket.io clients) during the measured window. */
  clientCpuMs: number;
  /** Length of the measured window, from the first send to the last ack. */
  elapsedMs: number;
  /** With searching agents: the history searches they completed in the window and their latencies. */
  searches?: { latencies: number[] };
}

/** Words of the bench's lead messages and bot replies: each search matches most of the tenant's conversations. */
const SEARCH_WORDS = ['house', 'bedroom', 'available', 'buy', 'around'];

/**
 * `count` agents, each running history searches back to back (the next once the previous answered), as agents
 * typing in the history box all through the measured pass; stop() ends them and reports what they did.
 */
async function startSearchers(url: string, count: number, pass: number) {
  const agents = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const { token } = await postJson<{ token: string }>(url, '/api/dev/tokens', {
        tenantId: 'demo',
        role: 'agent',
        userId: `searcher-${pass}-${index}`,
        name: `Searcher ${index}`,
      });
      return connectClient(`${url}/agent`, token);
    }),
  );
  let running = true;
  const latencies: number[] = [];
  const loops = agents.map(async (agent, index) => {
    for (let n = index; running; n++) {
      const sentAt = performance.now();
      const answer = (await agent.timeout(60_000).emitWithAck('history:search', {
        text: SEARCH_WORDS[n % SEARCH_WORDS.length],
        limit: 20,
      })) as { ok: boolean };
      if (!answer.ok) throw new Error(`history search refused: ${JSON.stringify(answer)}`);
      latencies.push(performance.now() - sentAt);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      for (const agent of agents) agent.close();
      return { latencies };
    },
  };
}

async function widgetToken(url: string): Promise<string> {
  return (await postJson<{ token: string }>(url, '/api/widget/sessions', { tenantId: 'demo' })).token;
}

/** Connects `count` clients, a few at a time. */
async function connectAll(count: number, connect: () => Promise<Socket>): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i += 20) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(20, count - i) }, connect))));
  }
  return sockets;
}

/** Each socket sends `count` lead messages back to back (the next once the previous is acked). */
async function sendAll(sockets: Socket[], count: number, prefix: string) {
  const latencies: number[] = [];
  const firstLatencies: number[] = [];
  const laterLatencies: number[] = [];
  let failed = 0;
  await Promise.all(
    sockets.map(async (socket, visitor) => {
      for (let n = 0; n < count; n++) {
        const sentAt = performance.now();
        const ack = (await socket.timeout(60_000).emitWithAck('message:send', {
          clientMsgId: `${prefix}${visitor}-m${n}`,
          text: n % 2 ? 'We want to buy a 3 bedroom house around 800k' : 'Hi, is this still available?',
        })) as { ok: boolean };
        if (!ack.ok) failed++;
        else {
          const latency = performance.now() - sentAt;
          latencies.push(latency);
          (n === 0 ? firstLatencies : laterLatencies).push(latency);
        }
      }
    }),
  );
  return { latencies, firstLatencies, laterLatencies, failed };
}

/** A server under test, started and warmed up, that measures one pass at a time. */
export interface DurableServer {
  mode: DurableServerKind;
  /**
   * One measured pass: `visitors` fresh visitors connect, then each sends its messages back to back; in hub modes
   * it resolves once every bot turn of the pass is done, so the next pass (of any server) starts on an idle machine.
   */
  measure(pass: number, load?: { searchers: number }): Promise<DurableAcceptResult>;
  stop(): Promise<void>;
}

/**
 * BENCH_DURABLE_HUB_NODE_OPTIONS: Node or V8 flags for this checkout's hub servers only (not the compared hub of
 * BENCH_DURABLE_COMPARE, nor the bare servers): with BENCH_DURABLE_COMPARE naming an identical checkout, an A/B
 * of a flag in the same rounds. BENCH_SERVER_NODE_OPTIONS (child-server.ts) goes to every server.
 */
const hubNodeOptions = process.env.BENCH_DURABLE_HUB_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];

const built = new Set<string>();

/**
 * The hub servers run from the tsc build of their checkout, as `npm start` runs them (durable-server.ts); it is
 * made once per checkout and run. BENCH_DURABLE_SOURCES=1 runs the sources through tsx instead.
 */
function buildHub(checkout: string): void {
  if (process.env.BENCH_DURABLE_SOURCES === '1' || built.has(checkout)) return;
  execFileSync(
    process.execPath,
    [join(checkout, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: checkout,
      stdio: 'inherit',
    },
  );
  built.add(checkout);
}

/**
 * Starts one server in its own process and warms it up. N visitors each send M lead messages back to back (the
 * next one as soon as the previous is acked); each pass measures acked messages per second, ack latency and the
 * server's event-loop delay and CPU.
 */
export async function startDurableServer(
  mode: DurableServerKind,
  options: { visitors: number; messagesEach: number; compareCheckout?: string },
): Promise<DurableServer> {
  if (mode === 'hub-compare') buildHub(options.compareCheckout!);
  else if (mode.startsWith('hub')) buildHub(process.cwd());
  const server =
    mode === 'hub-compare'
      ? forkServer(join(options.compareCheckout!, 'bench', 'durable-server.ts'), ['hub'])
      : forkServer(serverPath, [mode], mode.startsWith('hub') ? hubNodeOptions : []);
  try {
    const ready = await server.ask<{ port: number }>('', 'ready');
    const url = `http://127.0.0.1:${ready.port}`;
    const hub = mode.startsWith('hub');
    const connect = async () =>
      hub ? connectClient(`${url}/widget`, await widgetToken(url)) : connectClient(url);
    // Steady state, not start-up: unmeasured passes of other visitors first, the same for every server. One pass
    // is not enough: the bot turns that run after it make V8 compile much of the accept path again, which showed
    // as about a quarter more server CPU in the measured window (JIT threads, unoptimised code). After two passes
    // TurboFan still compiled about 20 functions in the first measured window and 10 in the second (session 38's
    // --trace-opt); a third makes the measured rounds steadier, as in a server that has been up for a while. The
    // database holds their conversations.
    for (let pass = 1; pass <= WARMUP_PASSES; pass++) {
      const warmup = await connectAll(options.visitors, connect);
      await sendAll(warmup, options.messagesEach, `warmup${pass}-`);
      for (const socket of warmup) socket.close();
      if (hub) await server.ask('idle', 'idle');
    }
    return {
      mode,
      async measure(pass, load) {
        const sockets = await connectAll(options.visitors, connect);
        const searchers =
          hub && load?.searchers ? await startSearchers(url, load.searchers, pass) : undefined;
        await server.ask('reset', 'reset');
        const started = performance.now();
        const clientCpu = process.cpuUsage();
        const { latencies, firstLatencies, laterLatencies, failed } = await sendAll(
          sockets,
          options.messagesEach,
          `p${pass}-`,
        );
        const elapsedMs = performance.now() - started;
        const searches = await searchers?.stop();
        const { user, system } = process.cpuUsage(clientCpu);
        const { stats } = await server.ask<{ stats: DurableServerStats }>('stats', 'stats');
        let botsDoneMs: number | undefined;
        if (hub) {
          await server.ask('idle', 'idle');
          botsDoneMs = performance.now() - started;
        }
        if (failed > 0) console.warn(`${mode}: ${failed} sends were refused`);
        for (const socket of sockets) socket.close();
        return {
          mode,
          acked: latencies.length,
          perSecond: (latencies.length / elapsedMs) * 1_000,
          latencies,
          firstLatencies,
          laterLatencies,
          ack: summarize(latencies),
          server: stats,
          clientCpuMs: (user + system) / 1_000,
          elapsedMs,
          ...(botsDoneMs !== undefined ? { botsDoneMs } : {}),
          ...(searches ? { searches } : {}),
        };
      },
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
