import { describe, expect, it } from 'vitest';
import { buildCoachingContext } from '../../../src/coaching/context.js';
import type { ConversationRecord, LeadRecord, MessageRecord } from '../../../src/store/types.js';

const at = '2025-01-01T00:00:00.000Z';

describe('buildCoachingContext', () => {
  it('reads slots from the bot view and the lead profile, and only chat text from the transcript', () => {
    const conversation: ConversationRecord = {
      id: 'c1',
      tenantId: 'demo',
      leadId: 'l1',
      channel: 'call',
      botKind: 'buyer',
      botState: {},
      owner: { type: 'agent', id: 'a1' },
      status: 'human',
      temperature: 'warm',
      lastSeq: 4,
      version: 1,
      lastLeadSeq: 3,
      processedSeq: 3,
      answeredSeq: 3,
      outbox: [],
      fence: 0,
      meta: {
        botView: {
          botKind: 'buyer',
          slotsFilled: ['budget', 'financing'],
          slotsMissing: ['size', 'timeline'],
          temperature: 'warm',
          active: true,
        },
      },
      createdAt: at,
      updatedAt: at,
      stateSince: at,
      listing: { id: 'x', price: 725_000 },
    };
    const lead: LeadRecord = {
      id: 'l1',
      tenantId: 'demo',
      name: 'Ana',
      intent: 'buy',
      profile: { buyer: { budget: { max: 700_000 } }, financing: 'cash' },
      temperature: 'warm',
      optedOut: false,
      createdAt: at,
      updatedAt: at,
    };
    const message = (
      seq: number,
      type: 'lead' | 'agent',
      kind: MessageRecord['kind'],
      text: string,
    ): MessageRecord => ({
      conversationId: 'c1',
      seq,
      author: { type },
      visibility: 'everyone',
      kind,
      text,
      createdAt: at,
    });
    const context = buildCoachingContext({
      tenant: { id: 'demo', market: 'Rancho Cucamonga, CA', agentName: 'Jorge' },
      conversation,
      lead,
      messages: [
        message(1, 'lead', 'text', 'hi'),
        message(2, 'agent', 'note', 'private'),
        message(3, 'agent', 'text', 'hello'),
      ],
    });
    expect(context).toMatchObject({
      channel: 'call',
      temperature: 'warm',
      slotsFilled: { budget: { max: 700_000 }, financing: 'cash' },
      slotsMissing: ['size', 'timeline'],
      recent: [
        { author: 'lead', text: 'hi' },
        { author: 'agent', text: 'hello' },
      ],
      listing: { price: 725_000 },
      lead: { name: 'Ana', intent: 'buy' },
    });
  });
  it("takes the lead's language from the bot's view, or from the lead's last clear message", () => {
    const conversation = (botView: object): ConversationRecord => ({
      id: 'c2',
      tenantId: 'demo',
      leadId: 'l2',
      channel: 'widget',
      botKind: 'buyer',
      botState: {},
      owner: { type: 'agent', id: 'a1' },
      status: 'human',
      temperature: 'warm',
      lastSeq: 2,
      version: 1,
      lastLeadSeq: 2,
      processedSeq: 2,
      answeredSeq: 2,
      outbox: [],
      fence: 0,
      meta: {
        botView: {
          botKind: 'buyer',
          slotsFilled: [],
          slotsMissing: ['budget'],
          temperature: 'warm',
          active: true,
          ...botView,
        },
      },
      createdAt: at,
      updatedAt: at,
      stateSince: at,
    });
    const said = (seq: number, text: string): MessageRecord => ({
      conversationId: 'c2',
      seq,
      author: { type: 'lead' },
      visibility: 'everyone',
      kind: 'text',
      text,
      createdAt: at,
    });
    const tenant = { id: 'demo', market: 'Rancho Cucamonga, CA', agentName: 'Jorge' };
    const spanish = [said(1, 'hola, buscamos una casa de tres recámaras en upland'), said(2, 'ok')];
    expect(buildCoachingContext({ tenant, conversation: conversation({}), messages: spanish }).lang).toBe(
      'es',
    );
    expect(
      buildCoachingContext({ tenant, conversation: conversation({ lang: 'en' }), messages: spanish }).lang,
    ).toBe('en');
    expect(
      buildCoachingContext({ tenant, conversation: conversation({}), messages: [said(1, 'ok thanks')] }).lang,
    ).toBe('en');
    expect(
      buildCoachingContext({ tenant, conversation: conversation({}), messages: [] }).lang,
    ).toBeUndefined();
  });

  it("coaches from the conversation's current channel: a call started from a chat is a call", () => {
    const record = (meta: Record<string, unknown>): ConversationRecord => ({
      id: 'c3',
      tenantId: 'demo',
      leadId: 'l3',
      channel: 'widget',
      botKind: 'buyer',
      botState: {},
      owner: { type: 'agent', id: 'a1' },
      status: 'human',
      temperature: 'warm',
      lastSeq: 0,
      version: 1,
      lastLeadSeq: 0,
      processedSeq: 0,
      answeredSeq: 0,
      outbox: [],
      fence: 0,
      meta,
      createdAt: at,
      updatedAt: at,
      stateSince: at,
    });
    const tenant = { id: 'demo', market: 'Rancho Cucamonga, CA', agentName: 'Jorge' };
    expect(
      buildCoachingContext({ tenant, conversation: record({ callActive: true }), messages: [] }).channel,
    ).toBe('call');
    expect(buildCoachingContext({ tenant, conversation: record({}), messages: [] }).channel).toBe('widget');
  });
});
