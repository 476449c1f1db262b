import { describe, expect, it } from 'vitest';
import type { Bot } from '../../src/bots/port.js';
import type { MessageView } from '../../src/protocol/common.js';
import type { Store } from '../../src/store/types.js';
import { slowTemplateExtension } from '../../src/wiring.js';
import {
  connect,
  emitAck,
  expectOk,
  record,
  staffToken,
  startHub,
  tempStore,
  waitForEvent,
  widgetToken,
} from '../helpers/hub.js';
import { expectNothingWithin } from '../helpers/waits.js';

const silentBot: Bot = {
  initialState: () => ({ version: 1 }),
  step: (state) => ({ state, effects: [] }),
  readsAlone: () => false,
  view: () => ({ botKind: 'lead', slotsFilled: [], slotsMissing: [], temperature: 'cold', active: true }),
};

/** A silent bot whose turns wait a minute: nothing but the test's own steps calls the store. */
const SILENT_NO_TURNS = { bot: silentBot, turnQuietMs: 60_000, turnMaxWaitMs: 60_000 };

describe('lead messages', () => {
  /** Sends one lead message and records the bot's streamed reply up to its stream:end. */
  async function streamedReply(hub: Awaited<ReturnType<typeof startHub>>) {
    const { url, store } = hub;
    const { token } = await widgetToken(url);
    const widget = await connect(url, '/widget', token);
    const events = record(widget, 'message', 'stream:start', 'stream:token', 'stream:end');
    const ended = waitForEvent(widget, 'stream:end');
    const ack = expectOk(
      await emitAck<{ conversationId: string; seq: number }>(widget, 'message:send', {
        clientMsgId: 'm1',
        text: '  Hello there  ',
      }),
    );
    expect(ack.seq).toBe(1);
    const stored = await store.messagesAfter('demo', ack.conversationId, 0);
    expect(stored[0]).toMatchObject({ seq: 1, text: 'Hello there', author: { type: 'lead' } });
    const end = await ended;
    const tokens = events.filter((e) => e.event === 'stream:token').map((e) => e.payload);
    expect(tokens.map((t) => t.index)).toEqual(tokens.map((_, i) => i));
    const botMessage = events.find(
      (e) => e.event === 'message' && (e.payload.author as { type: string }).type === 'bot',
    );
    const order = events.map((e) => e.event);
    // Every token before the stored message, the stored message before the end.
    expect(order.lastIndexOf('stream:token')).toBeLessThan(order.indexOf('message', 1));
    expect(botMessage?.payload.text).toBe(tokens.map((t) => t.text).join(''));
    expect(end.seq).toBe(botMessage?.payload.seq);
    return tokens.map((t) => String(t.text));
  }

  it('acks after storing, broadcasts, and streams the bot reply (one token event when there is no pace)', async () => {
    const tokens = await streamedReply(await startHub());
    expect(tokens).toHaveLength(1);
  });

  it('streams the template reply word by word at the word pace, one token event per word', async () => {
    const tokens = await streamedReply(
      await startHub({ extensions: [slowTemplateExtension({ tokenDelayMs: 5 })] }),
    );
    expect(tokens.length).toBeGreaterThan(3);
    for (const word of tokens) expect(word.trim()).not.toContain(' ');
  });

  it('cuts text over 2,000 characters and says so; rejects empty text and stores nothing', async () => {
    const { url, store } = await startHub({ bot: silentBot });
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    const long = expectOk(
      await emitAck<{ conversationId: string; truncated: boolean }>(widget, 'message:send', {
        clientMsgId: 'long',
        text: 'x'.repeat(2_500),
      }),
    );
    expect(long.truncated).toBe(true);
    const [message] = await store.messagesAfter('demo', long.conversationId, 0);
    expect(message?.text.length).toBe(2_000);
    const empty = await emitAck(widget, 'message:send', { clientMsgId: 'empty', text: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await store.messagesAfter('demo', long.conversationId, 0)).toHaveLength(1);
  });

  it(
    'keeps each of 100 messages exactly once, in order, while the connection is cut at random points',
    { timeout: 60_000 },
    async () => {
      const { url, store } = await startHub();
      const { token } = await widgetToken(url);
      const widget = await connect(url, '/widget', token, { reconnection: true });
      widget.io.opts.reconnectionDelay = 20;
      widget.io.opts.reconnectionDelayMax = 50;
      const first = expectOk(
        await emitAck<{ conversationId: string }>(widget, 'message:send', {
          clientMsgId: 'lead-0',
          text: 'message 0',
        }),
      );
      const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana'));
      const agentSeen = new Map<number, MessageView>();
      agent.on('message', (message: MessageView) => agentSeen.set(message.seq, message));
      const joined = expectOk(
        await emitAck<{ messages: MessageView[] }>(agent, 'conversation:join', {
          conversationId: first.conversationId,
          lastSeq: 0,
        }),
      );
      for (const message of joined.messages) agentSeen.set(message.seq, message);

      let seed = 42;
      const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      let cuts = 0;
      for (let i = 1; i < 100; i++) {
        const payload = { clientMsgId: `lead-${i}`, text: `message ${i}` };
        for (;;) {
          if (!widget.connected) await waitForEvent(widget, 'connect', () => true);
          const pending = emitAck(widget, 'message:send', payload, 400);
          if (random() < 0.15) {
            cuts++;
            widget.io.engine.close();
          }
          try {
            expectOk(await pending);
            break;
          } catch {
            // Unacked (cut or timed out): resend the same clientMsgId after reconnecting.
          }
        }
      }
      expect(cuts).toBeGreaterThan(5);
      const transcript = await store.messagesAfter('demo', first.conversationId, 0, { limit: 10_000 });
      const leadTexts = transcript.filter((m) => m.author.type === 'lead').map((m) => m.text);
      expect(leadTexts).toEqual(Array.from({ length: 100 }, (_, i) => `message ${i}`));
      expect(transcript.map((m) => m.seq)).toEqual(transcript.map((_, i) => i + 1));
      await expect.poll(() => agentSeen.size, { timeout: 10_000 }).toBeGreaterThanOrEqual(transcript.length);
      const agentLeadTexts = [...agentSeen.values()]
        .sort((a, b) => a.seq - b.seq)
        .filter((m) => m.author.type === 'lead')
        .map((m) => m.text);
      expect(agentLeadTexts).toEqual(leadTexts);
    },
  );

  it('replays exactly the 500 messages a client missed while offline', async () => {
    const { url } = await startHub({ bot: silentBot });
    const { token } = await widgetToken(url);
    const first = await connect(url, '/widget', token);
    const start = expectOk(
      await emitAck<{ seq: number; conversationId: string }>(first, 'message:send', {
        clientMsgId: 'a',
        text: 'first',
      }),
    );
    first.close();
    const other = await connect(url, '/widget', token);
    for (let i = 0; i < 500; i++) {
      expectOk(await emitAck(other, 'message:send', { clientMsgId: `b-${i}`, text: `offline ${i}` }));
    }
    const back = await connect(url, '/widget', token);
    const replay = expectOk(
      await emitAck<{ conversationId: string; messages: MessageView[]; hasMore: boolean }>(
        back,
        'conversation:resume',
        { lastSeq: start.seq },
      ),
    );
    expect(replay.conversationId).toBe(start.conversationId);
    expect(replay.hasMore).toBe(false);
    expect(replay.messages.map((m) => m.seq)).toEqual(
      Array.from({ length: 500 }, (_, i) => start.seq + 1 + i),
    );
    expect(replay.messages.map((m) => m.text)).toEqual(Array.from({ length: 500 }, (_, i) => `offline ${i}`));
  });

  it('answers a repeated clientMsgId with the first result and stores nothing new', async () => {
    const { url, store } = await startHub({ bot: silentBot });
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    const a = expectOk(
      await emitAck<{ seq: number; conversationId: string; duplicate: boolean }>(widget, 'message:send', {
        clientMsgId: 'same',
        text: 'hi',
      }),
    );
    const b = expectOk(
      await emitAck<{ seq: number; duplicate: boolean }>(widget, 'message:send', {
        clientMsgId: 'same',
        text: 'hi',
      }),
    );
    expect(b).toMatchObject({ seq: a.seq, duplicate: true });
    expect(await store.messagesAfter('demo', a.conversationId, 0)).toHaveLength(1);
  });

  it('gives the conversations of new leads ids in the order the leads came (time-ordered, unguessable)', async () => {
    // The store's message indexes are keyed by conversation: ids in creation order keep the conversations being
    // written together at the end of those indexes (random ids dirtied a page per append).
    const { url } = await startHub({ bot: silentBot });
    const ids: string[] = [];
    for (let lead = 0; lead < 5; lead++) {
      const widget = await connect(url, '/widget', (await widgetToken(url)).token);
      const ack = expectOk(
        await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId: 'm1', text: 'hi' }),
      );
      ids.push(ack.conversationId);
      widget.close();
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(5);
    // UUIDv7 (RFC 9562): 48 bits of time, then the version, then bits drawn from the system random generator.
    for (const id of ids)
      expect(id).toMatch(/^conv-lead-[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("starts one conversation when a lead's two tabs send their first messages at once; both tabs get both", async () => {
    // Each tab gets its own message in its ack and the other tab's as a `message` event.
    const { url, store } = await startHub({ bot: silentBot });
    const { token } = await widgetToken(url);
    const tabs = [await connect(url, '/widget', token), await connect(url, '/widget', token)];
    const seen = tabs.map((tab) => record(tab, 'message'));
    const sends = await Promise.all(
      tabs.map((tab, i) =>
        emitAck<{ conversationId: string; seq: number; message: MessageView }>(tab, 'message:send', {
          clientMsgId: `first-${i}`,
          text: `hello from tab ${i}`,
        }),
      ),
    );
    const [a, b] = sends.map(expectOk);
    expect(a!.conversationId).toBe(b!.conversationId);
    expect([a!.seq, b!.seq].sort()).toEqual([1, 2]);
    const stored = await store.messagesAfter('demo', a!.conversationId, 0);
    expect(stored.map((message) => message.clientMsgId).sort()).toEqual(['first-0', 'first-1']);
    expect([a!.message.seq, b!.message.seq]).toEqual([a!.seq, b!.seq]);
    // Whichever tab started it, both tabs were in its room before either message was broadcast.
    await expect
      .poll(() => seen.map((events) => events.map(({ payload }) => payload.seq)))
      .toEqual([[b!.seq], [a!.seq]]);
    // And neither tab gets its message twice (an absence: checked over a named window, see helpers/waits.ts).
    await expectNothingWithin(100, () => expect(seen.map((events) => events.length)).toEqual([1, 1]));
  });

  it("stores every lead message in one store call, the lead's first one included, from any tab", async () => {
    const store = tempStore();
    const accepts: { method: string; starts: boolean }[] = [];
    const ACCEPT_PATH = new Set([
      'appendToOpenConversation',
      'appendMessage',
      'getConversation',
      'findOpenConversationForLead',
    ]);
    const counting = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (typeof name !== 'string' || !ACCEPT_PATH.has(name) || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          accepts.push({
            method: name,
            starts: name === 'appendToOpenConversation' && args[3] !== undefined,
          });
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const { url } = await startHub({ store: counting, ...SILENT_NO_TURNS });
    const { token } = await widgetToken(url);
    const send = async (tab: Awaited<ReturnType<typeof connect>>, clientMsgId: string) => {
      accepts.length = 0;
      const ack = expectOk(
        await emitAck<{ conversationId: string; seq: number }>(tab, 'message:send', {
          clientMsgId,
          text: 'hi',
        }),
      );
      return { ack, calls: [...accepts] };
    };
    const first = await connect(url, '/widget', token);
    // A tab in no conversation yet sends the conversation its message would start along with it.
    const started = await send(first, 'm1');
    expect(started.calls).toEqual([{ method: 'appendToOpenConversation', starts: true }]);
    expect(started.ack.seq).toBe(1);
    // Once in it, only the message.
    expect((await send(first, 'm2')).calls).toEqual([{ method: 'appendToOpenConversation', starts: false }]);
    // Another tab of the lead, not resumed: its message finds the open conversation in the same one call.
    const second = await connect(url, '/widget', token);
    const fromSecond = await send(second, 'm3');
    expect(fromSecond.calls).toEqual([{ method: 'appendToOpenConversation', starts: true }]);
    expect(fromSecond.ack).toMatchObject({ conversationId: started.ack.conversationId, seq: 3 });
    // A tab that resumed the conversation first.
    const third = await connect(url, '/widget', token);
    expectOk(await emitAck(third, 'conversation:resume', { lastSeq: 0 }));
    expect((await send(third, 'm4')).calls).toEqual([{ method: 'appendToOpenConversation', starts: false }]);
    expect(
      (await store.messagesAfter('demo', started.ack.conversationId, 0)).map((m) => m.clientMsgId),
    ).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  it('answers a resume with the status the conversation has once the tab is in its room', async () => {
    const store = tempStore();
    let duringLookup: (() => Promise<void>) | undefined;
    // The agent claims the conversation after the resume looked it up and before the tab joined its room: the
    // claim's conversation:status went out to a room this tab was not in yet.
    const racing = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (name !== 'findOpenConversationForLead') return value;
        return async (...args: Parameters<Store['findOpenConversationForLead']>) => {
          const found = await target.findOpenConversationForLead(...args);
          const step = duringLookup;
          duringLookup = undefined;
          await step?.();
          return found;
        };
      },
    });
    const { url } = await startHub({ store: racing, ...SILENT_NO_TURNS });
    const { token } = await widgetToken(url);
    const first = await connect(url, '/widget', token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(first, 'message:send', { clientMsgId: 'm1', text: 'hi' }),
    );
    const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'jorge'));
    duringLookup = async () => {
      expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    };
    const tab = await connect(url, '/widget', token);
    const statuses = record(tab, 'conversation:status');
    const resumed = expectOk(
      await emitAck<{ status: { botActive: boolean; agentName?: string; version: number } }>(
        tab,
        'conversation:resume',
        { lastSeq: 0 },
      ),
    );
    expect(duringLookup).toBeUndefined();
    expect(statuses).toEqual([]);
    expect(resumed.status.botActive).toBe(false);
    expect(resumed.status.agentName).toBeTruthy();
    const stored = await store.getConversation('demo', conversationId);
    expect(resumed.status.version).toBe(stored?.version);
  });

  it('never charges a resend of a stored message to the limit, and answers it even over the limit', async () => {
    const { url } = await startHub({ bot: silentBot, rateLimitPer10s: 3 });
    const lead = await connect(url, '/widget', (await widgetToken(url)).token);
    const send = (clientMsgId: string) =>
      emitAck<{ seq: number; duplicate: boolean; message: MessageView }>(lead, 'message:send', {
        clientMsgId,
        text: 'hello',
      });
    const first = expectOk(await send('m-1'));
    for (let i = 0; i < 5; i++) {
      expect(expectOk(await send('m-1'))).toMatchObject({ seq: first.seq, duplicate: true });
    }
    const second = expectOk(await send('m-2'));
    expect(expectOk(await send('m-3'))).toMatchObject({ duplicate: false });
    const over = await send('m-4');
    expect(over.ok ? undefined : over.error.code).toBe('RATE_LIMITED');
    // Over the limit, the resend still carries the stored message (its sender gets no other copy of it).
    expect(expectOk(await send('m-2'))).toMatchObject({
      seq: second.seq,
      duplicate: true,
      message: { seq: second.seq, text: 'hello', author: { type: 'lead' } },
    });
  });

  it('gives a flooding visitor RATE_LIMITED without slowing another visitor', async () => {
    const { url } = await startHub({ bot: silentBot, rateLimitPer10s: 20 });
    const flooder = await connect(url, '/widget', (await widgetToken(url)).token);
    const calm = await connect(url, '/widget', (await widgetToken(url)).token);
    const flood = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        emitAck(flooder, 'message:send', { clientMsgId: `f-${i}`, text: 'spam' }),
      ),
    );
    const limited = flood.filter((ack) => !ack.ok && ack.error.code === 'RATE_LIMITED').length;
    expect(limited).toBeGreaterThanOrEqual(75);
    const started = performance.now();
    expectOk(await emitAck(calm, 'message:send', { clientMsgId: 'c-1', text: 'hello' }));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
