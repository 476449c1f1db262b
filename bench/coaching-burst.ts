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
import { COACHING_TEXT, connectClient } from './shared.js';

const marker = (i: number) => leadMarker('burst', i);

/**
 * The hub: N agent-owned conversations (durable SQLite, synchronous=full); every lead writes at once, and each
 * lead message starts a live coaching stream (the model via the real SDK against the fake server).
 */
async function hubRun(fake: FakeAnthropic, streams: number): Promise<LatencySummary> {
  const rig = await startCoachingHub(fake, {
    synchronous: 'full',
    firstTokenTimeoutMs: 30_000,
    totalTimeoutMs: 120_000,
  });
  const agent = await rig.agent();
  const { widgets, conversationOf } = await rig.leads(streams, () => 'Hello');
  await rig.hub.idle();
  for (const conversationId of conversationOf.keys()) {
    await agent.emitWithAck('conversation:join', { conversationId, lastSeq: 0 });
    await agent.emitWithAck('conversation:claim', { conversationId });
  }
  const { arrivals, allDone } = collectCoachTokens(agent, conversationOf, streams);
  fake.reset();
  fake.setBehaviour(() => COACHING_TEXT);
  // The burst: every lead writes in the same moment.
  await Promise.all(
    widgets.map((widget, i) =>
      widget.emitWithAck('message:send', { clientMsgId: 'burst', text: `Timing worries me ${marker(i)}` }),
    ),
  );
  await allDone;
  const summary = summarizeLatency(samplesFor(fake, arrivals, marker));
  await rig.close();
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
  await Promise.all(
    leads.map((lead, i) => lead.emitWithAck('message', { i, text: `Timing worries me ${marker(i)}` })),
  );
  await allDone;
  const summary = summarizeLatency(samplesFor(fake, arrivals, marker));
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
