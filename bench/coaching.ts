import { startFakeAnthropic, type FakeAnthropic } from '../tests/fakes/anthropic-server.js';
import { summarizeLatency, type LatencySummary } from './coaching-latency.js';
import { collectCoachTokens, leadMarker, rawRelayRun, samplesFor, startCoachingHub } from './coaching-rig.js';
import { COACHING_TEXT } from './shared.js';

const marker = (i: number) => leadMarker('bench', i);

async function hubRun(fake: FakeAnthropic, streams: number): Promise<LatencySummary> {
  const rig = await startCoachingHub(fake, {
    synchronous: 'normal',
    silentBot: true,
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
      const { latency: raw } = await rawRelayRun(fake, { streams, senders: 1, marker });
      const hub = await hubRun(fake, streams);
      rows.push({ streams, hub, raw });
    }
  } finally {
    await fake.close();
  }
  return rows;
}
