import { describe, expect, it } from 'vitest';
import { contactQuery } from '../../src/conversations/lifecycle.js';
import { connect, emitAck, expectOk, staffToken, startHub, widgetToken } from '../helpers/hub.js';

describe('history search by contact', () => {
  it('reads a phone number or an email as a contact, anything else as words', () => {
    expect(contactQuery('ana.ruiz@example.com')).toEqual({ kind: 'email', value: 'ana.ruiz@example.com' });
    expect(contactQuery(' (909) 555-0123 ')).toEqual({ kind: 'phone', value: '(909) 555-0123' });
    expect(contactQuery('+1 909 555 0123')).toMatchObject({ kind: 'phone' });
    expect(contactQuery('Etiwanda pool')).toBeNull();
    expect(contactQuery('2024')).toBeNull();
  });

  it('finds the conversation by the phone number or the email the lead gave, through the keyed lookup', async () => {
    const { url, hub } = await startHub();
    const widget = await connect(url, '/widget', (await widgetToken(url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'c1',
        text: "I'm Ana Ruiz, my email is ana.ruiz@example.com and my cell is 909-555-0123",
      }),
    );
    await hub.idle();
    const agent = await connect(url, '/agent', await staffToken(url, 'agent', 'jorge'));
    for (const text of [
      'ana.ruiz@example.com',
      'ANA.RUIZ@example.com',
      '(909) 555-0123',
      '+1 909 555 0123',
    ]) {
      const found = expectOk(
        await emitAck<{ conversations: { id: string }[]; total: number }>(agent, 'history:search', { text }),
      );
      expect({ text, ids: found.conversations.map((c) => c.id) }).toEqual({ text, ids: [conversationId] });
    }
    const none = expectOk(
      await emitAck<{ total: number }>(agent, 'history:search', { text: 'someone.else@example.com' }),
    );
    expect(none.total).toBe(0);
    const filtered = expectOk(
      await emitAck<{ total: number }>(agent, 'history:search', {
        text: '909-555-0123',
        statuses: ['closed'],
      }),
    );
    expect(filtered.total).toBe(0);
  });
});
