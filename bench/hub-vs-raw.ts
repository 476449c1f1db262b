import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { createHub } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import type { StreamHub } from '../src/realtime/stream-hub.js';
import { createSqliteStore } from '../src/store/sqlite/store.js';
import { loadTenants } from '../src/tenants.js';
import { summarize, type Summary } from './stats.js';
import { BENCH_SECURITY } from './hub-settings.js';
import { connectClient, postJson, silentBot } from './shared.js';

export interface HubBenchResult {
  acceptHub: Summary;
  acceptRaw: Summary;
  fanoutHub: Summary;
  fanoutRaw: Summary;
  replay500: Summary;
}

/** Message accept (send → ack after store) and token fan-out, hub against a raw Socket.IO server, same run. */
export async function benchHubVsRaw(options: {
  messages: number;
  tokens: number;
  synchronous?: 'full' | 'normal';
}): Promise<HubBenchResult> {
  // ---- raw Socket.IO baseline: ack echo and room emit
  const rawHttp = createServer();
  const raw = new Server(rawHttp);
  raw.on('connection', (socket) => {
    void socket.join('room');
    socket.on('send', (_payload: unknown, ack: (answer: unknown) => void) => ack({ ok: true }));
  });
  await new Promise<void>((resolve) => rawHttp.listen(0, '127.0.0.1', resolve));
  const rawUrl = `http://127.0.0.1:${(rawHttp.address() as { port: number }).port}`;

  // ---- the hub on a fresh SQLite file
  const dataDir = mkdtempSync(join(tmpdir(), 'jorge-bench-'));
  const store = createSqliteStore({
    file: join(dataDir, 'hub.db'),
    synchronous: options.synchronous ?? 'full',
  });
  const hub = createHub({
    store,
    tenants: loadTenants('config/tenants.json'),
    logger: createLogger('silent'),
    jwtSecret: 'bench-secret-0123456789',
    devTokensEnabled: true,
    rateLimitPer10s: 1_000_000,
    security: BENCH_SECURITY,
    bot: silentBot,
  });
  const streams: StreamHub = hub.streams;
  const port = await hub.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const post = (path: string, body: unknown) => postJson<{ token: string }>(url, path, body);

  const { token } = await post('/api/widget/sessions', { tenantId: 'demo' });
  const widget = await connectClient(`${url}/widget`, token);
  const rawClient = await connectClient(rawUrl);

  const acceptHub: number[] = [];
  const acceptRaw: number[] = [];
  let conversationId = '';
  for (let i = 0; i < options.messages; i++) {
    let started = performance.now();
    const ack = (await widget.emitWithAck('message:send', { clientMsgId: `b-${i}`, text: `bench ${i}` })) as {
      data: { conversationId: string };
    };
    acceptHub.push(performance.now() - started);
    conversationId = ack.data.conversationId;
    started = performance.now();
    await rawClient.emitWithAck('send', { clientMsgId: `b-${i}`, text: `bench ${i}` });
    acceptRaw.push(performance.now() - started);
  }

  const replay500: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await widget.emitWithAck('conversation:resume', { lastSeq: Math.max(0, options.messages - 500) });
    replay500.push(performance.now() - started);
  }

  // ---- token fan-out: hub stream (coalesced, numbered, snapshotted) vs raw room emit, one token per tick
  const { token: agentToken } = await post('/api/dev/tokens', {
    tenantId: 'demo',
    role: 'agent',
    userId: 'bench',
    name: 'Bench',
  });
  const agent = await connectClient(`${url}/agent`, agentToken);
  await agent.emitWithAck('conversation:join', { conversationId, lastSeq: options.messages });
  // One long-lived coaching stream, as in production: each pushed token is stamped with its push time.
  const stream = streams.open({ tenantId: 'demo', conversationId, kind: 'coaching', audience: 'staff' });
  const fanoutHub = await measureTokens(agent, 'coach:token', options.tokens, (text) => stream.push(text));
  stream.end();
  const fanoutRaw = await measureTokens(rawClient, 'token', options.tokens, (text) => {
    raw.to('room').emit('token', { index: 0, text });
  });

  widget.close();
  agent.close();
  rawClient.close();
  await hub.close({ graceMs: 1_000 });
  await store.close();
  await raw.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    acceptHub: summarize(acceptHub),
    acceptRaw: summarize(acceptRaw),
    fanoutHub: summarize(fanoutHub),
    fanoutRaw: summarize(fanoutRaw),
    replay500: summarize(replay500),
  };
}

/** Sends `count` tokens one at a time, each stamped with its send time; returns send → receive latencies (ms). */
async function measureTokens(
  receiver: Socket,
  event: string,
  count: number,
  send: (text: string) => void,
): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const received = new Promise<void>((resolve) => {
      receiver.once(event, (payload: { text: string }) => {
        latencies.push(performance.now() - Number(payload.text));
        resolve();
      });
    });
    send(String(performance.now()));
    await received;
  }
  return latencies;
}
