import { fileURLToPath } from 'node:url';
import type { Socket } from 'socket.io-client';
import type { FakeAnthropic } from '../tests/fakes/anthropic-server.js';
import { forkServer, type ChildServer } from './child-server.js';
import {
  nowMs,
  summarizeLatency,
  createTokenLatencyTracker,
  type LatencySummary,
} from './coaching-latency.js';
import type { CoachingServerMode, CoachingServerOptions, CpuReading } from './coaching-server.js';
import { COACHING_TEXT, collectSetupGarbage, connectClient, postJson } from './shared.js';

const serverPath = fileURLToPath(new URL('./coaching-server.ts', import.meta.url));

/**
 * What both coaching benchmarks share: the server under test in its own process (coaching-server.ts), its clients
 * here next to the fake model, and the timing.
 */

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
  // Each request body serialised once (500 streams: 500 lookups over 500 bodies of a few KB each).
  const bodies = fake.requests.map((request) => ({ request, text: JSON.stringify(request.body) }));
  for (const [i, received] of arrivals) {
    const request = bodies.find((body) => body.text.includes(marker(i)))?.request;
    if (!request) continue;
    const tracker = createTokenLatencyTracker(fake.tokenWrites, { requestIndex: request.index });
    for (const arrival of received) tracker.onText(arrival.text, arrival.atMs);
    samples.push(...tracker.samples());
  }
  return samples;
}

/** Server CPU per model delta over measured windows, in µs: the whole process and its main thread. */
export interface CpuPerDelta {
  processUs: number;
  mainUs: number;
}

/**
 * Adds up the server's CPU time over measured windows and divides it by the deltas they carried. `measure` runs a
 * burst; the burst calls `begin` once its setup (the full collection) is done, and the window ends when it
 * returns its samples.
 */
export function cpuPerDeltaMeter(read: () => Promise<CpuReading>) {
  let processMs = 0;
  let mainMs = 0;
  let deltas = 0;
  return {
    async measure(burst: (begin: () => Promise<void>) => Promise<number[]>): Promise<number[]> {
      let before: CpuReading | undefined;
      const samples = await burst(async () => {
        before = await read();
      });
      const after = await read();
      if (!before) throw new Error('the burst never began its measured window');
      processMs += after.processMs - before.processMs;
      mainMs += after.mainMs - before.mainMs;
      deltas += samples.length;
      return samples;
    },
    result: (): CpuPerDelta => ({
      processUs: (processMs * 1_000) / Math.max(1, deltas),
      mainUs: (mainMs * 1_000) / Math.max(1, deltas),
    }),
  };
}

/** Starts the server under test in its own process against the fake model. */
function startServer(fake: FakeAnthropic, mode: CoachingServerMode, options?: CoachingServerOptions) {
  return forkServer(serverPath, [mode, fake.url, JSON.stringify(options ?? {})]);
}

/** A full collection here and in the server before a measured window (the garbage of the setup stays out). */
async function collectBothGarbage(server: ChildServer): Promise<void> {
  collectSetupGarbage();
  await server.ask('gc', 'gc');
}

export interface CoachingHub {
  url: string;
  /** An agent socket (dev token), and N widget visitors whose first message opened their conversations. */
  agent(): Promise<Socket>;
  leads(
    count: number,
    firstText: (i: number) => string,
  ): Promise<{ widgets: Socket[]; conversationOf: Map<string, number> }>;
  /** Resolves when every bot turn of the hub is done. */
  idle(): Promise<void>;
  /** A full collection in both processes (before the measured window). */
  collectGarbage(): Promise<void>;
  /** The server's CPU time so far. */
  cpu(): Promise<CpuReading>;
  close(): Promise<void>;
}

/** The hub with live coaching on the real SDK against the fake model, in its own process on its own SQLite file. */
export async function startCoachingHub(
  fake: FakeAnthropic,
  options: CoachingServerOptions,
): Promise<CoachingHub> {
  const server = startServer(fake, 'hub', options);
  const { port } = await server.ask<{ port: number }>('', 'ready');
  const url = `http://127.0.0.1:${port}`;
  const post = (path: string, body: unknown) => postJson<{ token: string }>(url, path, body);
  const sockets: Socket[] = [];
  const track = (socket: Socket) => (sockets.push(socket), socket);
  return {
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
    idle: () => server.ask('idle', 'idle'),
    collectGarbage: () => collectBothGarbage(server),
    cpu: () => server.ask<CpuReading>('cpu', 'cpu'),
    async close() {
      for (const socket of sockets) socket.close();
      await server.stop();
    },
  };
}

/**
 * Records the deltas a socket receives as `events.token` (`leadOf` says whose stream each is) until `streams`
 * `events.done` events arrived; then stops listening and resolves `allDone`.
 */
function collectUntilDone<T extends { text: string }>(
  socket: Socket,
  events: { token: string; done: string },
  streams: number,
  leadOf: (event: T) => number,
) {
  const arrivals: Arrivals = new Map();
  const onToken = (event: T) => recordArrival(arrivals, leadOf(event), event.text);
  socket.on(events.token, onToken);
  let done = 0;
  const allDone = new Promise<void>((resolve) => {
    const onDone = () => {
      if (++done < streams) return;
      socket.off(events.token, onToken);
      socket.off(events.done, onDone);
      resolve();
    };
    socket.on(events.done, onDone);
  });
  return { arrivals, allDone };
}

/** Records every coach:token by lead index; resolves `allDone` after `streams` coach:done events. */
export function collectCoachTokens(agent: Socket, conversationOf: Map<string, number>, streams: number) {
  return collectUntilDone<{ conversationId: string; text: string }>(
    agent,
    { token: 'coach:token', done: 'coach:done' },
    streams,
    (event) => conversationOf.get(event.conversationId)!,
  );
}

/**
 * Unmeasured bursts before the measured one, the same number for the hub and the raw relay: the first burst of
 * a fresh process mostly measures V8 compiling its code (the hub has far more of it), not a server under load.
 */
export const WARMUP_BURSTS = 2;

/**
 * The baseline of both coaching benches: a bare Socket.IO server in its own process (coaching-server.ts, `raw`)
 * that starts the same SDK stream for each request and emits every delta to the agent the moment it arrives.
 * Requests come from `senders` lead sockets at once (1: one socket asks for every stream; N: a burst of N leads).
 * Returns the per-delta latency.
 */
export async function rawRelayRun(
  fake: FakeAnthropic,
  options: {
    streams: number;
    senders: number;
    marker: (i: number) => string;
    warmupBursts?: number;
    /** Measured bursts, their samples pooled (default 1; `marker` is suffixed with the burst's number). */
    measuredBursts?: number;
  },
): Promise<{ latency: LatencySummary; cpu: CpuPerDelta }> {
  const { streams, senders, marker } = options;
  const server = startServer(fake, 'raw');
  const sockets: Socket[] = [];
  try {
    const { port } = await server.ask<{ port: number }>('', 'ready');
    const url = `http://127.0.0.1:${port}`;
    const agent = await connectClient(`${url}/agent`);
    sockets.push(agent);
    const leads = await Promise.all(Array.from({ length: senders }, () => connectClient(url)));
    sockets.push(...leads);
    const burst = async (mark: (i: number) => string, begin?: () => Promise<void>) => {
      const { arrivals, allDone } = collectUntilDone<{ i: number; text: string }>(
        agent,
        { token: 'token', done: 'done' },
        streams,
        (event) => event.i,
      );
      fake.reset();
      fake.setBehaviour(() => COACHING_TEXT);
      await collectBothGarbage(server);
      await begin?.();
      await Promise.all(
        Array.from({ length: streams }, (_, i) =>
          leads[i % senders]!.emitWithAck('start', i, `Timing worries me ${mark(i)}`),
        ),
      );
      await allDone;
      return samplesFor(fake, arrivals, mark);
    };
    for (let pass = 1; pass <= (options.warmupBursts ?? 0); pass++) {
      await burst((i) => leadMarker(`warmup${pass}`, i));
    }
    const meter = cpuPerDeltaMeter(() => server.ask<CpuReading>('cpu', 'cpu'));
    const measured = options.measuredBursts ?? 1;
    const samples: number[] = [];
    for (let pass = 1; pass <= measured; pass++) {
      const mark = measured === 1 ? marker : (i: number) => `${marker(i)}-${pass}`;
      samples.push(...(await meter.measure((begin) => burst(mark, begin))));
    }
    return { latency: summarizeLatency(samples), cpu: meter.result() };
  } finally {
    for (const socket of sockets) socket.close();
    await server.stop();
  }
}
