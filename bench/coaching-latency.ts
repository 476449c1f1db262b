/**
 * Helpers for "hub-added latency per token" benchmarks of model streams (coaching, bot phrasing). The fake
 * Anthropic server records when it writes each delta (`recordTokenWrites`, a side channel) or stamps the write
 * time into the delta text (`stampTokens`); a receiver (a socket client of the hub) records when text arrives.
 * Times are `performance.timeOrigin + performance.now()` in ms, comparable across processes on one host.
 *
 * A typical run (the runner itself is not here):
 *   const fake = await startFakeAnthropic({ recordTokenWrites: true, tokenDelayMs: 20 });
 *   const baseline = await measureDirectSdkLatency(fake, { text });   // the SDK alone, same run
 *   // start the hub with ANTHROPIC_BASE_URL=fake.url; connect an agent; request coaching; for each coach:token:
 *   tracker.onText(event.text);  // tracker = createTokenLatencyTracker(() => fake.tokenWrites, { requestIndex })
 *   summarizeLatency(tracker.samples()) vs summarizeLatency(baseline) → hub-added latency per token.
 */
import { Anthropic } from '@anthropic-ai/sdk';
import { performance } from 'node:perf_hooks';
import type { FakeAnthropic, TokenWrite } from '../tests/fakes/anthropic-server.js';

/** Wall-clock ms with sub-ms precision, comparable across processes on the same host. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

export interface TokenLatencyTracker {
  /** Records one received chunk of the stream's text (in order), at `atMs` (default now). */
  onText(text: string, atMs?: number): void;
  /** One latency sample (ms) per server delta whose text has fully arrived: arrival time − write time. */
  samples(): number[];
}

/**
 * Matches arrivals to the server's writes by text offset, so coalescing (several deltas in one socket event) and
 * splitting are both handled: a delta has arrived when the received text is at least as long as its end offset.
 * The hub may append text after the model's (completed sections); offsets of the model text stay valid.
 */
export function createTokenLatencyTracker(
  writes: TokenWrite[] | (() => TokenWrite[]),
  options: { requestIndex?: number } = {},
): TokenLatencyTracker {
  const arrivals: { length: number; atMs: number }[] = [];
  let received = 0;
  return {
    onText(text, atMs = nowMs()) {
      received += text.length;
      arrivals.push({ length: received, atMs });
    },
    samples() {
      const all = typeof writes === 'function' ? writes() : writes;
      const requestIndex = options.requestIndex ?? all[0]?.requestIndex;
      const samples: number[] = [];
      let cursor = 0;
      for (const write of all.filter((w) => w.requestIndex === requestIndex)) {
        while (cursor < arrivals.length && arrivals[cursor]!.length < write.endOffset) cursor++;
        const arrival = arrivals[cursor];
        if (!arrival) break;
        samples.push(arrival.atMs - write.writtenAtMs);
      }
      return samples;
    },
  };
}

const STAMP = /⟦t=(\d+(?:\.\d+)?)⟧/g;

/** Splits text stamped by the fake (`stampTokens`) into the clean text and each delta's write time and offset. */
export function parseStampedText(text: string): {
  clean: string;
  stamps: { offset: number; writtenAtMs: number }[];
} {
  const stamps: { offset: number; writtenAtMs: number }[] = [];
  let clean = '';
  let last = 0;
  for (const match of text.matchAll(STAMP)) {
    clean += text.slice(last, match.index);
    stamps.push({ offset: clean.length, writtenAtMs: Number(match[1]) });
    last = match.index + match[0].length;
  }
  clean += text.slice(last);
  return { clean, stamps };
}

/** Latency samples from stamped chunks as they arrive: each stamp's arrival time − its write time. */
export function createStampedLatencyTracker(): TokenLatencyTracker {
  const samples: number[] = [];
  let carry = '';
  return {
    onText(text, atMs = nowMs()) {
      // A stamp can be split across chunks: keep an unfinished "⟦..." for the next chunk.
      const joined = carry + text;
      const open = joined.lastIndexOf('⟦');
      const complete = open >= 0 && joined.indexOf('⟧', open) < 0 ? joined.slice(0, open) : joined;
      carry = joined.slice(complete.length);
      for (const stamp of parseStampedText(complete).stamps) samples.push(atMs - stamp.writtenAtMs);
    },
    samples: () => [...samples],
  };
}

export interface LatencySummary {
  count: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarizeLatency(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    min: sorted[0] ?? 0,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: sorted.at(-1) ?? 0,
    mean: sorted.length ? sum / sorted.length : 0,
  };
}

/** The difference of two summaries (hub − baseline), per statistic: the latency the hub adds per token. */
export function addedLatency(hub: LatencySummary, baseline: LatencySummary): Omit<LatencySummary, 'count'> {
  return {
    min: hub.min - baseline.min,
    p50: hub.p50 - baseline.p50,
    p90: hub.p90 - baseline.p90,
    p99: hub.p99 - baseline.p99,
    max: hub.max - baseline.max,
    mean: hub.mean - baseline.mean,
  };
}

/**
 * The baseline in the same run: the real SDK reading the fake server directly, no hub in between. The fake must
 * record token writes (`recordTokenWrites: true`).
 */
export async function measureDirectSdkLatency(
  fake: FakeAnthropic,
  options: { text: string; tokenDelayMs?: number; model?: string },
): Promise<number[]> {
  const client = new Anthropic({ apiKey: 'bench', baseURL: fake.url, maxRetries: 0 });
  fake.script({
    text: options.text,
    ...(options.tokenDelayMs !== undefined ? { tokenDelayMs: options.tokenDelayMs } : {}),
  });
  const requestIndex = fake.requests.length === 0 ? 0 : fake.requests.at(-1)!.index + 1;
  const tracker = createTokenLatencyTracker(() => fake.tokenWrites, { requestIndex });
  const stream = client.messages.stream({
    model: options.model ?? 'bench-model',
    max_tokens: 1_024,
    messages: [{ role: 'user', content: 'bench' }],
  });
  stream.on('text', (delta) => tracker.onText(delta));
  await stream.done();
  return tracker.samples();
}
