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
import { createSqliteStore } from '../src/store/sqlite.js';
import { loadTenants } from '../src/tenants.js';
import { coachingExtension } from '../src/wiring.js';
import { startFakeAnthropic, type FakeAnthropic } from '../tests/fakes/anthropic-server.js';
import {
  createTokenLatencyTracker,
  nowMs,
  summarizeLatency,
  type LatencySummary,
} from './coaching-latency.js';
import { COACHING_TEXT, silentBot, connectClient } from './shared.js';

const marker = (i: number) => `[bench-lead-${i}]`;
type Arrival = { text: string; atMs: number };

/** Latency per model delta (fake server write → client receipt), matched by each stream's request in the fake log. */
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

async function hubRun(fake: FakeAnthropic, streams: number): Promise<LatencySummary> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-bench-coach-'));
  const store = createSqliteStore({ file: join(dataDir, 'hub.db'), synchronous: 'normal' });
  const tenants = loadTenants('config/tenants.json');
  const logger = createLogger('silent');
  const metrics = createMetrics();
  const model = createModelProvider(
    {
      apiKey: 'bench',
      baseURL: fake.url,
      models: { fast: 'bench-fast', strong: 'bench-strong' },
      firstTokenTimeoutMs: 10_000,
      totalTimeoutMs: 60_000,
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
    bot: silentBot,
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
  const conversationOf = new Map<string, number>();
  const widgets: Socket[] = [];
  for (let i = 0; i < streams; i++) {
    const widget = await connectClient(
      `${url}/widget`,
      (await post('/api/widget/sessions', { tenantId: 'demo' })).token,
    );
    widgets.push(widget);
    const ack = (await widget.emitWithAck('message:send', {
      clientMsgId: 'm',
      text: `Timing worries me ${marker(i)}`,
    })) as {
      data: { conversationId: string };
    };
    conversationOf.set(ack.data.conversationId, i);
  }
  const agent = await connectClient(
    `${url}/agent`,
    (await post('/api/dev/tokens', { tenantId: 'demo', role: 'agent', userId: 'bench', name: 'Bench' }))
      .token,
  );
  for (const conversationId of conversationOf.keys()) {
    await agent.emitWithAck('conversation:join', { conversationId, lastSeq: 0 });
  }
  const arrivals = new Map<number, Arrival[]>();
  agent.on('coach:token', (event: { conversationId: string; text: string }) => {
    const atMs = nowMs();
    const i = conversationOf.get(event.conversationId)!;
    const list = arrivals.get(i) ?? [];
    list.push({ text: event.text, atMs });
    arrivals.set(i, list);
  });
  let done = 0;
  const allDone = new Promise<void>((resolve) => {
    agent.on('coach:done', () => {
      if (++done === streams) resolve();
    });
  });
  fake.reset();
  fake.setBehaviour(() => COACHING_TEXT);
  await Promise.all(
    [...conversationOf.keys()].map((conversationId) =>
      agent.emitWithAck('coach:request', { conversationId, kind: 'coaching' }),
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

/** The baseline: the same SDK streams, each delta emitted at once by a bare Socket.IO server. */
async function rawRun(fake: FakeAnthropic, streams: number): Promise<LatencySummary> {
  const http = createServer();
  const server = new Server(http);
  const client = new Anthropic({ apiKey: 'bench', baseURL: fake.url, maxRetries: 0 });
  server.on('connection', (socket) => {
    socket.on('start', (i: number, ack: () => void) => {
      ack();
      const stream = client.messages.stream({
        model: 'bench-fast',
        max_tokens: 1_024,
        messages: [{ role: 'user', content: `Timing worries me ${marker(i)}` }],
      });
      stream.on('text', (text) => socket.emit('token', { i, text }));
      stream.on('end', () => socket.emit('done', i));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const socket = await connectClient(`http://127.0.0.1:${(http.address() as { port: number }).port}`);
  const arrivals = new Map<number, Arrival[]>();
  socket.on('token', (event: { i: number; text: string }) => {
    const atMs = nowMs();
    const list = arrivals.get(event.i) ?? [];
    list.push({ text: event.text, atMs });
    arrivals.set(event.i, list);
  });
  let done = 0;
  const allDone = new Promise<void>((resolve) => {
    socket.on('done', () => {
      if (++done === streams) resolve();
    });
  });
  fake.reset();
  fake.setBehaviour(() => COACHING_TEXT);
  await Promise.all(Array.from({ length: streams }, (_, i) => socket.emitWithAck('start', i)));
  await allDone;
  const summary = summarizeLatency(samplesFor(fake, arrivals));
  socket.close();
  await server.close();
  return summary;
}

export interface CoachingBenchRow {
  streams: number;
  hub: LatencySummary;
  raw: LatencySummary;
}

/** Hub-added latency per coaching token at several concurrencies, next to a raw Socket.IO emit baseline. */
export async function benchCoachingLatency(
  concurrencies: number[],
  tokenDelayMs = 20,
): Promise<CoachingBenchRow[]> {
  const fake = await startFakeAnthropic({
    recordTokenWrites: true,
    tokenDelayMs,
    maxLoggedRequests: 100_000,
  });
  const rows: CoachingBenchRow[] = [];
  try {
    for (const streams of concurrencies) {
      const raw = await rawRun(fake, streams);
      const hub = await hubRun(fake, streams);
      rows.push({ streams, hub, raw });
    }
  } finally {
    await fake.close();
  }
  return rows;
}
