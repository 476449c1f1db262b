/**
 * Cross-node benchmarks: two real hub processes sharing a private Redis (bench/cluster-helpers.ts), next to a
 * raw baseline of two bare Socket.IO servers with the same Redis adapter (bench/raw-redis-node.ts), same run.
 *
 * - Coaching tokens: an agent on node A requests coaching for N conversations at once; an agent on node B, joined
 *   to all of them, receives the `coach:token` events. Latency per model delta = the fake Anthropic server writes
 *   it (in this process) → node B's client receives it (in this process). Raw: node A streams the same reply with
 *   the SDK and emits every delta to a room through the adapter; a client of node B receives it. The raw streams
 *   start on the schedule the hub's coaching requests reached the fake in the same row (the hub spreads N starts
 *   over a while; N raw starts in one millisecond would measure a synchronized burst instead). A 20-stream round
 *   on each side warms up first, unmeasured.
 * - Message accept → delivery: a lead on node A sends `message:send`; an agent on node B receives the `message`
 *   event (the hub stores it in SQLite first). Raw: a client of node A emits `send`, node A emits to a room
 *   through the adapter, a client of node B receives it. Sequential, one message in flight, after 5 unmeasured.
 *
 * All times in ms, on loopback; the fake server, the clients and the four server processes share the host's
 * cores, so the figures include that contention (for hub and raw alike).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Socket } from 'socket.io-client';
import { projectRoot } from '../scripts/lib/hub-processes.js';
import type { Ack } from '../src/errors.js';
import type { MessageView, StreamTokenEvent } from '../src/protocol/common.js';
import type { CoachDoneEvent, CoachRequestResult, SendResult } from '../src/protocol/events.js';
import {
  startFakeAnthropic,
  type FakeAnthropic,
  type FakeReply,
  type FakeRequestInfo,
} from '../tests/fakes/anthropic-server.js';
import { startBenchCluster, type BenchCluster } from './cluster-helpers.js';
import {
  createTokenLatencyTracker,
  nowMs,
  summarizeLatency,
  type LatencySummary,
} from './coaching-latency.js';
import { costPer, createCostMeter, type CostMeter, type RunCost } from './cluster-meter.js';
import { COACHING_TEXT, connectClient, postJson } from './shared.js';

/** What bot phrasing (and any other non-coaching request) gets: short and immediate, to keep it out of the way. */
const PHRASING_TEXT = 'Thanks for telling me. When would you ideally like to move?';
/** The raw nodes' system prompt (bench/raw-redis-node.ts). */
const RAW_SYSTEM = 'raw baseline';
const COACH_SYSTEM = 'Jorge Coach';

const TOKEN_DELAY_MS = 20;
const SETUP_PARALLELISM = 25;
const WARMUP_MESSAGES = 5;
const WARMUP_STREAMS = 20;

const marker = (i: number) => `[bench-lead-${i}]`;

/** Coaching prompts (the hub's and the raw nodes') get the line-tagged coaching text; everything else a short reply. */
function behaviour(request: FakeRequestInfo): FakeReply | string {
  if (request.system.includes(COACH_SYSTEM) || request.system === RAW_SYSTEM) return COACHING_TEXT;
  return { text: PHRASING_TEXT, tokenDelayMs: 0 };
}

/** Clears the fake's log (reset also clears the behaviour, so it is set again). */
function resetFake(fake: FakeAnthropic): void {
  fake.reset();
  fake.setBehaviour(behaviour);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`cross-node bench: timed out after ${ms} ms: ${what()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function inBatches<T>(
  items: T[],
  parallelism: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(parallelism, items.length) }, worker));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

async function hubRequest<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const answer = (await socket.timeout(120_000).emitWithAck(event, payload)) as Ack<T>;
  if (!answer.ok) throw new Error(`${event}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

const agentToken = async (url: string, userId: string) =>
  (
    await postJson<{ token: string }>(url, '/api/dev/tokens', {
      tenantId: 'demo',
      role: 'agent',
      userId,
      name: `Bench ${userId}`,
    })
  ).token;

const widgetToken = async (url: string) =>
  (await postJson<{ token: string }>(url, '/api/widget/sessions', { tenantId: 'demo' })).token;

/** Waits until every request the fake received has ended and none came for `quietMs` (bot replies settle). */
async function fakeQuiet(fake: FakeAnthropic, quietMs = 300, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const count = fake.requests.length;
    const open = fake.requests.some((request) => !request.closed);
    if (count !== seen || open) {
      seen = count;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) return;
    await sleep(25);
  }
  throw new Error('cross-node bench: the fake Anthropic server never went quiet');
}

/** The fake's coaching request for lead i: by the marker in the prompt and the system prompt, not by order. */
function requestIndexOf(fake: FakeAnthropic, i: number, system: string): number | undefined {
  return fake.requests.find((request) => {
    const body = JSON.stringify(request.body ?? null);
    return body.includes(system) && body.includes(marker(i));
  })?.index;
}

type Arrival = { index: number; text: string; atMs: number };

/**
 * Latency samples of one stream. Arrivals are put in token-index order; a delta counts as delivered when every
 * chunk up to it has arrived (the latest arrival so far), so reordering or duplicates cannot flatter the figure.
 */
function streamSamples(fake: FakeAnthropic, requestIndex: number, arrivals: Arrival[]): number[] {
  const byIndex = new Map<number, Arrival>();
  for (const arrival of arrivals) if (!byIndex.has(arrival.index)) byIndex.set(arrival.index, arrival);
  const tracker = createTokenLatencyTracker(fake.tokenWrites, { requestIndex });
  let latest = 0;
  for (const arrival of [...byIndex.values()].sort((a, b) => a.index - b.index)) {
    latest = Math.max(latest, arrival.atMs);
    tracker.onText(arrival.text, latest);
  }
  return tracker.samples();
}

/**
 * Where the coach's COMPLIANCE line starts in the scripted answer: the hub holds that line back until the answer is
 * complete (src/coaching/hold.ts, its own flags go first), so its deltas wait for the end of the stream on every
 * node; the raw relay holds nothing. Deltas that end before it measure the relay alone.
 */
const HELD_FROM = COACHING_TEXT.indexOf('COMPLIANCE:');

/** The samples (in write order, as streamSamples returns them) of the deltas written before the held line. */
function unheld(fake: FakeAnthropic, requestIndex: number, samples: number[]): number[] {
  const writes = fake.tokenWrites.filter((write) => write.requestIndex === requestIndex);
  return samples.filter((_, i) => writes[i]!.endOffset <= HELD_FROM);
}

function writesOf(fake: FakeAnthropic, requestIndex: number): number {
  return fake.tokenWrites.filter((write) => write.requestIndex === requestIndex).length;
}

interface RunResult {
  samples: number[];
  /** Deltas the fake wrote for the measured streams that never arrived (should be 0). */
  missing: number;
  /** When each stream's request reached the fake, in ms after the first one (index = stream). */
  startOffsetsMs: number[];
  /** CPU of the sending and receiving node and Redis traffic per model delta, over the measured streams. */
  cost?: RunCost;
  /** The same deltas received by a client on the producing node (hub only). */
  localSamples?: number[];
  /** `samples` and `localSamples` of the deltas before the held COMPLIANCE line (see HELD_FROM). */
  unheld: number[];
  localUnheld?: number[];
}

/** Brackets a measured window: the processes whose CPU counts (sender, receiver) and the Redis they share. */
interface Metering {
  meter: CostMeter;
  pids: (number | undefined)[];
}

async function metered<T>(
  metering: Metering | undefined,
  work: () => Promise<T>,
  units: (result: T) => number,
): Promise<{ result: T; cost?: RunCost }> {
  if (!metering) return { result: await work() };
  const before = await metering.meter.sample(metering.pids);
  const result = await work();
  const after = await metering.meter.sample(metering.pids);
  return { result, cost: costPer(before, after, units(result)) };
}

/** Per stream, its request's arrival at the fake relative to the earliest one (ms). */
function startOffsets(fake: FakeAnthropic, requestIndexes: number[]): number[] {
  const receivedAt = requestIndexes.map(
    (index) => fake.requests.find((request) => request.index === index)?.receivedAtMs ?? 0,
  );
  const first = Math.min(...receivedAt);
  return receivedAt.map((at) => at - first);
}

// ---------------------------------------------------------------------------------------------------------------
// The raw baseline processes

interface RawNode {
  url: string;
  child: ChildProcess;
  output: string[];
  stop(): Promise<void>;
}

function startRawNode(env: Record<string, string>): Promise<RawNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/raw-redis-node.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!alive()) return;
    child.stdin?.end();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };
  createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  return new Promise<RawNode>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`raw node did not start within 30 s:\n${output.join('\n')}`));
    }, 30_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      const { port } = JSON.parse(line) as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, child, output, stop });
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`raw node exited before listening (${child.exitCode}):\n${output.join('\n')}`));
    });
  });
}

/**
 * The raw streams, started on `schedule` (ms offsets per stream; the hub's own start pattern in the same run)
 * or all at once.
 */
async function rawTokens(
  fake: FakeAnthropic,
  nodes: [RawNode, RawNode],
  streams: number,
  schedule?: number[],
  metering?: Metering,
): Promise<RunResult> {
  const sender = await connectClient(nodes[0].url);
  const receiver = await connectClient(nodes[1].url);
  try {
    await Promise.all(range(streams).map((i) => receiver.timeout(30_000).emitWithAck('join', i)));
    resetFake(fake);
    const arrivals = new Map<number, Arrival[]>();
    const done = new Set<number>();
    const failures: string[] = [];
    let settle = () => {};
    const allDone = new Promise<void>((resolve) => (settle = resolve));
    const finish = (i: number) => {
      done.add(i);
      if (done.size === streams) settle();
    };
    receiver.on('token', (event: { i: number; text: string }) => {
      const atMs = nowMs();
      const list = arrivals.get(event.i) ?? [];
      list.push({ index: list.length, text: event.text, atMs });
      arrivals.set(event.i, list);
    });
    receiver.on('done', (i: number) => finish(i));
    receiver.on('failed', (event: { i: number; message: string }) => {
      failures.push(`${event.i}: ${event.message}`);
      finish(event.i);
    });
    const { cost } = await metered(
      metering,
      async () => {
        await Promise.all(
          range(streams).map(async (i) => {
            if (schedule?.[i]) await sleep(schedule[i]);
            await sender.timeout(30_000).emitWithAck('start', i);
          }),
        );
        await withTimeout(allDone, 120_000, () => `raw streams done ${done.size}/${streams}`);
      },
      () => fake.tokenWrites.length,
    );
    if (failures.length) throw new Error(`raw streams failed: ${failures.slice(0, 3).join('; ')}`);
    const result: RunResult = {
      samples: [],
      unheld: [],
      missing: 0,
      startOffsetsMs: [],
      ...(cost ? { cost } : {}),
    };
    const requestIndexes = range(streams).map((i) => {
      const requestIndex = requestIndexOf(fake, i, RAW_SYSTEM);
      if (requestIndex === undefined) throw new Error(`raw: no fake request for ${marker(i)}`);
      const samples = streamSamples(fake, requestIndex, arrivals.get(i) ?? []);
      result.missing += writesOf(fake, requestIndex) - samples.length;
      result.samples.push(...samples);
      result.unheld.push(...unheld(fake, requestIndex, samples));
      return requestIndex;
    });
    result.startOffsetsMs = startOffsets(fake, requestIndexes);
    return result;
  } finally {
    sender.close();
    receiver.close();
  }
}

async function rawAccept(
  nodes: [RawNode, RawNode],
  messages: number,
  metering?: Metering,
): Promise<{ samples: number[]; cost?: RunCost }> {
  const sender = await connectClient(nodes[0].url);
  const receiver = await connectClient(nodes[1].url);
  try {
    await receiver.timeout(10_000).emitWithAck('join', 'm');
    let pending: { k: number; arrived: (atMs: number) => void } | undefined;
    receiver.on('message', (payload: { k: number }) => {
      const atMs = nowMs();
      if (pending?.k === payload.k) pending.arrived(atMs);
    });
    const samples: number[] = [];
    const send = async (k: number) => {
      const arrival = new Promise<number>((resolve) => (pending = { k, arrived: resolve }));
      const sentAt = nowMs();
      sender.emit('send', { k, text: `accept ${k}` }, () => undefined);
      const atMs = await withTimeout(arrival, 10_000, () => `raw message ${k} on node B`);
      if (k >= WARMUP_MESSAGES) samples.push(atMs - sentAt);
    };
    for (let k = 0; k < WARMUP_MESSAGES; k++) await send(k);
    const { cost } = await metered(
      metering,
      async () => {
        for (let k = WARMUP_MESSAGES; k < WARMUP_MESSAGES + messages; k++) await send(k);
      },
      () => messages,
    );
    return { samples, ...(cost ? { cost } : {}) };
  } finally {
    sender.close();
    receiver.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The hub

interface HubAgents {
  /** On node A: requests coaching. */
  requester: Socket;
  /** On node B: joined to every conversation; the receiver. */
  watcher: Socket;
  /**
   * On node A: joined to every conversation too, the single-node reference for the same deltas (what the coach's
   * own pacing costs, e.g. the COMPLIANCE line held until the answer is complete, shows up here as well).
   */
  localWatcher: Socket;
}

/**
 * Watches for every conversation's bot reply (a bot-authored message, stored after its stream ended), live or in a
 * join's replay (`seen`); `done` resolves once all came and no event arrived for 300 ms.
 */
function botReplies(watcher: Socket, conversationIds: string[]) {
  const waiting = new Set(conversationIds);
  let lastEventAt = Date.now();
  const onAny = () => (lastEventAt = Date.now());
  const seen = (message: MessageView) => {
    if (message.author.type === 'bot') waiting.delete(message.conversationId);
  };
  watcher.onAny(onAny);
  watcher.on('message', seen);
  return {
    seen,
    async done() {
      const deadline = Date.now() + 60_000;
      while (waiting.size > 0 || Date.now() - lastEventAt < 300) {
        if (Date.now() > deadline)
          throw new Error(`cross-node bench: ${waiting.size} conversations never got their bot reply`);
        await sleep(25);
      }
    },
    stop() {
      watcher.offAny(onAny);
      watcher.off('message', seen);
    },
  };
}

async function hubTokens(
  fake: FakeAnthropic,
  cluster: BenchCluster,
  agents: HubAgents,
  streams: number,
  metering?: Metering,
): Promise<RunResult> {
  const [urlA] = cluster.urls as [string, string];
  const { requester, watcher, localWatcher } = agents;
  const widgets: Socket[] = [];
  const conversationOf: string[] = [];
  const arrivals = new Map<string, Arrival[]>();
  const localArrivals = new Map<string, Arrival[]>();
  const recordInto = (into: Map<string, Arrival[]>) => (event: StreamTokenEvent) => {
    const atMs = nowMs();
    const list = into.get(event.streamId) ?? [];
    list.push({ index: event.index, text: event.text, atMs });
    into.set(event.streamId, list);
  };
  const onToken = recordInto(arrivals);
  const onLocalToken = recordInto(localArrivals);
  const done = new Set<string>();
  const errors: string[] = [];
  let check = () => {};
  const onDone = (event: CoachDoneEvent) => {
    done.add(event.streamId);
    check();
  };
  const onError = (event: { streamId: string; code: string; message: string }) => {
    errors.push(`${event.code} ${event.message}`);
    done.add(event.streamId);
    check();
  };
  try {
    // One conversation per stream: a lead on node A writes once (the marker), the bot answers (phrasing).
    resetFake(fake);
    await inBatches(range(streams), SETUP_PARALLELISM, async (i) => {
      const widget = await connectClient(`${urlA}/widget`, await widgetToken(urlA));
      widgets.push(widget);
      const sent = await hubRequest<SendResult>(widget, 'message:send', {
        clientMsgId: `lead-${i}`,
        text: `Timing worries me ${marker(i)}`,
      });
      conversationOf[i] = sent.conversationId;
    });
    // The bot's turn starts after the quiet window (HUB_TURN_QUIET_MS, 1 s) and its reply is paced word by word
    // after the model answered: waiting for the fake alone would let those 50 or 500 replies run into the window.
    const replies = botReplies(watcher, conversationOf);
    try {
      await inBatches(range(streams), SETUP_PARALLELISM, async (i) => {
        const joined = await hubRequest<{ messages: MessageView[] }>(watcher, 'conversation:join', {
          conversationId: conversationOf[i],
          lastSeq: 0,
        });
        for (const message of joined.messages) replies.seen(message);
        await hubRequest(localWatcher, 'conversation:join', {
          conversationId: conversationOf[i],
          lastSeq: 0,
        });
      });
      await replies.done();
    } finally {
      replies.stop();
    }
    await fakeQuiet(fake);

    resetFake(fake);
    watcher.on('coach:token', onToken);
    localWatcher.on('coach:token', onLocalToken);
    watcher.on('coach:done', onDone);
    watcher.on('coach:error', onError);
    const { result: streamIds, cost } = await metered(
      metering,
      async () => {
        const ids = await Promise.all(
          range(streams).map(
            async (i) =>
              (
                await hubRequest<CoachRequestResult>(requester, 'coach:request', {
                  conversationId: conversationOf[i],
                  kind: 'coaching',
                })
              ).streamId,
          ),
        );
        await withTimeout(
          new Promise<void>((resolve) => {
            check = () => {
              if (ids.every((streamId) => done.has(streamId))) resolve();
            };
            check();
          }),
          120_000,
          () => `coach:done on node B ${ids.filter((id) => done.has(id)).length}/${streams}`,
        );
        return ids;
      },
      () => fake.tokenWrites.length,
    );
    if (errors.length) throw new Error(`coaching streams failed: ${errors.slice(0, 3).join('; ')}`);
    const result: RunResult = {
      samples: [],
      unheld: [],
      missing: 0,
      startOffsetsMs: [],
      ...(cost ? { cost } : {}),
    };
    const requestIndexes = range(streams).map((i) => {
      const requestIndex = requestIndexOf(fake, i, COACH_SYSTEM);
      if (requestIndex === undefined) throw new Error(`hub: no coaching request for ${marker(i)}`);
      const samples = streamSamples(fake, requestIndex, arrivals.get(streamIds[i]!) ?? []);
      result.missing += writesOf(fake, requestIndex) - samples.length;
      result.samples.push(...samples);
      result.unheld.push(...unheld(fake, requestIndex, samples));
      const local = streamSamples(fake, requestIndex, localArrivals.get(streamIds[i]!) ?? []);
      (result.localSamples ??= []).push(...local);
      (result.localUnheld ??= []).push(...unheld(fake, requestIndex, local));
      return requestIndex;
    });
    result.startOffsetsMs = startOffsets(fake, requestIndexes);
    return result;
  } finally {
    watcher.off('coach:token', onToken);
    localWatcher.off('coach:token', onLocalToken);
    watcher.off('coach:done', onDone);
    watcher.off('coach:error', onError);
    for (const widget of widgets) widget.close();
  }
}

async function hubAccept(
  fake: FakeAnthropic,
  cluster: BenchCluster,
  agents: HubAgents,
  messages: number,
  metering?: Metering,
): Promise<{ samples: number[]; localSamples: number[]; cost?: RunCost }> {
  const [urlA] = cluster.urls as [string, string];
  const { watcher, localWatcher } = agents;
  resetFake(fake);
  const widget = await connectClient(`${urlA}/widget`, await widgetToken(urlA));
  let pending:
    { text: string; arrived: (atMs: number) => void; arrivedLocal: (atMs: number) => void } | undefined;
  const onMessage = (message: MessageView) => {
    const atMs = nowMs();
    if (pending && message.text === pending.text) pending.arrived(atMs);
  };
  const onLocalMessage = (message: MessageView) => {
    const atMs = nowMs();
    if (pending && message.text === pending.text) pending.arrivedLocal(atMs);
  };
  try {
    const first = await hubRequest<SendResult>(widget, 'message:send', {
      clientMsgId: 'accept-first',
      text: 'Hi, I am thinking about selling this year',
    });
    for (const agent of [watcher, localWatcher])
      await hubRequest(agent, 'conversation:join', { conversationId: first.conversationId, lastSeq: 0 });
    await fakeQuiet(fake);
    watcher.on('message', onMessage);
    localWatcher.on('message', onLocalMessage);
    const failures: string[] = [];
    const samples: number[] = [];
    const localSamples: number[] = [];
    const send = async (k: number) => {
      const text = `Still comparing options, note ${k}`;
      let arrived = (_atMs: number) => {};
      let arrivedLocal = (_atMs: number) => {};
      const onB = new Promise<number>((resolve) => (arrived = resolve));
      const onA = new Promise<number>((resolve) => (arrivedLocal = resolve));
      pending = { text, arrived, arrivedLocal };
      const sentAt = nowMs();
      widget.emit('message:send', { clientMsgId: `accept-${k}`, text }, (answer: Ack<SendResult>) => {
        if (!answer.ok) failures.push(`${answer.error.code} ${answer.error.message}`);
      });
      const [atB, atA] = await withTimeout(
        Promise.all([onB, onA]),
        10_000,
        () => `hub message ${k} on nodes A and B (send failures: ${failures.join('; ') || 'none'})`,
      );
      if (k >= WARMUP_MESSAGES) {
        samples.push(atB - sentAt);
        localSamples.push(atA - sentAt);
      }
    };
    for (let k = 0; k < WARMUP_MESSAGES; k++) await send(k);
    const { cost } = await metered(
      metering,
      async () => {
        for (let k = WARMUP_MESSAGES; k < WARMUP_MESSAGES + messages; k++) await send(k);
      },
      () => messages,
    );
    if (failures.length) throw new Error(`message:send failed: ${failures.slice(0, 3).join('; ')}`);
    return { samples, localSamples, ...(cost ? { cost } : {}) };
  } finally {
    watcher.off('message', onMessage);
    localWatcher.off('message', onLocalMessage);
    widget.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

export interface CrossNodeRow {
  /** Coaching streams at once, or 0 for the message row. */
  streams: number;
  /** Which alternating round (0-based). */
  round: number;
  /** The hub variant (`hub`, or a compared checkout, or the sharded adapter). */
  variant: string;
  hub: LatencySummary;
  /** The same deltas or messages received by a client on node A (the single-node reference, same run). */
  hubLocal?: LatencySummary;
  /** Tokens: the deltas before the held COMPLIANCE line only (hub on B, hub on A, raw). */
  unheld?: { hub: LatencySummary; hubLocal: LatencySummary; raw: LatencySummary };
  /** The raw relay's run of the same round right after (tokens) or before (messages) the hub's. */
  raw: LatencySummary;
  /** Per model delta (tokens) or per message: CPU of node A, node B (µs) and Redis traffic. */
  hubCost?: RunCost;
  rawCost?: RunCost;
}

export interface HubVariant {
  label: string;
  /** Extra hub environment (e.g. REDIS_SHARDED=true). */
  env?: Record<string, string>;
  /** Another checkout whose src/server.ts runs (A/B in the same run). */
  root?: string;
}

export interface CrossNodeResult {
  tokens: CrossNodeRow[];
  accept: CrossNodeRow[];
  /** Each variant's adapter, from its start line. */
  adapters: Record<string, string>;
}

interface RunningVariant {
  variant: HubVariant;
  cluster: BenchCluster;
  agents: HubAgents;
  metering: Metering;
}

/**
 * Cross-node coaching-token latency at each concurrency and message accept → delivery, for two hub processes
 * and for two bare Socket.IO + Redis adapter processes, against one fake Anthropic server; `rounds` times each,
 * every hub variant (each two processes over its own private Redis) then the raw relay (over the first variant's
 * Redis), alternating. Everything it starts is stopped before it returns or throws.
 */
export async function benchCrossNode(options: {
  concurrencies: number[];
  messages: number;
  rounds?: number;
  variants?: HubVariant[];
}): Promise<CrossNodeResult> {
  const rounds = options.rounds ?? 1;
  const variants = options.variants ?? [{ label: 'hub' }];
  const cleanup: (() => Promise<void> | void)[] = [];
  try {
    const fake = await startFakeAnthropic({
      recordTokenWrites: true,
      tokenDelayMs: TOKEN_DELAY_MS,
      maxLoggedRequests: 100_000,
    });
    cleanup.push(() => fake.close());
    resetFake(fake);

    const running: RunningVariant[] = [];
    for (const variant of variants) {
      const cluster = await startBenchCluster(2, {
        env: {
          // startHubProcess reads the bound port from the info-level start line.
          LOG_LEVEL: 'info',
          ANTHROPIC_API_KEY: 'bench',
          ANTHROPIC_BASE_URL: fake.url,
          HUB_MODEL_FIRST_TOKEN_TIMEOUT_MS: '20000',
          HUB_MODEL_TOTAL_TIMEOUT_MS: '120000',
          HUB_TENANT_TOKENS_PER_HOUR: '1000000000',
          HUB_MODEL_MAX_RETRIES: '0',
          ...variant.env,
        },
        ...(variant.root ? { root: variant.root } : {}),
        ...(process.env.BENCH_PROFILE_DIR
          ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] }
          : {}),
      });
      cleanup.push(() => cluster.stop());
      const meter = await createCostMeter(cluster.redisUrl);
      cleanup.push(() => meter.close());
      const [urlA, urlB] = cluster.urls as [string, string];
      const agents: HubAgents = {
        requester: await connectClient(`${urlA}/agent`, await agentToken(urlA, 'bench-a')),
        watcher: await connectClient(`${urlB}/agent`, await agentToken(urlB, 'bench-b')),
        localWatcher: await connectClient(`${urlA}/agent`, await agentToken(urlA, 'bench-a2')),
      };
      cleanup.push(() => {
        agents.requester.close();
        agents.watcher.close();
        agents.localWatcher.close();
      });
      running.push({
        variant,
        cluster,
        agents,
        metering: { meter, pids: cluster.cluster.nodes.map((node) => node.child.pid) },
      });
    }

    const first = running[0]!;
    const rawEnv = { REDIS_URL: first.cluster.redisUrl, ANTHROPIC_BASE_URL: fake.url };
    const started = await Promise.allSettled([startRawNode(rawEnv), startRawNode(rawEnv)]);
    for (const node of started) if (node.status === 'fulfilled') cleanup.push(() => node.value.stop());
    for (const node of started) if (node.status === 'rejected') throw node.reason;
    const raw = started.map((node) => (node as PromiseFulfilledResult<RawNode>).value) as [RawNode, RawNode];
    const rawMetering: Metering = { meter: first.metering.meter, pids: raw.map((node) => node.child.pid) };

    // Warm-up (JIT, connection pools), not measured.
    for (const hub of running) await hubTokens(fake, hub.cluster, hub.agents, WARMUP_STREAMS);
    await rawTokens(fake, raw, WARMUP_STREAMS);

    const tokens: CrossNodeRow[] = [];
    const accept: CrossNodeRow[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const streams of options.concurrencies) {
        const hubRuns = [];
        for (const hub of running)
          hubRuns.push(await hubTokens(fake, hub.cluster, hub.agents, streams, hub.metering));
        // The hub does not start N streams in the same millisecond (each request loads its context first); raw
        // streams all started at once would pile every delta into the same ticks and measure that burst instead.
        const rawRun = await rawTokens(fake, raw, streams, hubRuns[0]!.startOffsetsMs, rawMetering);
        if (rawRun.missing > 0)
          throw new Error(`raw at ${streams} streams: ${rawRun.missing} deltas never arrived`);
        hubRuns.forEach((hubRun, i) => {
          if (hubRun.missing > 0)
            throw new Error(
              `${variants[i]!.label} at ${streams} streams: ${hubRun.missing} deltas never arrived`,
            );
          tokens.push({
            streams,
            round,
            variant: variants[i]!.label,
            hub: summarizeLatency(hubRun.samples),
            ...(hubRun.localSamples ? { hubLocal: summarizeLatency(hubRun.localSamples) } : {}),
            unheld: {
              hub: summarizeLatency(hubRun.unheld),
              hubLocal: summarizeLatency(hubRun.localUnheld ?? []),
              raw: summarizeLatency(rawRun.unheld),
            },
            raw: summarizeLatency(rawRun.samples),
            ...(hubRun.cost ? { hubCost: hubRun.cost } : {}),
            ...(rawRun.cost ? { rawCost: rawRun.cost } : {}),
          });
        });
      }
      if (options.messages > 0) {
        const rawAccepted = await rawAccept(raw, options.messages, rawMetering);
        for (const hub of running) {
          const hubAccepted = await hubAccept(fake, hub.cluster, hub.agents, options.messages, hub.metering);
          accept.push({
            streams: 0,
            round,
            variant: hub.variant.label,
            hub: summarizeLatency(hubAccepted.samples),
            hubLocal: summarizeLatency(hubAccepted.localSamples),
            raw: summarizeLatency(rawAccepted.samples),
            ...(hubAccepted.cost ? { hubCost: hubAccepted.cost } : {}),
            ...(rawAccepted.cost ? { rawCost: rawAccepted.cost } : {}),
          });
        }
      }
    }
    const adapters = Object.fromEntries(running.map((hub) => [hub.variant.label, adapterOf(hub.cluster)]));
    return { tokens, accept, adapters };
  } finally {
    for (const step of cleanup.reverse()) {
      try {
        await step();
      } catch {
        // keep cleaning up
      }
    }
  }
}

/** The adapter a hub node reports on its start line ("adapter":"..."). */
function adapterOf(cluster: BenchCluster): string {
  for (const line of cluster.cluster.nodes[0]?.logs ?? []) {
    const match = /"adapter":"([^"]+)"/.exec(line);
    if (match) return match[1]!;
  }
  return 'unknown';
}
