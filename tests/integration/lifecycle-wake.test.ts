import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { connect, emitAck, expectOk, staffToken, startHub, tempStore, widgetToken } from '../helpers/hub.js';

/** Turns wait a minute: nothing but the test's own steps changes the conversation. */
const NO_TURNS = { turnQuietMs: 60_000, turnMaxWaitMs: 60_000 };

type Lifecycle = { snoozedUntil?: string; reopenedAt?: string; closedAt?: string };
const lifecycleOf = (conversation: { meta?: unknown } | null) =>
  (conversation?.meta as { lifecycle?: Lifecycle } | undefined)?.lifecycle ?? {};

describe('a lead message wakes its conversation', () => {
  it('ends a snooze and reopens a closed conversation; an open, awake one is not read again after the message', async () => {
    const store = tempStore();
    let conversationReads = 0;
    const counting = new Proxy(store, {
      get(target, name, receiver) {
        if (name === 'getConversation') conversationReads += 1;
        return Reflect.get(target, name, receiver) as unknown;
      },
    });
    const hub = await startHub({ store: counting, ...NO_TURNS });
    const lead = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const send = async (clientMsgId: string) =>
      expectOk(
        await emitAck<{ conversationId: string }>(lead, 'message:send', { clientMsgId, text: 'Hello' }),
      );
    const { conversationId } = await send('m1');
    const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'jorge'));
    const read = () => store.getConversation('demo', conversationId);

    // An open, awake conversation: the message is stored and nothing reads the conversation again. The hooks
    // start before the ack is sent and issue their store calls without waiting for I/O; hub and client share
    // this process, so every call a hook makes is counted by the time the ack arrives here.
    conversationReads = 0;
    await send('m2');
    expect(conversationReads).toBe(0);

    expectOk(
      await emitAck(agent, 'conversation:snooze', { conversationId, until: '2999-01-01T00:00:00.000Z' }),
    );
    expect(lifecycleOf(await read()).snoozedUntil).toBeDefined();
    await send('m3');
    await expect.poll(async () => lifecycleOf(await read()).snoozedUntil).toBeUndefined();
    expect((await read())?.status).toBe('open');

    expectOk(await emitAck(agent, 'conversation:close', { conversationId, outcome: 'spam' }));
    expect((await read())?.status).toBe('closed');
    await send('m4');
    await expect.poll(async () => (await read())?.status).toBe('open');
    expect(lifecycleOf(await read()).reopenedAt).toBeDefined();
  });

  it('reopens at once when the lead wrote between the close reading the conversation and writing it', async () => {
    const store = tempStore();
    let sendDuringClose: (() => Promise<void>) | undefined;
    // The close's compare-and-set waits until a lead message is stored: the message lands after the close read
    // an open conversation and before it wrote "closed", so the message itself saw nothing to wake.
    const racing: Store = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (name !== 'updateConversation') return value;
        return async (...args: Parameters<Store['updateConversation']>) => {
          const wait = args[2].status === 'closed' ? sendDuringClose : undefined;
          sendDuringClose = undefined;
          await wait?.();
          return target.updateConversation(...args);
        };
      },
    });
    const hub = await startHub({ store: racing, ...NO_TURNS });
    const lead = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(lead, 'message:send', { clientMsgId: 'm1', text: 'Hello' }),
    );
    const agent = await connect(hub.url, '/agent', await staffToken(hub.url, 'agent', 'jorge'));
    sendDuringClose = async () => {
      expectOk(await emitAck(lead, 'message:send', { clientMsgId: 'm2', text: 'Wait, one more question' }));
    };

    const closed = expectOk(
      await emitAck<{ conversation: { status: string } }>(agent, 'conversation:close', {
        conversationId,
        outcome: 'no_response',
      }),
    );
    expect(sendDuringClose).toBeUndefined();
    expect(closed.conversation.status).toBe('open');
    const conversation = await store.getConversation('demo', conversationId);
    expect(conversation?.status).toBe('open');
    expect(lifecycleOf(conversation).reopenedAt).toBeDefined();
    const texts = (await store.messagesAfter('demo', conversationId, 0)).map((message) => message.text);
    expect(texts.slice(-2)).toEqual([
      expect.stringMatching(/^Closed by jorge/),
      'Reopened: the lead wrote again',
    ]);
  });
});
