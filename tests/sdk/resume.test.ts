import type { Socket } from 'socket.io';
import { describe, expect, it } from 'vitest';
import {
  createWidgetClient,
  createWidgetSession,
  memoryStorage,
  type MessageView,
} from '../../client/sdk/index.js';
import {
  connectAgent,
  connectSupervisor,
  connectWidget,
  startHub,
  TEST_ORIGIN,
  waitFor,
  type TestHub,
} from './helpers.js';

/** Records the payloads of one client event as the hub receives them. */
function spyOn(hub: TestHub, namespace: '/widget' | '/agent', event: string): unknown[] {
  const seen: unknown[] = [];
  hub.hub.io.of(namespace).on('connection', (socket: Socket) => {
    socket.use((packet, next) => {
      if (packet[0] === event) seen.push(packet[1]);
      next();
    });
  });
  return seen;
}

const byAuthor = (messages: MessageView[]) =>
  messages.map((message) => `${message.author.type}:${message.text}`);

describe('resume by seq', () => {
  it('replays exactly what was missed while offline, never staff-only messages, then sends the queued text once', async () => {
    const hub = await startHub();
    const resumes = spyOn(hub, '/widget', 'conversation:resume');
    const widget = await connectWidget(hub);
    const { conversationId } = await widget.send('hi there');
    await waitFor(() => widget.messages().some((message) => message.author.type === 'bot'), {
      what: 'bot reply',
    });
    const seqBefore = widget.lastSeq;

    widget.disconnect();
    const agent = await connectAgent(hub);
    const supervisor = await connectSupervisor(hub);
    await agent.join(conversationId);
    await agent.claim(conversationId);
    await agent.send(conversationId, 'Hi, this is Jorge. How can I help?');
    await agent.addNote(conversationId, 'Lead looks motivated');
    await supervisor.monitor(conversationId);
    await supervisor.whisper(conversationId, 'Ask about financing');
    await agent.send(conversationId, 'Are you pre-approved?');
    const queued = widget.send('Yes, pre-approved up to 700k');

    const received: MessageView[] = [];
    widget.on('message', (message) => received.push(message));
    await widget.connect();
    await queued;
    await waitFor(() => received.length >= 4, { what: 'replayed messages' });

    expect(resumes.at(-1)).toEqual({ lastSeq: seqBefore });
    expect(byAuthor(received)).toEqual([
      'system:Jorge Salas joined the conversation',
      'agent:Hi, this is Jorge. How can I help?',
      'agent:Are you pre-approved?',
      'lead:Yes, pre-approved up to 700k',
    ]);
    const seqs = widget.messages().map((message) => message.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));
    expect(widget.messages().every((message) => message.visibility === 'everyone')).toBe(true);
    await waitFor(
      () =>
        agent.messages(conversationId).filter((message) => message.text.startsWith('Yes, pre-approved'))
          .length === 1,
      { what: 'the lead message at the agent, once' },
    );
    await waitFor(() => agent.messages(conversationId).some((message) => message.kind === 'whisper'), {
      what: 'whisper at the agent',
    });
  });

  it('knows who is chatting right after a reload, from the resume answer', async () => {
    const hub = await startHub();
    const first = await connectWidget(hub, { storage: memoryStorage() });
    const { conversationId } = await first.send('hi there');
    const agent = await connectAgent(hub);
    await agent.join(conversationId);
    await agent.claim(conversationId);
    first.close();

    const reloaded = await connectWidget(hub, {
      visitorSecret: first.visitorSecret,
      storage: memoryStorage(),
    });
    await waitFor(() => reloaded.status !== undefined, { what: 'the status from the resume answer' });
    expect(reloaded.status).toMatchObject({ conversationId, status: 'human', botActive: false });
    expect(reloaded.status?.agentName).toBeTruthy();
  });

  it('follows hasMore when more than one page was missed', async () => {
    const hub = await startHub();
    const widget = await connectWidget(hub);
    const { conversationId } = await widget.send('start');
    await hub.hub.idle();
    for (let i = 0; i < 1_050; i++) {
      await hub.store.appendMessage('demo', {
        conversationId,
        author: { type: 'system' },
        visibility: 'everyone',
        kind: 'event',
        text: `event ${i}`,
        createdAt: new Date().toISOString(),
      });
    }
    const joins = spyOn(hub, '/agent', 'conversation:join');
    const agent = await connectAgent(hub);
    const result = await agent.join(conversationId);
    expect(result.hasMore).toBe(true);
    expect(joins).toHaveLength(2);
    const all = await hub.store.messagesAfter('demo', conversationId, 0, { limit: 5_000 });
    expect(agent.messages(conversationId).map((message) => message.seq)).toEqual(
      all.map((message) => message.seq),
    );

    const lateWidget = createWidgetClient({
      url: hub.url,
      token: (await session(hub, widget.visitorSecret)).token,
    });
    await lateWidget.connect();
    expect(lateWidget.messages()).toHaveLength(all.length);
    lateWidget.close();
  });

  it('keeps the conversation and the unsent outbox across a reload (same storage)', async () => {
    const hub = await startHub();
    const storage = memoryStorage();
    const first = await connectWidget(hub, { storage });
    const { conversationId } = await first.send('first page load');
    await waitFor(() => first.messages().some((message) => message.author.type === 'bot'), {
      what: 'bot reply',
    });
    first.disconnect();
    void first.send('typed just before the reload').catch(() => undefined);
    first.close();

    const resumes = spyOn(hub, '/widget', 'conversation:resume');
    const reloaded = createWidgetClient({
      url: hub.url,
      token: (await session(hub, first.visitorSecret)).token,
      storage,
    });
    expect(reloaded.conversationId).toBe(conversationId);
    expect(byAuthor(reloaded.messages()).slice(0, 1)).toEqual(['lead:first page load']);
    expect(reloaded.pending().map((entry) => entry.payload.text)).toEqual(['typed just before the reload']);
    const sent = reloaded.once('sent');
    await reloaded.connect();
    await sent;
    reloaded.close();

    expect(resumes[0]).toEqual({ lastSeq: first.lastSeq });
    const stored = await hub.store.messagesAfter('demo', conversationId, 0);
    expect(stored.filter((message) => message.author.type === 'lead').map((message) => message.text)).toEqual(
      ['first page load', 'typed just before the reload'],
    );
  });
});

function session(hub: TestHub, visitorSecret: string) {
  return createWidgetSession(
    hub.url,
    { tenantId: 'demo', visitorSecret },
    { headers: { origin: TEST_ORIGIN } },
  );
}
