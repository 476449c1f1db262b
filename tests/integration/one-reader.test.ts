import { describe, expect, it } from 'vitest';
import { jorgeBot, type JorgeState } from '../../src/bots/index.js';
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

/**
 * The bot is the one reader of lead text (issue 30): in a conversation an agent owns, the bot says nothing, but the
 * lead's opt-out, contact details, compliance cues and facts are still read by it, over the real socket path.
 */
describe('one reader: a lead writing in a conversation an agent owns', () => {
  it('raises the compliance alert, records the contact and the facts, and honours a Spanish opt-out in Spanish', async () => {
    const { url, hub, store } = await startHub({ bot: jorgeBot });
    const widget = await connect(url, '/widget', (await widgetToken(url, { intent: 'buy' })).token);
    const send = async (clientMsgId: string, text: string) => {
      const ack = expectOk(
        await emitAck<{ conversationId: string }>(widget, 'message:send', { clientMsgId, text }),
      );
      await hub.idle();
      return ack.conversationId;
    };
    const conversationId = await send('m0', 'hola, buscamos casa');
    const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'ana', 'demo', 'Ana'));
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
    const botLines = record(widget, 'message');

    const alert = waitForEvent<{ rule: string }>(agent, 'compliance:alert');
    await send('m1', '¿Es una zona segura? Tenemos niños pequeños');
    expect((await alert).rule).toBe('fair_housing_question');

    await send('m2', 'me llamo Rosa Diaz, mi cel es 909-555-0199. Tenemos preaprobación de 650 mil');
    const conversation = await store.getConversation('demo', conversationId);
    const lead = await store.getLead('demo', conversation!.leadId);
    expect(lead).toMatchObject({ name: 'Rosa Diaz', phone: '(909) 555-0199' });
    const state = conversation!.botState as JorgeState;
    expect(state.slots.financing).toBe('pre_approved');
    expect(state.slots.budget).toMatchObject({ max: 650_000 });
    // Nothing was said to the lead while the agent owns the conversation.
    expect(botLines.filter(({ payload }) => (payload.author as { type: string }).type === 'bot')).toEqual([]);

    await send('m3', 'no me manden más mensajes por favor');
    const after = await store.getConversation('demo', conversationId);
    expect(after!.status).toBe('opted_out');
    const replies = botLines
      .map(({ payload }) => payload as { author: { type: string }; text: string })
      .filter((message) => message.author.type === 'bot');
    expect(replies.map((message) => message.text)).toEqual(['Sin problema, escríbenos cuando estés listo']);
  }, 30_000);
});
