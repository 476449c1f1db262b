import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Anthropic } from '@anthropic-ai/sdk';
import { Server } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { createHub, type Hub } from '../src/app.js';
import type { Bot } from '../src/bots/port.js';
import { createModelProvider } from '../src/llm/index.js';
import { createLogger } from '../src/logger.js';
import { createMetrics } from '../src/metrics.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { loadTenants } from '../src/tenants.js';
import { coachingExtension } from '../src/wiring.js';
import type { FakeAnthropic } from '../tests/fakes/anthropic-server.js';
import {
  createTokenLatencyTracker,
  nowMs,
  summarizeLatency,
  type LatencySummary,
} from './coaching-latency.js';
import { BENCH_SECURITY, PRODUCTION_TURN } from './hub-settings.js';
import { COACHING_TEXT, collectSetupGarbage, connectClient, postJson } from './shared.js';

/** What both coaching benchmarks share: the hub with the coaching extension on the fake model, and the timing. */

export type Arrival = { text: string; atMs: number };
export type Arrivals = Map<number, Arrival[]>;

/** A marker in lead i's text, so that its model request can be found in the fake server's log. */
export const leadMarker = (prefix: string, i: number) => `[${prefix}-lead-${i}]`;

export function recordArrival(arrivals: Arrivals, i: number, text: string): void {
  const list = arrivals.get(i) ?? [];
  list.push({ text, atMs: nowMs() });
  arrivals.set(i, list);
}

/** Latency per model delta (fake server write → client receipt), matched by each stream's request in the fake log. */
export function samplesFor(fake: FakeAnthropic, arrivals: Arrivals, marker: (i: number) => string): number[] {
  const samples: number[] = [];
  for (const [i, received] of arrivals) {
    const request = fake.requests.find((r) => JSON.stringify(r.body).includes(marker(i)));
    if (!request) continue;
    const tracker = createTokenLatencyTracker(fake.tokenWrites, { requestIndex: request.index });
    for (const arrival of received) tracker.onText(arrival.text, arrival.atMs);
    samples.push(...tracker.samples());
  }
  return samples;
}

export interface CoachingHub {
  hub: Hub;
  url: string;
  /** An agent socket (dev token), and N widget visitors whose first message opened their conversations. */
  agent(): Promise<Socket>;
  leads(
    count: number,
    firstText: (i: number) => string,
  ): Promise<{ widgets: Socket[]; conversationOf: Map<string, number> }>;
  close(): Promise<void>;
}

/** The hub with live coaching on the real SDK against the fake model, on its own SQLite file. */
export async function startCoachingHub(
  fake: FakeAnthropic,
  options: { synchronous: 'full' | 'normal'; bot?: Bot; firstTokenTimeoutMs: number; totalTimeoutMs: number },
): Promise<CoachingHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-bench-coach-'));
  const store = await openSqliteStore({ file: join(dataDir, 'hub.db'), synchronous: options.synchronous });
  const tenants = loadTenants('config/tenants.json');
  const logger = createLogger('silent');
  const metrics = createMetrics();
  const model = createModelProvider(
    {
      apiKey: 'bench',
      baseURL: fake.url,
      models: { fast: 'bench-fast', strong: 'bench-strong' },
      firstTokenTimeoutMs: options.firstTokenTimeoutMs,
      totalTimeoutMs: options.totalTimeoutMs,
      maxRetries: 0,
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
    ...(options.bot ? { bot: options.bot } : {}),
    extensions: [coachingExtension({ store, tenants, model, logger, registry: metrics.registry })],
  });
  const url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
  const post = (path: string, body: unknown) => postJson<{ token: string }>(url, path, body);
  const sockets: Socket[] = [];
  const track = (socket: Socket) => (sockets.push(socket), socket);
  return {
    hub,
    url,
    agent: async () =>
      track(
        await connectClient(
          `${url}/agent`,
          (await post('/api/dev/tokens', { tenantId: 'demo', role: 'agent', userId: 'bench', name: 'Bench' }))
            .token,
        ),
      ),
    async leads(count, firstText) {
      const conversationOf = new Map<string, number>();
      const widgets: Socket[] = [];
      for (let i = 0; i < count; i++) {
        const widget = track(
          await connectClient(
            `${url}/widget`,
            (await post('/api/widget/sessions', { tenantId: 'demo' })).token,
          ),
        );
        widgets.push(widget);
        const ack = (await widget.emitWithAck('message:send', { clientMsgId: 'm', text: firstText(i) })) as {
          data: { conversationId: string };
        };
        conversationOf.set(ack.data.conversationId, i);
      }
      return { widgets, conversationOf };
    },
    async close() {
      for (const socket of sockets) socket.close();
      await hub.close({ graceMs: 1_000 });
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Records every coach:token by lead index; resolves `allDone` after `streams` coach:done events. */
export function collectCoachTokens(agent: Socket, conversationOf: Map<string, number>, streams: number) {
  const arrivals: Arrivals = new Map();
  agent.on('coach:token', (event: { conversationId: string; text: string }) =>
    recordArrival(arrivals, conversationOf.get(event.conversationId)!, event.text),
  );
  let done = 0;
  const allDone = new Promise<void>((resolve) => {
    agent.on('coach:done', () => {
      if (++done === streams) resolve();
    });
  });
  return { arrivals, allDone };
}

/**
 * The baseline of both coaching benches: a bare Socket.IO server that starts the same SDK stream for each request
 * and emits every delta to the agent the moment it arrives. Requests come from `senders` lead sockets at once (1:
 * one socket asks for every stream; N: a burst of N leads). Returns the per-delta latency.
 */
export async function rawRelayRun(
  fake: FakeAnthropic,
  options: { streams: number; senders: number; marker: (i: number) => string },
): Promise<LatencySummary> {
  const { streams, senders, marker } = options;
  const http = createServer();
  const server = new Server(http);
  const client = new Anthropic({ apiKey: 'bench', baseURL: fake.url, maxRetries: 0 });
  const agents = server.of('/agent');
  server.on('connection', (socket) => {
    socket.on('start', (i: number, ack: () => void) => {
      ack();
      const stream = client.messages.stream({
        model: 'bench-fast',
        max_tokens: 1_024,
        messages: [{ role: 'user', content: `Timing worries me ${marker(i)}` }],
      });
      stream.on('text', (text) => agents.emit('token', { i, text }));
      stream.on('end', () => agents.emit('done', i));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  const agent = await connectClient(`${url}/agent`);
  const leads = await Promise.all(Array.from({ length: senders }, () => connectClient(url)));
  const arrivals: Arrivals = new Map();
  agent.on('token', (event: { i: number; text: string }) => recordArrival(arrivals, event.i, event.text));
  let done = 0;
  const allDone = new Promise<void>((resolve) => {
    agent.on('done', () => {
      if (++done === streams) resolve();
    });
  });
  fake.reset();
  fake.setBehaviour(() => COACHING_TEXT);
  collectSetupGarbage();
  await Promise.all(Array.from({ length: streams }, (_, i) => leads[i % senders]!.emitWithAck('start', i)));
  await allDone;
  const summary = summarizeLatency(samplesFor(fake, arrivals, marker));
  agent.close();
  for (const lead of leads) lead.close();
  await server.close();
  return summary;
}
