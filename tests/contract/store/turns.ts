import { expect, it } from 'vitest';
import type { NewMessage, OutboxEntry } from '../../../src/store/types.js';
import { type ContractContext, iso, makeConversation, T0, TENANT, uid } from './fixtures.js';

const message = (conversationId: string, overrides: Partial<NewMessage> = {}): NewMessage => ({
  conversationId,
  clientMsgId: uid('m'),
  author: { type: 'lead' },
  visibility: 'everyone',
  kind: 'text',
  text: 'hello',
  createdAt: iso(T0 + 1_000),
  ...overrides,
});

const reply: OutboxEntry = {
  clientMsgId: 'bot:3:0',
  kind: 'reply',
  text: '¿Cuál es su presupuesto?',
  visibility: 'everyone',
  replyToSeq: 3,
  fromSeq: 1,
  lang: 'es',
  rephrase: true,
};
const event: OutboxEntry = {
  clientMsgId: 'bot:3:e0',
  kind: 'event',
  text: 'Switched from the lead bot to the buyer bot',
  visibility: 'staff',
};

/** The typed fields behind exactly-once bot turns (DESIGN.md section 3). */
export function turnContract(ctx: ContractContext): void {
  it('starts a new conversation with empty turn fields when they are left out', async () => {
    const { lastLeadSeq, processedSeq, answeredSeq, outbox, fence, ...rest } = makeConversation();
    expect([lastLeadSeq, processedSeq, answeredSeq, outbox, fence]).toEqual([0, 0, 0, [], 0]);
    const created = await ctx.store.createConversation(rest);
    const stored = await ctx.store.getConversation(TENANT, rest.id);
    for (const record of [created, stored]) {
      expect(record).toMatchObject({ lastLeadSeq: 0, processedSeq: 0, answeredSeq: 0, outbox: [], fence: 0 });
    }
  });

  it('raises lastLeadSeq only for everyone-visible lead text, never for staff, bot or call transcripts', async () => {
    const conversation = makeConversation();
    await ctx.store.createConversation(conversation);
    const id = conversation.id;
    await ctx.store.appendMessage(TENANT, message(id));
    await ctx.store.appendMessage(TENANT, message(id, { author: { type: 'bot' } }));
    await ctx.store.appendMessage(TENANT, message(id, { visibility: 'staff' }));
    await ctx.store.appendMessage(TENANT, message(id, { kind: 'event' }));
    expect(await ctx.store.getConversation(TENANT, id)).toMatchObject({ lastSeq: 4, lastLeadSeq: 1 });
    await ctx.store.appendMessage(TENANT, message(id));
    const duplicate = message(id, { clientMsgId: 'same' });
    await ctx.store.appendMessage(TENANT, duplicate);
    await ctx.store.appendMessage(TENANT, duplicate);
    expect(await ctx.store.getConversation(TENANT, id)).toMatchObject({ lastSeq: 6, lastLeadSeq: 6 });
  });

  it('writes processedSeq, answeredSeq and the outbox, round-trips them, and clears the outbox', async () => {
    const conversation = makeConversation();
    await ctx.store.createConversation(conversation);
    for (let n = 0; n < 3; n++) await ctx.store.appendMessage(TENANT, message(conversation.id));
    const decided = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { processedSeq: 3, outbox: [event, reply] },
      0,
    );
    const stored = await ctx.store.getConversation(TENANT, conversation.id);
    for (const record of [decided, stored]) {
      expect(record).toMatchObject({ lastLeadSeq: 3, processedSeq: 3, answeredSeq: 0 });
      expect(record?.outbox).toStrictEqual([event, reply]);
    }
    const answered = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { answeredSeq: 3, outbox: [] },
      1,
    );
    expect(answered).toMatchObject({ processedSeq: 3, answeredSeq: 3, outbox: [] });
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toStrictEqual(answered);
  });

  it('lists only conversations with a pending turn (lastLeadSeq > answeredSeq)', async () => {
    const waiting = makeConversation({ updatedAt: iso(T0 + 1_000) });
    const answered = makeConversation({ updatedAt: iso(T0 + 2_000) });
    const quiet = makeConversation({ updatedAt: iso(T0 + 3_000) });
    for (const c of [waiting, answered, quiet]) await ctx.store.createConversation(c);
    await ctx.store.appendMessage(TENANT, message(waiting.id));
    await ctx.store.appendMessage(TENANT, message(answered.id));
    await ctx.store.updateConversation(TENANT, answered.id, { processedSeq: 1, answeredSeq: 1 }, 0);
    await ctx.store.appendMessage(TENANT, message(quiet.id, { author: { type: 'bot' } }));
    const pending = await ctx.store.listConversations(TENANT, { pendingTurn: true });
    expect(pending.map((c) => c.id)).toEqual([waiting.id]);
    // A new lead message makes the answered one pending again.
    await ctx.store.appendMessage(TENANT, message(answered.id));
    const again = await ctx.store.listConversations(TENANT, { pendingTurn: true });
    expect(again.map((c) => c.id).sort()).toEqual([waiting.id, answered.id].sort());
  });

  it('fences writes: a lower lease token than the last writer is refused, equal or higher wins', async () => {
    const conversation = makeConversation();
    await ctx.store.createConversation(conversation);
    const first = await ctx.store.updateConversation(TENANT, conversation.id, { temperature: 'warm' }, 0, {
      fence: 7,
    });
    expect(first).toMatchObject({ fence: 7, version: 1 });
    const stale = await ctx.store.updateConversation(TENANT, conversation.id, { temperature: 'cold' }, 1, {
      fence: 6,
    });
    expect(stale).toBeNull();
    const same = await ctx.store.updateConversation(TENANT, conversation.id, { temperature: 'hot' }, 1, {
      fence: 7,
    });
    expect(same).toMatchObject({ fence: 7, version: 2, temperature: 'hot' });
    // Writes without a fence (staff actions) are version-checked only and keep the fence.
    const staff = await ctx.store.updateConversation(TENANT, conversation.id, { status: 'human' }, 2);
    expect(staff).toMatchObject({ fence: 7, version: 3 });
    const newer = await ctx.store.updateConversation(TENANT, conversation.id, { status: 'open' }, 3, {
      fence: 9,
    });
    expect(newer).toMatchObject({ fence: 9, version: 4 });
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toStrictEqual(newer);
  });
}
