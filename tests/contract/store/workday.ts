import { expect, it } from 'vitest';
import type { ConversationRecord, Store } from '../../../src/store/types.js';
import {
  type ContractContext,
  iso,
  makeConversation,
  makeMessage,
  OTHER_TENANT,
  T0,
  TENANT,
} from './fixtures.js';

/** A conversation with a transcript (fixture times: updatedAt stays at T0 until an update). */
async function conversationWith(
  store: Store,
  texts: string[],
  overrides: Partial<ConversationRecord> = {},
): Promise<ConversationRecord> {
  const created = await store.createConversation(makeConversation(overrides));
  for (const text of texts) await store.appendMessage(created.tenantId, makeMessage(created.id, { text }));
  return (await store.getConversation(created.tenantId, created.id))!;
}

const ids = (page: { conversations: ConversationRecord[] }) => page.conversations.map((c) => c.id).sort();

export function workdayContract(ctx: ContractContext): void {
  it('finds conversations by a whole word of any transcript message, case and accents ignored, per tenant', async () => {
    const store = ctx.store;
    const pool = await conversationWith(store, ['Do you have a pool?', 'We love the Etiwanda area']);
    const garage = await conversationWith(store, ['Is the garage big enough for two cars?']);
    const spanish = await conversationWith(store, ['Buscamos una casa con jardín']);
    await conversationWith(store, ['Do you have a pool?'], { tenantId: OTHER_TENANT });

    expect(ids(await store.searchConversations(TENANT, { text: 'POOL' }))).toEqual([pool.id]);
    expect(ids(await store.searchConversations(TENANT, { text: 'garage' }))).toEqual([garage.id]);
    expect(ids(await store.searchConversations(TENANT, { text: 'jardin' }))).toEqual([spanish.id]);
    // Every word must appear in the conversation (in any of its messages).
    expect(ids(await store.searchConversations(TENANT, { text: 'pool etiwanda' }))).toEqual([pool.id]);
    expect(ids(await store.searchConversations(TENANT, { text: 'pool garage' }))).toEqual([]);
    // One or two letters are never a prefix (they would expand to much of the index): whole words only.
    expect(ids(await store.searchConversations(TENANT, { text: 'po' }))).toEqual([]);
    const other = await store.searchConversations(OTHER_TENANT, { text: 'pool' });
    expect(other.total).toBe(1);
    expect(other.conversations[0]!.tenantId).toBe(OTHER_TENANT);
    // Symbols never break the query.
    expect((await store.searchConversations(TENANT, { text: '"pool"* (' })).total).toBe(1);
  });

  it('finds a conversation by the lead name once it is set, and not by an old name', async () => {
    const store = ctx.store;
    const conversation = await conversationWith(store, ['Hello']);
    expect((await store.searchConversations(TENANT, { text: 'María' })).total).toBe(0);
    await store.updateConversation(TENANT, conversation.id, { meta: { leadName: 'Ana María Núñez' } }, 0);
    expect(ids(await store.searchConversations(TENANT, { text: 'maria' }))).toEqual([conversation.id]);
    expect(ids(await store.searchConversations(TENANT, { text: 'ana nunez' }))).toEqual([conversation.id]);
    await store.updateConversation(TENANT, conversation.id, { meta: { leadName: 'Ana Ruiz' } }, 1);
    expect((await store.searchConversations(TENANT, { text: 'nunez' })).total).toBe(0);
    expect(ids(await store.searchConversations(TENANT, { text: 'ruiz' }))).toEqual([conversation.id]);
  });

  it('filters by status, outcome, temperature, owner and date, newest first, paged with a total', async () => {
    const store = ctx.store;
    const closedWon = await conversationWith(store, ['one'], {
      status: 'closed',
      temperature: 'hot',
      owner: { type: 'agent', id: 'jorge', name: 'Jorge Salas' },
      meta: { lifecycle: { outcome: 'appointment_set' } },
    });
    const closedSpam = await conversationWith(store, ['two'], {
      status: 'closed',
      temperature: 'cold',
      owner: { type: 'agent', id: 'ana', name: 'Ana' },
      meta: { lifecycle: { outcome: 'spam' } },
    });
    const live = await conversationWith(store, ['three'], { status: 'human', temperature: 'hot' });

    expect(ids(await store.searchConversations(TENANT, { statuses: ['closed'] }))).toEqual(
      [closedWon.id, closedSpam.id].sort(),
    );
    expect(ids(await store.searchConversations(TENANT, { outcomes: ['appointment_set'] }))).toEqual([
      closedWon.id,
    ]);
    expect(ids(await store.searchConversations(TENANT, { temperatures: ['hot'] }))).toEqual(
      [closedWon.id, live.id].sort(),
    );
    expect(ids(await store.searchConversations(TENANT, { ownerId: 'ana' }))).toEqual([closedSpam.id]);
    expect(
      ids(await store.searchConversations(TENANT, { statuses: ['closed'], temperatures: ['hot'] })),
    ).toEqual([closedWon.id]);
    expect((await store.searchConversations(TENANT, { to: iso(T0 - 1) })).total).toBe(0);
    expect((await store.searchConversations(TENANT, { from: iso(T0) })).total).toBe(3);
    expect((await store.searchConversations(TENANT, { from: iso(Date.now() + 3_600_000) })).total).toBe(0);

    // Newest activity first; pages do not overlap and add up to the total.
    await store.updateConversation(TENANT, closedSpam.id, { temperature: 'warm' }, closedSpam.version);
    const first = await store.searchConversations(TENANT, { limit: 2 });
    const second = await store.searchConversations(TENANT, { limit: 2, offset: 2 });
    expect(first.total).toBe(3);
    expect(first.conversations[0]!.id).toBe(closedSpam.id);
    expect(first.conversations).toHaveLength(2);
    expect(second.conversations).toHaveLength(1);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(3);
  });

  it('counts unread lead messages per user after their read mark, which never moves back', async () => {
    const store = ctx.store;
    const a = await conversationWith(store, ['hi', 'are you there?']);
    await store.appendMessage(
      TENANT,
      makeMessage(a.id, { author: { type: 'agent', id: 'jorge' }, text: 'yes' }),
    );
    const b = await conversationWith(store, []);
    const foreign = await conversationWith(store, ['hola'], { tenantId: OTHER_TENANT });

    expect(
      await store.unreadCounts(TENANT, 'jorge', [a.id, b.id, foreign.id, 'no-such-conversation']),
    ).toEqual({
      [a.id]: 2,
      [b.id]: 0,
    });
    await store.markRead(TENANT, a.id, 'jorge', 2);
    expect(await store.unreadCounts(TENANT, 'jorge', [a.id])).toEqual({ [a.id]: 0 });
    expect(await store.unreadCounts(TENANT, 'ana', [a.id])).toEqual({ [a.id]: 2 });
    await store.markRead(TENANT, a.id, 'jorge', 1); // older: ignored
    await store.appendMessage(TENANT, makeMessage(a.id, { text: 'hello?' }));
    expect(await store.unreadCounts(TENANT, 'jorge', [a.id])).toEqual({ [a.id]: 1 });
    // A mark on another tenant's conversation changes nothing.
    await store.markRead(TENANT, foreign.id, 'jorge', 5);
    expect(await store.unreadCounts(OTHER_TENANT, 'jorge', [foreign.id])).toEqual({ [foreign.id]: 1 });
    expect(await store.unreadCounts(TENANT, 'jorge', [])).toEqual({});
  });
}
