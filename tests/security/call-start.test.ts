import { describe, expect, it } from 'vitest';
import { connect, emitAck, expectOk, staffToken, startHub, widgetToken } from '../helpers/hub.js';
import { telephonyTenants } from '../telephony/helpers.js';

/**
 * Security issue 33, finding 12: an agent who did not own a conversation could start a call on it (the socket's
 * `call:start` and the console's `POST /api/telephony/calls`), and then the provider's transcript landed in another
 * agent's conversation. Now only the owner or a supervisor starts a call, as for `call:utterance`.
 */
describe('starting a call (issue 33, finding 12)', () => {
  it('is refused to an agent who does not own the conversation, on the socket and the route; nothing changes', async () => {
    const { url, store } = await startHub({ tenants: telephonyTenants() });
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'w1',
        text: 'Can you call me?',
      }),
    );
    const anaToken = await staffToken(url, 'agent', 'ana', 'demo', 'Ana');
    const benToken = await staffToken(url, 'agent', 'ben', 'demo', 'Ben');
    const supervisorToken = await staffToken(url, 'supervisor', 'sue', 'demo', 'Sue');
    const ana = await connect(url, '/agent', anaToken);
    const ben = await connect(url, '/agent', benToken);
    const sue = await connect(url, '/agent', supervisorToken);
    const startRoute = (token: string) =>
      fetch(`${url}/api/telephony/calls`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId }),
      });
    const callEvents = async () =>
      (await store.messagesAfter('demo', conversationId, 0)).filter((message) => /call/i.test(message.text))
        .length;

    // Nobody owns it yet (the bot does): no agent may start a call on it.
    expect(await emitAck(ben, 'call:start', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expectOk(await emitAck(ana, 'conversation:claim', { conversationId }));
    const before = await store.getConversation('demo', conversationId);
    const eventsBefore = await callEvents();

    expect(await emitAck(ben, 'call:start', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const refused = await startRoute(benToken);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const after = await store.getConversation('demo', conversationId);
    expect(after?.version).toBe(before?.version);
    expect((after?.meta as { callActive?: boolean }).callActive).toBeFalsy();
    expect(await callEvents()).toBe(eventsBefore);

    // The owner and a supervisor may.
    expectOk(await emitAck(ana, 'call:start', { conversationId }));
    expect((await startRoute(anaToken)).status).toBe(201);
    expectOk(await emitAck(sue, 'call:start', { conversationId }));
    expect((await startRoute(supervisorToken)).status).toBe(201);
  }, 60_000);
});
