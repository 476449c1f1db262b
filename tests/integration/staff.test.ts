import { describe, expect, it } from 'vitest';
import type { MessageView } from '../../src/protocol/common.js';
import {
  connect,
  emitAck,
  expectOk,
  record,
  staffToken,
  startHub,
  waitForEvent,
  widgetToken,
} from '../helpers/hub.js';

async function leadConversation(url: string) {
  const widget = await connect(url, '/widget', (await widgetToken(url)).token);
  const sent = expectOk(
    await emitAck<{ conversationId: string }>(widget, 'message:send', {
      clientMsgId: 'hello',
      text: 'Hi, I saw a listing',
    }),
  );
  return { widget, conversationId: sent.conversationId };
}

describe('staff actions', () => {
  it("runs one history search at a time per person: a second one meanwhile is BUSY, another person's runs", async () => {
    const { url } = await startHub();
    await leadConversation(url);
    const ana = await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
    const ben = await connect(url, '/agent', await staffToken(url, 'agent', 'ben'));
    const [first, second, other] = await Promise.all([
      emitAck<{ total: number }>(ana, 'history:search', { text: 'listing' }),
      emitAck(ana, 'history:search', { text: 'listing' }),
      emitAck<{ total: number }>(ben, 'history:search', { text: 'listing' }),
    ]);
    expect(expectOk(first).total).toBe(1);
    expect(second).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(expectOk(other).total).toBe(1);
    expect(expectOk(await emitAck<{ total: number }>(ana, 'history:search', { text: 'listing' })).total).toBe(
      1,
    );
  });

  it('lets exactly one of two agents claiming at the same instant win', async () => {
    const { url } = await startHub();
    const { conversationId } = await leadConversation(url);
    const ana = await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
    const ben = await connect(url, '/agent', await staffToken(url, 'agent', 'ben'));
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([
        emitAck(ana, 'conversation:claim', { conversationId }),
        emitAck(ben, 'conversation:claim', { conversationId }),
      ]);
      const winners = results.filter((ack) => ack.ok);
      const losers = results.filter((ack) => !ack.ok);
      if (round === 0) {
        expect(winners).toHaveLength(1);
        expect(losers[0]).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      }
      const winner = results[0].ok ? ana : ben;
      expectOk(await emitAck(winner, 'conversation:release', { conversationId }));
      if (round > 0) expect(winners).toHaveLength(1);
    }
  });

  it('shows the agent joining to the lead and stops the bot in a human-owned conversation', async () => {
    const { url, hub, store } = await startHub();
    const { widget, conversationId } = await leadConversation(url);
    await hub.idle();
    const agent = await connect(
      url,
      '/agent',
      await staffToken(url, 'agent', 'jorge', 'demo', 'Jorge Salas'),
    );
    const joined = waitForEvent<MessageView>(widget, 'message', (m) => m.text.includes('Jorge Salas joined'));
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    await joined;
    const before = (await store.messagesAfter('demo', conversationId, 0)).length;
    expectOk(await emitAck(widget, 'message:send', { clientMsgId: 'second', text: 'Great, thanks' }));
    await hub.idle();
    const after = await store.messagesAfter('demo', conversationId, 0);
    expect(after).toHaveLength(before + 1);
    const reply = waitForEvent<MessageView>(widget, 'message', (m) => m.author.type === 'agent');
    expectOk(
      await emitAck(agent, 'message:send', { conversationId, clientMsgId: 'a1', text: 'Hi! Jorge here.' }),
    );
    expect((await reply).author).toMatchObject({ type: 'agent', name: 'Jorge Salas' });
  });

  it("shows the lead only the owner's typing, not another agent's who has the conversation open", async () => {
    const { url } = await startHub();
    const { widget, conversationId } = await leadConversation(url);
    const owner = await connect(url, '/agent', await staffToken(url, 'agent', 'jorge'));
    const other = await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
    expectOk(await emitAck(owner, 'conversation:claim', { conversationId }));
    const seen: unknown[] = [];
    widget.on('typing', (event: unknown) => seen.push(event));
    expectOk(await emitAck(other, 'typing', { conversationId, isTyping: true }));
    // The owner's typing, sent after, is the barrier: the widget gets events in the order the hub sent them, so
    // once it has the owner's, another agent's would have come before it.
    const typing = waitForEvent(widget, 'typing');
    expectOk(await emitAck(owner, 'typing', { conversationId, isTyping: true }));
    expect(await typing).toMatchObject({ isTyping: true });
    expect(seen).toHaveLength(1);
  });

  it('never delivers whispers or notes to the widget namespace', async () => {
    const { url, hub } = await startHub();
    const { widget, conversationId } = await leadConversation(url);
    await hub.idle();
    const widgetEvents = record(widget, 'message', 'whisper');
    const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
    expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
    const supervisor = await connect(url, '/supervisor', await staffToken(url, 'supervisor', 'sue'));
    expectOk(await emitAck(supervisor, 'conversation:monitor', { conversationId, lastSeq: 0 }));
    const whisperAtAgent = waitForEvent<MessageView>(agent, 'whisper');
    expectOk(
      await emitAck(supervisor, 'whisper:send', {
        conversationId,
        clientMsgId: 'w1',
        text: 'Ask about the budget',
      }),
    );
    expectOk(
      await emitAck(agent, 'note:add', { conversationId, clientMsgId: 'n1', text: 'Lead seems motivated' }),
    );
    expect((await whisperAtAgent).text).toBe('Ask about the budget');
    // A later answer on the same connection proves the widget's stream is flushed past the staff ones.
    const marker = expectOk(
      await emitAck<{ message: MessageView }>(widget, 'message:send', {
        clientMsgId: 'marker',
        text: 'marker',
      }),
    );
    expect(marker.message.text).toBe('marker');
    expect(
      widgetEvents.filter(
        (e) => ['whisper', 'note'].includes(String(e.payload.kind)) || e.event === 'whisper',
      ),
    ).toEqual([]);
    const resumed = expectOk(
      await emitAck<{ messages: MessageView[] }>(widget, 'conversation:resume', { lastSeq: 0 }),
    );
    expect(resumed.messages.some((m) => m.visibility === 'staff')).toBe(false);
  });

  it('rate-limits a flooding staff user at five times the lead budget, without touching other users', async () => {
    const { url } = await startHub({ rateLimitPer10s: 20 });
    const flooder = await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
    const other = await connect(url, '/agent', await staffToken(url, 'agent', 'ben'));
    const acks = await Promise.all(Array.from({ length: 200 }, () => emitAck(flooder, 'inbox:list', {})));
    const limited = acks.filter((ack) => !ack.ok && ack.error.code === 'RATE_LIMITED').length;
    expect(limited).toBeGreaterThanOrEqual(90);
    expect(acks.length - limited).toBeGreaterThanOrEqual(100);
    expectOk(await emitAck(other, 'inbox:list', {}));
  });

  it('lists hand-offs and my conversations in the inbox and the live ones on the board', async () => {
    const { url } = await startHub();
    const { conversationId } = await leadConversation(url);
    const supervisor = await connect(url, '/supervisor', await staffToken(url, 'supervisor', 'sue'));
    const board = expectOk(
      await emitAck<{ conversations: { id: string }[] }>(supervisor, 'board:subscribe', {}),
    );
    expect(board.conversations.map((c) => c.id)).toContain(conversationId);
    const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
    const update = waitForEvent<{ id: string; owner: { id?: string } }>(
      supervisor,
      'board:update',
      (c) => c.owner.id === 'ana',
    );
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    expect((await update).id).toBe(conversationId);
    const inbox = expectOk(await emitAck<{ conversations: { id: string }[] }>(agent, 'inbox:list', {}));
    expect(inbox.conversations.map((c) => c.id)).toEqual([conversationId]);
  });
});
