import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Anthropic } from '@anthropic-ai/sdk';
import { Server } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { createHub } from '../src/app.js';
import { createModelProvider } from '../src/llm/index.js';
import { createLogger } from '../src/logger.js';
import { createMetrics } from '../src/metrics.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { loadTenants } from '../src/tenants.js';
import { coachingExtension } from '../src/wiring.js';
import { startFakeAnthropic, type FakeAnthropic } from '../tests/fakes/anthropic-server.js';
import {
  createTokenLatencyTracker,
  nowMs,
  summarizeLatency,
  type LatencySummary,
} from './coaching-latency.js';
import { COACHING_TEXT, connectClient } from './shared.js';

const marker = (i: number) => `[burst-lead-${i}]`;
type Arrival = { text: string; atMs: number };

function samplesFor(fake: FakeAnthropic, arrivals: Map<number, Arrival[]>): number[] {
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

const record = (arrivals: Map<number, Arrival[]>, i: number, text: string) => {
  const list = arrivals.get(i) ?? [];
  list.push({ text, atMs: nowMs() });
  arrivals.set(i, list);
};

/**
 * The hub: N agent-owned conversations (durable SQLite, synchronous=full); every lead writes at once, and each
 * lead message starts a live coaching stream (the model via the real SDK against the fake server).
 */
async function hubRun(fake: FakeAnthropic, streams: number): Promise<LatencySummary> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-bench-burst-'));
  const store = await openSqliteStore({ file: join(dataDir, 'hub.db'), synchronous: 'full' });
  const tenants = loadTenants('config/tenants.json');
  const logger = createLogger('silent');
  const metrics = createMetrics();
  const model = createModelProvider(
    {
      apiKey: 'bench',
      baseURL: fake.url,
      models: { fast: 'bench-fast', strong: 'bench-strong' },
      firstTokenTimeoutMs: 30_000,
      totalTimeoutMs: 120_000,
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
    security: { widgetSessionsPerMinPerIp: 0, widgetSessionsPerMinPerTenant: 0 },
    extensions: [coachingExtension({ store, tenants, model, logger, registry: metrics.registry })],
  });
  const url = `http://127.0.0.1:${await hub.listen(0, '127.0.0.1')}`;
  const post = async (path: string, body: unknown) =>
    (await (
      await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
        body: JSON.stringify(body),
      })
    ).json()) as { token: string };
  const agent = await connectClient(
    `${url}/agent`,
    (await post('/api/dev/tokens', { tenantId: 'demo', role: 'agent', userId: 'bench', name: 'Bench' }))
      .token,
  );
  const conversationOf = new Map<string, number>();
  const widgets: Socket[] = [];
  for (let i = 0; i < streams; i++) {
    const widget = await connectClient(
      `${url}/widget`,
      (await post('/api/widget/sessions', { tenantId: 'demo' })).token,
    );
    widgets.push(widget);
    const ack = (await widget.emitWithAck('message:send', { clientMsgId: 'hello', text: 'Hello' })) as {
      data: { conversationId: string };
    };
    conversationOf.set(ack.data.conversationId, i);
  }
  await hub.idle();
  for (const conversationId of conversationOf.keys()) {
    await agent.emitWithAck('conversation:join', { conversationId, lastSeq: 0 });
    await agent.emitWithAck('conversation:claim', { conversationId });
  }
  const arrivals = new Map<number, Arrival[]>();
  agent.on('coach:token', (event: { conversationId: string; text: string }) =>
    record(arrivals, conversationOf.get(event.conversationId)!, event.text),
  );
  let done = 0;
  const allDone = new Promise<void>((resolve) => {
    agent.on('coach:done', () => {
      if (++done === streams) resolve();
    });
  });
  fake.reset();
  fake.setBehaviour(() => COACHING_TEXT);
  // The burst: every lead writes in the same moment.
  await Promise.all(
    widgets.map((widget, i) =>
      widget.emitWithAck('message:send', { clientMsgId: 'burst', text: `Timing worries me ${marker(i)}` }),
    ),
  );
  await allDone;
  const summary = summarizeLatency(samplesFor(fake, arrivals));
  agent.close();
  for (const widget of widgets) widget.close();
  await hub.close({ graceMs: 1_000 });
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  return summary;
}

/** The baseline: a bare Socket.IO server that starts the same SDK stream per lead message and relays each delta. */
async function rawRun(fake: FakeAnthropic, streams: number): Promise<LatencySummary> {
  const http = createServer();
  const server = new Server(http);
  const client = new Anthropic({ apiKey: 'bench', baseURL: fake.url, maxRetries: 0 });
  server.of('/agent');
  server.on('connection', (socket) => {
    socket.on('message', (payload: { i: number; text: string }, ack: () => void) => {
      ack();
      const stream = client.messages.stream({
        model: 'bench-fast',
        max_tokens: 1_024,
        messages: [{ role: 'user', content: payload.text }],
      });
      stream.on('text', (text) => server.of('/agent').emit('token', { i: payload.i, text }));
      stream.on('end', () => server.of('/agent').emit('done', payload.i));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  const agent = await connectClient(`${url}/agent`);
  const leads = await Promise.all(Array.from({ length: streams }, () => connectClient(url)));
  const arrivals = new Map<number, Arrival[]>();
  agent.on('token', (event: { i: number; text: string }) => record(arrivals, event.i, event.text));
  let done = 0;
  const allDone = new Promise<void>((resolve) => {
    agent.on('done', () => {
      if (++done === streams) resolve();
    });
  });
  fake.reset();
  fake.setBehaviour(() => COACHING_TEXT);
  await Promise.all(
    leads.map((lead, i) => lead.emitWithAck('message', { i, text: `Timing worries me ${marker(i)}` })),
  );
  await allDone;
  const summary = summarizeLatency(samplesFor(fake, arrivals));
  agent.close();
  for (const lead of leads) lead.close();
  await server.close();
  return summary;
}

export interface CoachingBurstResult {
  streams: number;
  hub: LatencySummary;
  raw: LatencySummary;
}

/** Coaching token latency when a burst of lead messages starts every stream at once, hub vs the raw SDK relay. */
export async function benchCoachingBurst(streams = 50, tokenDelayMs = 20): Promise<CoachingBurstResult> {
  const fake = await startFakeAnthropic({
    recordTokenWrites: true,
    tokenDelayMs,
    maxLoggedRequests: 100_000,
  });
  try {
    const raw = await rawRun(fake, streams);
    const hub = await hubRun(fake, streams);
    return { streams, hub, raw };
  } finally {
    await fake.close();
  }
}
