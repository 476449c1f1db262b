import { beforeAll, expect, it, vi } from 'vitest';
import type { MessageView } from '../../src/protocol/common.js';
import type { BoardPresenceEvent, SendResult } from '../../src/protocol/events.js';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { eventually, streamText, type TrackedClient } from './clients.js';
import {
  client,
  describeWithRedis,
  fastTimings,
  leadSeqs,
  sendUntilAcked,
  staffToken,
  transcript,
  turnProblems,
  useTestCluster,
  widgetToken,
} from './harness.js';

// Long enough that a reply (about ten words) is still streaming while two more clients connect and join.
const TOKEN_DELAY_MS = 120;

const botReplyTo = (tracked: TrackedClient, seq: number) =>
  [...tracked.messages.values()].some((m) => m.author.type === 'bot' && m.meta?.replyToSeq === seq);

describeWithRedis('cluster: a node dies while streaming', () => {
  const setup = useTestCluster({ nodes: 3, env: { HUB_BOT_TOKEN_DELAY_MS: String(TOKEN_DELAY_MS) } });
  let cluster: HubCluster;
  let supervisorToken: string;
  beforeAll(async () => {
    cluster = await setup.start();
    supervisorToken = await staffToken(cluster.urls[0]!, 'supervisor', 'sup-f');
  }, 60_000);

  it('gives a client joining mid-stream on another node the text so far, then the rest', async () => {
    const token = await widgetToken(cluster.urls[0]!);
    const lead = await client(cluster, 0, '/widget', token, 'lead@A');
    const sent = await lead.ok<SendResult>('message:send', { clientMsgId: 'snap-1', text: 'tell me more' });
    const staff = await client(
      cluster,
      1,
      '/agent',
      await staffToken(cluster.urls[1]!, 'agent', 'a-s'),
      'agent@B',
    );
    await staff.ok('conversation:join', { conversationId: sent.conversationId, lastSeq: 0 });
    // Wait until the reply streams on A and at least three tokens reached the lead.
    const live = await eventually('three tokens on A', () =>
      [...lead.streams.values()].find((stream) => stream.chunks.size >= 3 && !stream.end),
    );
    // A second tab on C and a monitor on C join mid-stream.
    const tab = await client(cluster, 2, '/widget', token, 'lead tab@C');
    const resumed = await tab.ok<{ streams: { streamId: string; text: string; nextIndex: number }[] }>(
      'conversation:resume',
      { lastSeq: 0 },
    );
    const snapshot = resumed.streams.find((stream) => stream.streamId === live.streamId);
    expect(snapshot).toBeDefined();
    expect(snapshot!.nextIndex).toBeGreaterThanOrEqual(3);
    expect(snapshot!.text.length).toBeGreaterThan(0);
    await tab.resync();
    const monitor = await client(cluster, 2, '/supervisor', supervisorToken, 'monitor@C');
    monitor.joined.set(sent.conversationId, 'conversation:monitor');
    await monitor.resync();

    const final = await eventually('the stored reply', () =>
      [...lead.messages.values()].find((m) => m.author.type === 'bot' && m.meta?.replyToSeq === sent.seq),
    );
    // The tab held a live snapshot (asserted above), so it must see the stream through to its end. The monitor
    // joins later: on a loaded machine the stream may already have ended, and then the stored reply reaches it by
    // replay instead. Either way the text it shows is the final text, once, with no gap.
    const monitorSawStream = monitor.streams.has(live.streamId);
    for (const joiner of monitorSawStream ? [tab, monitor] : [tab]) {
      const stream = await eventually('the stream ends on C', () => {
        const seen = joiner.streams.get(live.streamId);
        return seen?.end ? seen : null;
      });
      expect(streamText(stream)).toEqual({ text: final.text, gap: false });
    }
    if (!monitorSawStream) {
      const replayed = await eventually('the stored reply replayed to the monitor', () =>
        [...monitor.messages.values()].find((m) => m.seq === final.seq),
      );
      expect(replayed.text).toBe(final.text);
    }
  }, 30_000);

  it('kill -9: every acked message kept, every turn answered once, streams end, presence drops the node', async () => {
    const [a, b, c] = cluster.nodes;
    const supervisor = await client(cluster, 2, '/supervisor', supervisorToken, 'supervisor@C');
    await supervisor.ok('board:subscribe', {});
    supervisor.boardSubscribed = true;

    const leadsOnA = 8;
    const leads: TrackedClient[] = [];
    for (let i = 0; i < 12; i++) {
      const nodeIndex = i < leadsOnA ? 0 : 1;
      const url = cluster.nodes[nodeIndex]!.url;
      leads.push(await client(cluster, nodeIndex, '/widget', await widgetToken(url), `lead-${i}`));
    }
    const conversations = new Map<TrackedClient, string>();
    const acked = new Map<TrackedClient, { seq: number; text: string }[]>();
    let killedAt = 0;
    const messagesPerLead = 6;

    const runLead = async (lead: TrackedClient, index: number) => {
      const mine: { seq: number; text: string }[] = [];
      acked.set(lead, mine);
      for (let i = 0; i < messagesPerLead; i++) {
        const text = `lead ${index} message ${i}`;
        const result = await sendUntilAcked(lead, `L${index}-${i}`, text);
        mine.push({ seq: result.seq, text });
        if (!conversations.has(lead)) {
          conversations.set(lead, result.conversationId);
          supervisor.joined.set(result.conversationId, 'conversation:monitor');
          await supervisor.ok('conversation:monitor', { conversationId: result.conversationId, lastSeq: 0 });
        }
        // The lead reads the bot's reply before writing again, or writes anyway after 1.5 s.
        await vi
          .waitFor(() => expect(botReplyTo(lead, result.seq)).toBeTruthy(), { timeout: 1_500, interval: 20 })
          .catch(() => undefined);
      }
    };

    const killer = (async () => {
      const fromA = () =>
        [...supervisor.streams.values()].filter(
          (stream) =>
            !stream.end &&
            !stream.error &&
            leads.slice(0, leadsOnA).some((lead) => conversations.get(lead) === stream.conversationId),
        );
      await eventually('streams in flight on A', () => fromA().length >= 3, 20_000);
      killedAt = Date.now();
      await a!.kill('SIGKILL');
      return fromA().map((stream) => stream.streamId);
    })();

    await Promise.all(leads.map((lead, index) => runLead(lead, index)));
    const cutStreams = await killer;
    expect(cutStreams.length).toBeGreaterThanOrEqual(3);
    expect(b!.child.exitCode).toBeNull();
    expect(c!.child.exitCode).toBeNull();
    expect(leads.slice(0, leadsOnA).every((lead) => lead.reconnects >= 1)).toBe(true);

    // The store: every acked message once, every lead turn answered exactly once.
    for (const lead of leads) {
      const conversationId = conversations.get(lead)!;
      const stored = await eventually(
        `every lead message of ${conversationId} read by one reply`,
        async () => {
          const messages = await transcript(c!.url, supervisorToken, conversationId);
          return turnProblems(messages).length === 0 ? messages : null;
        },
        30_000,
      );
      const mine = acked.get(lead)!;
      expect(leadSeqs(stored)).toEqual(mine.map((entry) => entry.seq));
      for (const entry of mine) {
        expect(stored.filter((m) => m.text === entry.text).map((m) => m.seq)).toEqual([entry.seq]);
      }

      // The client: after a last replay it shows the transcript, nothing twice.
      await lead.resync();
      const shown = [...lead.messages.values()];
      const visible = stored.filter((m) => m.visibility === 'everyone');
      await eventually('the lead shows the whole transcript', () =>
        visible.every((m) => lead.messages.get(m.seq)?.text === m.text),
      );
      const leadTexts = shown.filter((m) => m.author.type === 'lead').map((m) => m.text);
      expect(new Set(leadTexts).size).toBe(leadTexts.length);
      expect(leadTexts).toHaveLength(messagesPerLead);
      const replyTargets = shown.filter((m) => m.author.type === 'bot').map((m) => m.meta?.replyToSeq);
      expect(new Set(replyTargets).size).toBe(replyTargets.length);
      // Every stream the lead saw completed, failed explicitly, or was gone when it resumed elsewhere.
      for (const stream of lead.streams.values()) {
        expect(Boolean(stream.end || stream.error || stream.goneOnResume)).toBe(true);
      }
    }

    // The supervisor on C never disconnected: every stream it saw ended, the cut ones with an explicit error.
    await eventually('every stream on C ended', () =>
      [...supervisor.streams.values()].every((stream) => stream.end || stream.error),
    );
    for (const streamId of cutStreams) {
      const stream = supervisor.streams.get(streamId)!;
      expect(stream.end ?? stream.error?.code).toBeDefined();
      if (stream.error) expect(stream.error.code).toBe('STREAM_LOST');
    }
    expect([...supervisor.streams.values()].some((stream) => stream.error?.code === 'STREAM_LOST')).toBe(
      true,
    );

    // Presence: the board stops showing node-a within the TTL (3 heartbeats) plus a heartbeat and slack.
    const withoutA = await eventually('presence without node-a', () =>
      supervisor.events
        .filter(([event]) => event === 'board:presence')
        .map(([, payload]) => payload as BoardPresenceEvent)
        .find(
          (event) =>
            Date.parse(event.at) >= killedAt && !event.nodes.some((node) => node.nodeId === 'node-a'),
        ),
    );
    const heartbeatMs = Number(fastTimings.HUB_PRESENCE_HEARTBEAT_MS);
    expect(Date.parse(withoutA.at) - killedAt).toBeLessThan(3 * heartbeatMs + 2 * heartbeatMs + 1_000);
    const leadsNow = withoutA.nodes.flatMap((node) =>
      Object.values(node.conversations).map((presence) => presence.lead),
    );
    expect(leadsNow.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    // The monitor shows every bot reply once per conversation.
    for (const [conversationId, messages] of supervisor.byConversation) {
      const targets = [...messages.values()]
        .filter((m: MessageView) => m.author.type === 'bot')
        .map((m) => `${conversationId}:${String(m.meta?.replyToSeq)}`);
      expect(new Set(targets).size).toBe(targets.length);
    }
  }, 90_000);
});
