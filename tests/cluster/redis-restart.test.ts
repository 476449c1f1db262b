import { beforeAll, expect, it } from 'vitest';
import type { SendResult } from '../../src/protocol/events.js';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { eventually } from './clients.js';
import {
  client,
  describeWithRedis,
  leadSeqs,
  turnProblems,
  staffToken,
  transcript,
  useTestCluster,
  widgetToken,
} from './harness.js';

async function readiness(url: string): Promise<{ status: number; degraded: string[] }> {
  const response = await fetch(`${url}/readyz`);
  const body = (await response.json()) as { degraded: string[] };
  return { status: response.status, degraded: body.degraded };
}

describeWithRedis('cluster: Redis restarts mid-run', () => {
  const setup = useTestCluster({ nodes: 2 });
  let cluster: HubCluster;
  beforeAll(async () => {
    cluster = await setup.start();
  }, 60_000);

  it('keeps nodes up and serving, reports degraded, resumes fan-out by itself, loses no acked message', async () => {
    const [a, b] = cluster.nodes;
    const token = await staffToken(b!.url, 'agent', 'agent-r');
    const agent = await client(cluster, 1, '/agent', token, 'agent@B');
    const lead = await client(cluster, 0, '/widget', await widgetToken(a!.url), 'lead@A');
    const acked: number[] = [];
    const send = async (id: string) => {
      const result = await lead.ok<SendResult>('message:send', { clientMsgId: id, text: `text ${id}` });
      acked.push(result.seq);
      return result;
    };
    const first = await send('before-1');
    const { conversationId } = first;
    await agent.ok('conversation:join', { conversationId, lastSeq: 0 });
    agent.joined.set(conversationId, 'conversation:join');
    await send('before-2');
    await eventually('live delivery to B', () => agent.messages.has(acked[1]!));

    await cluster.redis!.stop();
    for (const node of [a!, b!]) {
      await eventually(`${node.nodeId} degraded`, async () => {
        const ready = await readiness(node.url);
        return ready.status === 200 && ready.degraded.includes('redis');
      });
    }
    // The lead's node keeps serving its client: acks, bot replies (local lock), local fan-out.
    for (const id of ['during-1', 'during-2', 'during-3']) {
      const sent = await send(id);
      await eventually(`bot reply to ${id} on A`, () =>
        [...lead.messages.values()].some((m) => m.author.type === 'bot' && m.meta?.replyToSeq === sent.seq),
      );
    }

    await cluster.redis!.start();
    for (const node of [a!, b!]) {
      await eventually(
        `${node.nodeId} recovered`,
        async () => {
          const ready = await readiness(node.url);
          return ready.status === 200 && ready.degraded.length === 0;
        },
        15_000,
      );
    }
    // B tells its clients to replay; the agent fills the gap by seq.
    await eventually('server:resync on B', () => agent.events.some(([event]) => event === 'server:resync'));
    await eventually('the agent has every acked message', () =>
      acked.every((seq) => agent.messages.has(seq)),
    );
    // Fan-out resumes by itself: a new message from A reaches B live.
    const after = await eventually('a live message after the restart', async () => {
      const result = await send(`after-${acked.length}`);
      const seq = result.seq;
      await eventually('live arrival', () => agent.arrivals.includes(seq), 2_000).catch(() => null);
      return agent.arrivals.includes(seq) ? seq : null;
    });
    expect(after).toBeGreaterThan(0);

    expect(a!.child.exitCode).toBeNull();
    expect(b!.child.exitCode).toBeNull();
    // Messages sent within the quiet window are read together and answered once (DOMAIN.md "Bursts").
    const stored = await eventually(
      'every lead message read by one bot reply',
      async () => {
        const messages = await transcript(b!.url, token, conversationId);
        return turnProblems(messages).length === 0 ? messages : null;
      },
      30_000,
    );
    expect(leadSeqs(stored)).toEqual(acked);
  }, 90_000);
});
