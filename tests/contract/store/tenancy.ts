import { expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import {
  type ContractContext,
  iso,
  makeConversation,
  makeFollowUp,
  makeFullLead,
  makeLead,
  makeMessage,
  OTHER_TENANT,
  seqs,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

/**
 * Security issue 9, finding 2: every record is keyed by (tenant, id). Two tenants hold the SAME lead id,
 * conversation id, clientMsgIds, follow-up id, visitor secret (id and hash) and site user id, and every write
 * in one tenant leaves the other's records exactly as they were.
 */
export function tenancyContract(ctx: ContractContext): void {
  async function twin(store: Store) {
    const leadId = uid('lead');
    const conversationId = uid('conv');
    const leadA = makeFullLead({ id: leadId, visitorId: 'same-visitor' });
    const leadB = makeLead({ id: leadId, tenantId: OTHER_TENANT, visitorId: 'same-visitor', name: 'Bea' });
    await store.createLead(leadA);
    await store.createLead(leadB);
    const a = await store.createConversation(makeConversation({ id: conversationId, leadId }));
    const b = await store.createConversation(
      makeConversation({ id: conversationId, leadId, tenantId: OTHER_TENANT, meta: { leadName: 'Bea' } }),
    );
    return { leadId, conversationId, leadA, leadB, a, b };
  }

  it('holds the same lead and conversation ids in two tenants, each read and update scoped to its tenant', async () => {
    const { store } = ctx;
    const { leadId, conversationId, leadA, leadB, a, b } = await twin(store);

    expect(await store.getLead(TENANT, leadId)).toStrictEqual(leadA);
    expect(await store.getLead(OTHER_TENANT, leadId)).toStrictEqual(leadB);
    expect(await store.findLeadByVisitor(OTHER_TENANT, 'same-visitor')).toStrictEqual(leadB);
    const patched = await store.updateLead(TENANT, leadId, { name: 'Ana', updatedAt: iso(T0 + 5) });
    expect(patched?.name).toBe('Ana');
    expect(await store.getLead(OTHER_TENANT, leadId)).toStrictEqual(leadB);

    expect(await store.getConversation(TENANT, conversationId)).toStrictEqual(a);
    expect(await store.getConversation(OTHER_TENANT, conversationId)).toStrictEqual(b);
    const claimed = await store.updateConversation(
      TENANT,
      conversationId,
      { owner: { type: 'agent', id: 'agent-1' }, status: 'human' },
      0,
    );
    expect(claimed?.version).toBe(1);
    expect(await store.getConversation(OTHER_TENANT, conversationId)).toStrictEqual(b);
    // The other tenant's compare-and-set runs on its own version counter.
    expect(
      (await store.updateConversation(OTHER_TENANT, conversationId, { status: 'handoff_pending' }, 0))
        ?.version,
    ).toBe(1);
    expect((await store.findOpenConversationForLead(OTHER_TENANT, leadId))?.status).toBe('handoff_pending');
    expect((await store.listConversations(TENANT)).map((c) => [c.tenantId, c.status])).toEqual([
      [TENANT, 'human'],
    ]);
  });

  it('keeps seqs and clientMsgIds per tenant: the same clientMsgId in both tenants is two messages', async () => {
    const { store } = ctx;
    const { conversationId } = await twin(store);

    const firstA = await store.appendMessage(
      TENANT,
      makeMessage(conversationId, { clientMsgId: 'c-1', text: 'from tenant a' }),
    );
    const firstB = await store.appendMessage(
      OTHER_TENANT,
      makeMessage(conversationId, { clientMsgId: 'c-1', text: 'from tenant b' }),
    );
    expect([firstA.duplicate, firstA.message.seq]).toEqual([false, 1]);
    expect([firstB.duplicate, firstB.message.seq]).toEqual([false, 1]);
    await store.appendMessage(TENANT, makeMessage(conversationId, { clientMsgId: 'c-2', text: 'second a' }));
    const resend = await store.appendMessage(
      OTHER_TENANT,
      makeMessage(conversationId, { clientMsgId: 'c-1', text: 'resent b' }),
    );
    expect(resend).toStrictEqual({ message: firstB.message, duplicate: true });

    expect((await store.messagesAfter(TENANT, conversationId, 0)).map((m) => m.text)).toEqual([
      'from tenant a',
      'second a',
    ]);
    expect((await store.messagesAfter(OTHER_TENANT, conversationId, 0)).map((m) => m.text)).toEqual([
      'from tenant b',
    ]);
    expect(seqs(await store.lastMessages(OTHER_TENANT, conversationId, 10))).toEqual([1]);
    expect((await store.findMessageByClientId(OTHER_TENANT, conversationId, 'c-1'))?.text).toBe(
      'from tenant b',
    );
    expect(await store.findMessageByClientId(OTHER_TENANT, conversationId, 'c-2')).toBeNull();
    expect((await store.getConversation(TENANT, conversationId))?.lastSeq).toBe(2);
    expect((await store.getConversation(OTHER_TENANT, conversationId))?.lastSeq).toBe(1);
  });

  it('keeps search, read marks and unread counts per tenant for the same conversation id', async () => {
    const { store } = ctx;
    const { conversationId } = await twin(store);
    await store.appendMessage(TENANT, makeMessage(conversationId, { text: 'zebrafish kitchen' }));
    await store.appendMessage(OTHER_TENANT, makeMessage(conversationId, { text: 'quokka garden' }));
    await store.appendMessage(OTHER_TENANT, makeMessage(conversationId, { text: 'quokka pool' }));

    expect((await store.searchConversations(TENANT, { text: 'zebrafish' })).total).toBe(1);
    expect((await store.searchConversations(TENANT, { text: 'quokka' })).total).toBe(0);
    expect((await store.searchConversations(OTHER_TENANT, { text: 'quokka' })).total).toBe(1);
    expect((await store.searchConversations(OTHER_TENANT, { text: 'bea' })).total).toBe(1);
    expect((await store.searchConversations(TENANT, { text: 'bea' })).total).toBe(0);

    await store.markRead(TENANT, conversationId, 'agent-1', 1);
    expect(await store.unreadCounts(TENANT, 'agent-1', [conversationId])).toEqual({ [conversationId]: 0 });
    expect(await store.unreadCounts(OTHER_TENANT, 'agent-1', [conversationId])).toEqual({
      [conversationId]: 2,
    });
  });

  it('holds the same follow-up id in two tenants: scheduling, claiming and completing one leaves the other', async () => {
    const { store } = ctx;
    const { conversationId } = await twin(store);
    const id = uid('fu');
    const jobA = makeFollowUp(conversationId, { id, payload: { tenant: 'a' } });
    const jobB = makeFollowUp(conversationId, { id, tenantId: OTHER_TENANT, payload: { tenant: 'b' } });
    await store.scheduleFollowUps([jobA, jobB]);
    expect(await store.listFollowUps(TENANT, conversationId)).toStrictEqual([jobA]);
    expect(await store.listFollowUps(OTHER_TENANT, conversationId)).toStrictEqual([jobB]);

    const claimed = await store.claimDueFollowUps(new Date(T0 + 1_000), 'worker-1', 60_000, 10);
    expect(claimed.map((job) => [job.tenantId, job.id]).sort()).toEqual(
      [
        [TENANT, id],
        [OTHER_TENANT, id],
      ].sort(),
    );
    expect(await store.completeFollowUp(TENANT, id, 'worker-1', 'sent')).toBe(true);
    const [b] = await store.listFollowUps(OTHER_TENANT, conversationId);
    expect([b?.status, b?.leaseOwner]).toEqual(['pending', 'worker-1']);
    expect(await store.postponeFollowUp(OTHER_TENANT, id, 'worker-1', new Date(T0 + 86_400_000))).toBe(true);
    expect((await store.listFollowUps(TENANT, conversationId))[0]?.status).toBe('sent');
    expect(await store.cancelFollowUps(TENANT, conversationId)).toBe(0);
    expect(await store.cancelFollowUps(OTHER_TENANT, conversationId)).toBe(1);
  });

  it('holds the same visitor secret and site user id in two tenants, each resolving to its own lead', async () => {
    const { store } = ctx;
    const secret = {
      id: uid('vsid'),
      leadId: uid('lead'),
      secretHash: 'f'.repeat(64),
      createdAt: iso(T0),
      expiresAt: iso(T0 + 3_600_000),
    };
    await store.createVisitorSecret({ ...secret, tenantId: TENANT });
    await store.createVisitorSecret({ ...secret, tenantId: OTHER_TENANT, leadId: 'lead-of-b' });
    expect((await store.findVisitorSecret(OTHER_TENANT, secret.secretHash))?.leadId).toBe('lead-of-b');
    expect(await store.touchVisitorSecret(TENANT, secret.id, iso(T0 + 7_200_000))).toBe(true);
    expect((await store.getVisitorSecret(OTHER_TENANT, secret.id))?.expiresAt).toBe(secret.expiresAt);

    const link = { userId: 'site-user-7', leadId: 'lead-of-a', createdAt: iso(T0) };
    await store.linkIdentity({ ...link, tenantId: TENANT });
    await store.linkIdentity({ ...link, tenantId: OTHER_TENANT, leadId: 'lead-of-b' });
    expect((await store.findIdentity(TENANT, 'site-user-7'))?.leadId).toBe('lead-of-a');
    expect((await store.findIdentity(OTHER_TENANT, 'site-user-7'))?.leadId).toBe('lead-of-b');
  });

  it('keeps both tenants apart after a restart (the keys are in the stored layout, not in memory)', async () => {
    if (!ctx.harness.reopen) return;
    const { conversationId } = await twin(ctx.store);
    await ctx.store.appendMessage(TENANT, makeMessage(conversationId, { clientMsgId: 'same', text: 'a' }));
    await ctx.store.appendMessage(
      OTHER_TENANT,
      makeMessage(conversationId, { clientMsgId: 'same', text: 'b' }),
    );
    const again = await ctx.harness.reopen();
    expect((await again.findMessageByClientId(TENANT, conversationId, 'same'))?.text).toBe('a');
    expect((await again.findMessageByClientId(OTHER_TENANT, conversationId, 'same'))?.text).toBe('b');
  });
}
