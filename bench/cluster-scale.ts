/**
 * Three hub processes over one private Redis with idle widget connections spread over them (10,000 each by
 * default, held by one client process per node: bench/cluster-holder.ts), and one lead on node A writing while an
 * agent on node A and an agent on node C watch its conversation. Every message is measured twice in the same run:
 * accepted on A → delivered to the agent on A (the single-node figure) and → to the agent on C (across nodes,
 * through Redis). Sequential, one message in flight, after 5 unmeasured. Redis traffic per message from INFO.
 * No model key: the bots answer with the offline provider (their turns run after the quiet window, as in
 * production).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Socket } from 'socket.io-client';
import { projectRoot } from '../scripts/lib/hub-processes.js';
import type { Ack } from '../src/errors.js';
import type { MessageView } from '../src/protocol/common.js';
import type { SendResult } from '../src/protocol/events.js';
import { startBenchCluster } from './cluster-helpers.js';
import { costPer, createCostMeter, type RunCost } from './cluster-meter.js';
import { nowMs, summarizeLatency, type LatencySummary } from './coaching-latency.js';
import { connectClient, postJson } from './shared.js';

const WARMUP_MESSAGES = 5;

export interface ClusterScaleResult {
  nodes: number;
  connections: number;
  /** Seconds to open every idle connection (tokens included), holders in parallel. */
  connectSeconds: number;
  /** Accepted on A → agent on A. */
  sameNode: LatencySummary;
  /** Accepted on A → agent on C. */
  crossNode: LatencySummary;
  /** Per message: CPU of A, B, C (µs), Redis CPU, commands and bytes. */
  cost: RunCost;
  adapter: string;
}

interface Holder {
  child: ChildProcess;
  connected: Promise<{ connected: number; retried: number; ms: number }>;
  stop(): Promise<void>;
}

function startHolder(url: string, count: number, localAddress: string): Holder {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/cluster-holder.ts', url, String(count), localAddress],
    { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const errors: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => errors.push(line));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const connected = new Promise<{ connected: number; retried: number; ms: number }>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('{'))
        resolve(JSON.parse(line) as { connected: number; retried: number; ms: number });
    });
    void exited.then(() => reject(new Error(`holder for ${url} exited: ${errors.slice(-5).join('\n')}`)));
  });
  return {
    child,
    connected,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
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

async function request<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const answer = (await socket.timeout(30_000).emitWithAck(event, payload)) as Ack<T>;
  if (!answer.ok) throw new Error(`${event}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

export async function benchClusterScale(options: {
  connectionsPerNode: number;
  messages: number;
  nodes?: number;
  hubEnv?: Record<string, string>;
}): Promise<ClusterScaleResult> {
  const nodes = options.nodes ?? 3;
  const cleanup: (() => Promise<void> | void)[] = [];
  try {
    const cluster = await startBenchCluster(nodes, {
      env: {
        HUB_MAX_CONNECTIONS: String(options.connectionsPerNode + 1_000),
        ...options.hubEnv,
      },
    });
    cleanup.push(() => cluster.stop());
    const adapter = /"adapter":"([^"]+)"/.exec(cluster.cluster.nodes[0]!.logs.join('\n'))?.[1] ?? 'unknown';

    const connectStarted = Date.now();
    const holders = cluster.urls.map((url, i) =>
      startHolder(url, options.connectionsPerNode, `127.0.0.${2 + i}`),
    );
    for (const holder of holders) cleanup.push(() => holder.stop());
    const held = await Promise.all(holders.map((holder) => holder.connected));
    const connectSeconds = (Date.now() - connectStarted) / 1_000;
    const connections = held.reduce((sum, holder) => sum + holder.connected, 0);

    const urlA = cluster.urls[0]!;
    const urlC = cluster.urls[nodes - 1]!;
    const lead = await connectClient(
      `${urlA}/widget`,
      (await postJson<{ token: string }>(urlA, '/api/widget/sessions', { tenantId: 'demo' })).token,
    );
    const agentA = await connectClient(`${urlA}/agent`, await agentToken(urlA, 'scale-a'));
    const agentC = await connectClient(`${urlC}/agent`, await agentToken(urlC, 'scale-c'));
    cleanup.push(() => {
      lead.close();
      agentA.close();
      agentC.close();
    });
    const first = await request<SendResult>(lead, 'message:send', {
      clientMsgId: 'scale-first',
      text: 'Hi, I am thinking about selling this year',
    });
    for (const agent of [agentA, agentC])
      await request(agent, 'conversation:join', { conversationId: first.conversationId, lastSeq: 0 });

    let pending:
      { text: string; arrivedA: (atMs: number) => void; arrivedC: (atMs: number) => void } | undefined;
    agentA.on('message', (message: MessageView) => {
      if (pending && message.text === pending.text) pending.arrivedA(nowMs());
    });
    agentC.on('message', (message: MessageView) => {
      if (pending && message.text === pending.text) pending.arrivedC(nowMs());
    });
    const sameNode: number[] = [];
    const crossNode: number[] = [];
    const failures: string[] = [];
    const send = async (k: number) => {
      const text = `Still comparing options at scale, note ${k}`;
      let arrivedA = (_: number) => {};
      let arrivedC = (_: number) => {};
      const atA = new Promise<number>((resolve) => (arrivedA = resolve));
      const atC = new Promise<number>((resolve) => (arrivedC = resolve));
      pending = { text, arrivedA, arrivedC };
      const sentAt = nowMs();
      lead.emit('message:send', { clientMsgId: `scale-${k}`, text }, (answer: Ack<SendResult>) => {
        if (!answer.ok) failures.push(`${answer.error.code} ${answer.error.message}`);
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`scale bench: message ${k} not delivered to both agents`)),
          10_000,
        );
      });
      const [a, c] = await Promise.race([Promise.all([atA, atC]), timeout]).finally(() =>
        clearTimeout(timer),
      );
      if (k >= WARMUP_MESSAGES) {
        sameNode.push(a - sentAt);
        crossNode.push(c - sentAt);
      }
    };
    for (let k = 0; k < WARMUP_MESSAGES; k++) await send(k);
    const meter = await createCostMeter(cluster.redisUrl);
    cleanup.push(() => meter.close());
    const pids = cluster.cluster.nodes.map((node) => node.child.pid);
    const before = await meter.sample(pids);
    for (let k = WARMUP_MESSAGES; k < WARMUP_MESSAGES + options.messages; k++) await send(k);
    const after = await meter.sample(pids);
    if (failures.length) throw new Error(`message:send failed: ${failures.slice(0, 3).join('; ')}`);
    return {
      nodes,
      connections,
      connectSeconds,
      sameNode: summarizeLatency(sameNode),
      crossNode: summarizeLatency(crossNode),
      cost: costPer(before, after, options.messages),
      adapter,
    };
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
