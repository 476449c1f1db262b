import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { BoardPresenceEvent, SendResult } from '../../src/protocol/events.js';
import type { ConversationSummary, MessageView } from '../../src/protocol/common.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { eventually, streamText, type TrackedClient } from './clients.js';
import {
  client,
  describeWithRedis,
  leadSeqs,
  staffToken,
  turnProblems,
  transcript,
  useTestCluster,
  widgetToken,
} from './harness.js';

const strictlyIncreasing = (seqs: number[]) => seqs.every((seq, i) => i === 0 || seq > seqs[i - 1]!);
const eventsOf = <T>(tracked: TrackedClient, name: string) =>
  tracked.events.filter(([event]) => event === name).map(([, payload]) => payload as T);

describeWithRedis('cluster: a lead, an agent and a supervisor on three different nodes', () => {
  const setup = useTestCluster({ nodes: 3, env: { HUB_BOT_TOKEN_DELAY_MS: '3' } });
  let cluster: HubCluster;
  let supervisorToken: string;
  beforeAll(async () => {
    cluster = await setup.start();
    supervisorToken = await staffToken(cluster.urls[0]!, 'supervisor', 'sup-1');
  }, 60_000);

  it('delivers messages, bot streams, whispers, claims and board updates across nodes, in order, once', async () => {
    const [a, b, c] = cluster.nodes;
    const supervisor = await client(cluster, 2, '/supervisor', supervisorToken, 'supervisor@C');
    await supervisor.ok('board:subscribe', {});
    supervisor.boardSubscribed = true;
    const agent = await client(cluster, 1, '/agent', await staffToken(b!.url, 'agent', 'agent-1'), 'agent@B');
    const lead = await client(cluster, 0, '/widget', await widgetToken(a!.url), 'lead@A');

    const first = await lead.ok<SendResult>('message:send', { clientMsgId: 'm1', text: 'hello from node A' });
    const { conversationId } = first;
    await eventually('board:update on C', () =>
      eventsOf<ConversationSummary>(supervisor, 'board:update').some((s) => s.id === conversationId),
    );
    await eventually('conversation:updated on B', () =>
      eventsOf<ConversationSummary>(agent, 'conversation:updated').some((s) => s.id === conversationId),
    );
    for (const [tracked, event] of [
      [agent, 'conversation:join'],
      [supervisor, 'conversation:monitor'],
    ] as const) {
      const joined = await tracked.ok<{ messages: MessageView[] }>(event, { conversationId, lastSeq: 0 });
      tracked.joined.set(conversationId, event);
      for (const message of joined.messages) tracked.conversation(conversationId).set(message.seq, message);
    }

    const acked = [first.seq];
    for (let i = 2; i <= 5; i++) {
      const sent = await lead.ok<SendResult>('message:send', { clientMsgId: `m${i}`, text: `message ${i}` });
      acked.push(sent.seq);
    }
    const staffToken1 = supervisorToken;
    // Messages sent within the quiet window are read together and answered once (DOMAIN.md "Bursts").
    const stored = await eventually(
      'every lead message read by one bot reply',
      async () => {
        const messages = await transcript(c!.url, staffToken1, conversationId);
        return turnProblems(messages).length === 0 ? messages : null;
      },
      30_000,
    );
    expect(leadSeqs(stored)).toEqual(acked);
    const botReplies = stored.filter((m) => m.author.type === 'bot');

    for (const tracked of [lead, agent, supervisor]) {
      const visible = stored.filter((m) => tracked !== lead || m.visibility === 'everyone');
      await eventually(
        `${tracked === lead ? 'lead' : 'staff'} has the whole transcript`,
        () => visible.every((m) => tracked.messages.get(m.seq)?.text === m.text),
        30_000,
      );
      expect(strictlyIncreasing(tracked.arrivals)).toBe(true);
      expect(new Set(tracked.arrivals).size).toBe(tracked.arrivals.length);
    }
    // Every bot reply after the joins streamed to B and C, ended with the seq of the stored reply, and its text
    // is that reply. Wait for the end events themselves (a loaded machine delivers them late, never not at all).
    const streamedReplies = botReplies.filter(
      (m) => Number(m.meta?.fromSeq ?? m.meta?.replyToSeq) > first.seq,
    );
    expect(streamedReplies.length).toBeGreaterThanOrEqual(1);
    for (const tracked of [agent, supervisor]) {
      const streams = await eventually(
        `a stream end for each of ${streamedReplies.length} replies on ${tracked === agent ? 'B' : 'C'}`,
        () => {
          const ended = [...tracked.streams.values()].filter((s) => s.end?.seq !== undefined);
          return streamedReplies.every((reply) => ended.some((s) => s.end!.seq === reply.seq)) ? ended : null;
        },
        30_000,
      );
      for (const stream of streams) {
        const { text, gap } = streamText(stream);
        expect(gap).toBe(false);
        expect(text).toBe(stored.find((m) => m.seq === stream.end!.seq)!.text);
      }
    }

    // A whisper from C reaches the agent on B, never the lead on A.
    await supervisor.ok('whisper:send', { conversationId, clientMsgId: 'w1', text: 'offer a tour' });
    await eventually('whisper on B', () =>
      eventsOf<MessageView>(agent, 'whisper').some((w) => w.text === 'offer a tour'),
    );
    // The claim on B reaches the lead on A and the board on C.
    await agent.ok('conversation:claim', { conversationId });
    await eventually('status on A', () =>
      eventsOf<{ agentName?: string }>(lead, 'conversation:status').some((s) => s.agentName === 'agent-1'),
    );
    await eventually('claimed board row on C', () =>
      eventsOf<ConversationSummary>(supervisor, 'board:update').some(
        (s) => s.id === conversationId && s.owner.id === 'agent-1',
      ),
    );
    await agent.ok('message:send', { conversationId, clientMsgId: 'a1', text: 'Hi, I am agent one' });
    await eventually('agent message on A', () =>
      [...lead.messages.values()].some((m) => m.text === 'Hi, I am agent one'),
    );
    expect([...lead.messages.values()].some((m) => m.kind === 'whisper')).toBe(false);
    expect(lead.events.some(([event]) => event === 'whisper')).toBe(false);

    // Presence on the board: the lead's socket on node-a, the agent's on node-b, the monitor on node-c.
    await eventually('presence of all three nodes on C', () =>
      eventsOf<BoardPresenceEvent>(supervisor, 'board:presence').some((event) => {
        const on = (nodeId: string) =>
          event.nodes.find((n) => n.nodeId === nodeId)?.conversations[conversationId];
        return on('node-a')?.lead === 1 && on('node-b')?.agent === 1 && on('node-c')?.supervisor === 1;
      }),
    );
  }, 60_000);

  it('lets exactly one of two agents on different nodes win the same hand-off', async () => {
    const [a, b, c] = cluster.nodes;
    const agentB = await client(
      cluster,
      1,
      '/agent',
      await staffToken(b!.url, 'agent', 'agent-b'),
      'agent@B',
    );
    const agentC = await client(
      cluster,
      2,
      '/agent',
      await staffToken(c!.url, 'agent', 'agent-c'),
      'agent@C',
    );
    const store = createSqliteStore({ file: join(cluster.dataDir, 'hub.db') });
    try {
      const winners: string[] = [];
      for (let round = 0; round < 5; round++) {
        const lead = await client(cluster, 0, '/widget', await widgetToken(a!.url), `lead-${round}`);
        const sent = await lead.ok<SendResult>('message:send', { clientMsgId: 'hi', text: 'I want to sell' });
        await eventually('bot reply', () => [...lead.messages.values()].some((m) => m.author.type === 'bot'));
        const current = await store.getConversation('demo', sent.conversationId);
        await store.updateConversation(
          'demo',
          sent.conversationId,
          { status: 'handoff_pending' },
          current!.version,
        );

        const answers = await Promise.all(
          [agentB, agentC].map((agent) =>
            agent.request<{ conversation: ConversationSummary }>('conversation:claim', {
              conversationId: sent.conversationId,
            }),
          ),
        );
        const won = answers.filter((answer) => answer.ok);
        const lost = answers.filter((answer) => !answer.ok);
        expect(won).toHaveLength(1);
        expect(lost.map((answer) => (answer.ok ? null : answer.error.code))).toEqual(['CONFLICT']);
        const owner = won[0]!.ok ? won[0]!.data.conversation.owner.id! : '';
        winners.push(owner);
        const stored = await store.getConversation('demo', sent.conversationId);
        expect(stored!.owner.id).toBe(owner);
        const joined = (await store.messagesAfter('demo', sent.conversationId, 0)).filter((m) =>
          m.text.endsWith('joined the conversation'),
        );
        expect(joined).toHaveLength(1);
      }
      expect(winners.every((winner) => winner === 'agent-b' || winner === 'agent-c')).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);
});

describeWithRedis('cluster: sharded pub/sub adapter (REDIS_SHARDED=true)', () => {
  const setup = useTestCluster({ nodes: 2, env: { REDIS_SHARDED: 'true' } });
  let cluster: HubCluster;
  beforeAll(async () => {
    cluster = await setup.start();
  }, 60_000);

  it('carries messages and bot streams from one node to the other', async () => {
    const [a, b] = cluster.nodes;
    expect(a!.logs.some((line) => line.includes('sharded pub/sub'))).toBe(true);
    const agent = await client(cluster, 1, '/agent', await staffToken(b!.url, 'agent', 'agent-s'), 'agent@B');
    const lead = await client(cluster, 0, '/widget', await widgetToken(a!.url), 'lead@A');
    const first = await lead.ok<SendResult>('message:send', { clientMsgId: 's1', text: 'sharded hello' });
    await agent.ok('conversation:join', { conversationId: first.conversationId, lastSeq: first.seq });
    await lead.ok<SendResult>('message:send', { clientMsgId: 's2', text: 'second over shards' });
    await eventually('lead message and bot reply on B', () => {
      const messages = [...agent.messages.values()];
      return (
        messages.some((m) => m.text === 'second over shards') &&
        messages.some((m) => m.author.type === 'bot' && m.seq > first.seq + 1)
      );
    });
    await eventually('a bot stream ended on B', () =>
      [...agent.streams.values()].some((stream) => stream.end?.seq !== undefined),
    );
  }, 60_000);
});
