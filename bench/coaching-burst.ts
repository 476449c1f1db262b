import { startFakeAnthropic, type FakeAnthropic } from '../tests/fakes/anthropic-server.js';
import { summarizeLatency, type LatencySummary } from './coaching-latency.js';
import {
  collectCoachTokens,
  cpuPerDeltaMeter,
  leadMarker,
  rawRelayRun,
  samplesFor,
  startCoachingHub,
  WARMUP_BURSTS,
  type CpuPerDelta,
} from './coaching-rig.js';
import { COACHING_TEXT } from './shared.js';

/**
 * The hub: N agent-owned conversations (durable SQLite, synchronous=full); every lead writes at once, and each
 * lead message starts a live coaching stream (the model via the real SDK against the fake server).
 */
async function hubRun(
  fake: FakeAnthropic,
  streams: number,
  measuredBursts: number,
): Promise<{ latency: LatencySummary; cpu: CpuPerDelta }> {
  const rig = await startCoachingHub(fake, {
    synchronous: 'full',
    firstTokenTimeoutMs: 30_000,
    totalTimeoutMs: 120_000,
  });
  const agent = await rig.agent();
  const { widgets, conversationOf } = await rig.leads(streams, () => 'Hello');
  await rig.idle();
  for (const conversationId of conversationOf.keys()) {
    await agent.emitWithAck('conversation:join', { conversationId, lastSeq: 0 });
    await agent.emitWithAck('conversation:claim', { conversationId });
  }
  /** Every lead writes in the same moment; resolves with the latency of every delta once every stream is done. */
  const burst = async (label: string, begin?: () => Promise<void>) => {
    const mark = (i: number) => leadMarker(label, i);
    const { arrivals, allDone } = collectCoachTokens(agent, conversationOf, streams);
    fake.reset();
    fake.setBehaviour(() => COACHING_TEXT);
    await rig.collectGarbage();
    await begin?.();
    await Promise.all(
      widgets.map((widget, i) =>
        widget.emitWithAck('message:send', { clientMsgId: label, text: `Timing worries me ${mark(i)}` }),
      ),
    );
    await allDone;
    const samples = samplesFor(fake, arrivals, mark);
    await rig.idle();
    return samples;
  };
  for (let pass = 1; pass <= WARMUP_BURSTS; pass++) await burst(`warmup${pass}`);
  const meter = cpuPerDeltaMeter(() => rig.cpu());
  const samples: number[] = [];
  for (let pass = 1; pass <= measuredBursts; pass++) {
    const label = measuredBursts === 1 ? 'burst' : `burst${pass}`;
    samples.push(...(await meter.measure((begin) => burst(label, begin))));
  }
  await rig.close();
  return { latency: summarizeLatency(samples), cpu: meter.result() };
}

export interface CoachingBurstResult {
  streams: number;
  measuredBursts: number;
  hub: LatencySummary;
  raw: LatencySummary;
  /** Server CPU per delta over the measured bursts (the hub's includes all it does meanwhile: acks, bot turns). */
  cpu: { hub: CpuPerDelta; raw: CpuPerDelta };
}

/**
 * Coaching token latency when a burst of lead messages starts every stream at once, hub vs the raw SDK relay;
 * the samples of `measuredBursts` bursts (after the warm-up) are pooled on each side.
 */
export async function benchCoachingBurst(
  streams = 50,
  tokenDelayMs = 20,
  measuredBursts = 3,
): Promise<CoachingBurstResult> {
  const fake = await startFakeAnthropic({
    recordTokenWrites: true,
    tokenDelayMs,
    maxLoggedRequests: 100_000,
  });
  try {
    const raw = await rawRelayRun(fake, {
      streams,
      senders: streams,
      marker: (i) => leadMarker('burst', i),
      warmupBursts: WARMUP_BURSTS,
      measuredBursts,
    });
    const hub = await hubRun(fake, streams, measuredBursts);
    return {
      streams,
      measuredBursts,
      hub: hub.latency,
      raw: raw.latency,
      cpu: { hub: hub.cpu, raw: raw.cpu },
    };
  } finally {
    await fake.close();
  }
}
