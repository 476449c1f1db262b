import { afterAll, describe } from 'vitest';
import type { MessageView } from '../../src/protocol/common.js';
import type { SendResult } from '../../src/protocol/events.js';
import {
  redisServerAvailable,
  startHubCluster,
  type HubCluster,
  type HubClusterOptions,
} from '../../scripts/lib/hub-processes.js';
import { TrackedClient, type Namespace } from './clients.js';

/**
 * `describe` when redis-server exists; otherwise a loud skip, or a failure under HUB_REQUIRE_ALL=1 (CI).
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (redisServerAvailable()) {
    describe(name, body);
    return;
  }
  if (process.env.HUB_REQUIRE_ALL === '1') {
    describe(name, () => {
      throw new Error('redis-server is required (HUB_REQUIRE_ALL=1): apt-get install redis-server');
    });
    return;
  }
  process.stderr.write(
    `\n!!! SKIPPED "${name}": redis-server is not installed (apt-get install redis-server) !!!\n\n`,
  );
  describe.skip(name, body);
}

/** Timings short enough for tests, long enough not to be flaky on a 2-core machine. */
export const fastTimings = {
  HUB_SWEEPER_DEADLINE_MS: '1500',
  HUB_LEASE_MS: '1500',
  HUB_PRESENCE_HEARTBEAT_MS: '300',
  HUB_RATE_LIMIT_PER_10S: '10000',
  HUB_SHUTDOWN_GRACE_MS: '2000',
} as const;

const openClients = new Map<HubCluster, Set<TrackedClient>>();

/**
 * Starts hub processes with a private redis-server; call in beforeAll. Its teardown (clients, processes, Redis,
 * data folder) is registered here, so call it at suite level.
 */
export function useTestCluster(options: Partial<HubClusterOptions> & { nodes: number }) {
  const state: { cluster?: HubCluster } = {};
  afterAll(async () => {
    if (!state.cluster) return;
    for (const tracked of openClients.get(state.cluster) ?? []) tracked.close();
    await state.cluster.stop();
  });
  return {
    async start(): Promise<HubCluster> {
      state.cluster = await startHubCluster({
        ...options,
        env: { ...fastTimings, ...options.env },
        ...(process.env.HUB_TEST_ECHO === '1' ? { echo: true } : {}),
      });
      openClients.set(state.cluster, new Set());
      return state.cluster;
    },
  };
}

export const liveUrls = (cluster: HubCluster) => () =>
  cluster.nodes
    .filter((node) => node.child.exitCode === null && node.child.signalCode === null)
    .map((node) => node.url);

export async function widgetToken(url: string, tenantId = 'demo', visitorId?: string): Promise<string> {
  const response = await fetch(`${url}/api/widget/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ tenantId, ...(visitorId ? { visitorId } : {}) }),
  });
  if (response.status !== 201) throw new Error(`widget session: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export async function staffToken(
  url: string,
  role: 'agent' | 'supervisor',
  userId: string,
  tenantId = 'demo',
): Promise<string> {
  const response = await fetch(`${url}/api/dev/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId, role, userId, name: userId }),
  });
  if (response.status !== 201) throw new Error(`dev token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

export async function transcript(url: string, token: string, conversationId: string): Promise<MessageView[]> {
  const response = await fetch(`${url}/api/conversations/${conversationId}/transcript`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`transcript: ${response.status}`);
  return ((await response.json()) as { messages: MessageView[] }).messages;
}

export async function client(
  cluster: HubCluster,
  nodeIndex: number,
  namespace: Namespace,
  token: string,
  name: string,
): Promise<TrackedClient> {
  const url = cluster.nodes[nodeIndex]!.url;
  const tracked = new TrackedClient({ namespace, token, url, urls: liveUrls(cluster), name });
  await tracked.connect();
  openClients.get(cluster)?.add(tracked);
  return tracked;
}

/**
 * Checks DESIGN.md section 3 on a transcript: every lead message is read by exactly one bot reply (a reply
 * covers the lead messages fromSeq..replyToSeq of its turn), the latest lead message is answered, and there are
 * no more replies than lead messages. Returns the problems found (empty when all hold).
 */
export function turnProblems(messages: MessageView[]): string[] {
  const leads = leadSeqs(messages);
  const replies = messages.filter(
    (message) => message.author.type === 'bot' && typeof message.meta?.replyToSeq === 'number',
  );
  const span = (reply: MessageView) => {
    const to = reply.meta!.replyToSeq as number;
    return [typeof reply.meta?.fromSeq === 'number' ? reply.meta.fromSeq : to, to] as const;
  };
  const problems: string[] = [];
  for (const seq of leads) {
    const covering = replies.filter((reply) => span(reply)[0] <= seq && seq <= span(reply)[1]);
    if (covering.length !== 1) problems.push(`lead seq ${seq} is read by ${covering.length} replies`);
  }
  const last = leads.at(-1);
  if (last !== undefined && !replies.some((reply) => span(reply)[1] === last)) {
    problems.push(`the latest lead message (seq ${last}) is unanswered`);
  }
  if (replies.length > leads.length)
    problems.push(`${replies.length} replies for ${leads.length} lead messages`);
  return problems;
}

/** Bot replies of a transcript, by the lead seq they answer. */
export function repliesBySeq(messages: MessageView[]): Map<number, MessageView[]> {
  const replies = new Map<number, MessageView[]>();
  for (const message of messages) {
    if (message.author.type !== 'bot') continue;
    const replyTo = message.meta?.replyToSeq;
    if (typeof replyTo !== 'number') continue;
    replies.set(replyTo, [...(replies.get(replyTo) ?? []), message]);
  }
  return replies;
}

export const leadSeqs = (messages: MessageView[]) =>
  messages
    .filter((message) => message.author.type === 'lead' && message.visibility === 'everyone')
    .map((m) => m.seq);

/** Sends until acked, resending the same clientMsgId across failovers (what the SDK does). */
export async function sendUntilAcked(
  lead: TrackedClient,
  clientMsgId: string,
  text: string,
  deadlineMs = 30_000,
  /** Gives up at once when this turns true (a client the test closed on purpose). */
  stop: () => boolean = () => false,
): Promise<SendResult> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (stop()) throw new Error(`${clientMsgId} given up`);
    await lead.ready();
    try {
      const answer = await lead.request<SendResult>('message:send', { clientMsgId, text }, 2_000);
      if (answer.ok) return answer.data;
      if (answer.error.code !== 'UNAVAILABLE')
        throw new Error(`${answer.error.code}: ${answer.error.message}`);
    } catch (error) {
      if (error instanceof Error && /^[A-Z_]+: /.test(error.message)) throw error;
    }
    if (Date.now() > deadline) throw new Error(`${clientMsgId} was never acked`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
