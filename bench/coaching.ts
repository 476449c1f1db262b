import { createServer } from 'node:http';
import { Anthropic } from '@anthropic-ai/sdk';
import { Server } from 'socket.io';
import { startFakeAnthropic, type FakeAnthropic } from '../tests/fakes/anthropic-server.js';
import { summarizeLatency, type LatencySummary } from './coaching-latency.js';
import {
  collectCoachTokens,
  leadMarker,
  recordArrival,
  samplesFor,
  startCoachingHub,
  type Arrivals,
} from './coaching-rig.js';
import { COACHING_TEXT, silentBot, connectClient } from './shared.js';

const marker = (i: number) => leadMarker('bench', i);

async function hubRun(fake: FakeAnthropic, streams: number): Promise<LatencySummary> {
  const rig = await startCoachingHub(fake, {
    synchronous: 'normal',
    bot: silentBot,
    firstTokenTimeoutMs: 10_000,
    totalTimeoutMs: 60_000,
  });
  const { conversationOf } = await rig.leads(streams, (i) => `Timing worries me ${marker(i)}`);
  const agent = await rig.agent();
  for (const conversationId of conversationOf.keys()) {
    await agent.emitWithAck('conversation:join', { conversationId, lastSeq: 0 });
  }
  const { arrivals, allDone } = collectCoachTokens(agent, conversationOf, streams);
  fake.reset();
  fake.setBehaviour(() => COACHING_TEXT);
  await Promise.all(
    [...conversationOf.keys()].map((conversationId) =>
      agent.emitWithAck('coach:request', { conversationId, kind: 'coaching' }),
    ),
  );
  await allDone;
  const summary = summarizeLatency(samplesFor(fake, arrivals, marker));
  await rig.close();
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
  const arrivals: Arrivals = new Map();
  socket.on('token', (event: { i: number; text: string }) => recordArrival(arrivals, event.i, event.text));
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
  const summary = summarizeLatency(samplesFor(fake, arrivals, marker));
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
