import { expect, it } from 'vitest';
import {
  type ContractContext,
  iso,
  makeConversation,
  makeFollowUp,
  makeLead,
  makeMessage,
  OTHER_TENANT,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

export function erasureContract(ctx: ContractContext): void {
  it('erases a lead: tombstone, no messages, consents, lookups, names or payloads; follow-ups cancelled', async () => {
    const store = ctx.store;
    const lead = makeLead({
      name: 'María Gómez',
      phone: '(909) 555-0142',
      email: 'maria@example.com',
      visitorId: uid('visitor'),
      profile: { budget: 650_000 },
    });
    await store.createLead(lead);
    const kept = makeLead({ name: 'Kept Lead', phone: '(909) 555-0199' });
    await store.createLead(kept);
    const conversation = await store.createConversation(
      makeConversation({ leadId: lead.id, meta: { leadName: 'María Gómez', lifecycle: { note: 'María' } } }),
    );
    const other = await store.createConversation(makeConversation({ leadId: kept.id }));
    for (const text of ["I'm María Gómez, 909-555-0142", 'maria@example.com please']) {
      await store.appendMessage(TENANT, makeMessage(conversation.id, { text }));
    }
    await store.appendMessage(TENANT, makeMessage(other.id, { text: 'unrelated pool question' }));
    await store.scheduleFollowUps([
      makeFollowUp(conversation.id, { payload: { name: 'María' } }),
      makeFollowUp(conversation.id, { dueAt: iso(T0 + 60_000) }),
      makeFollowUp(other.id),
    ]);
    await store.recordConsent(TENANT, lead.id, {
      channel: 'sms',
      text: 'You may text me.',
      givenAt: iso(T0),
      source: 'widget',
    });

    const erasure = await store.eraseLead(TENANT, lead.id, iso(T0 + 120_000));
    expect(erasure).toEqual({ conversations: 1, messages: 2, consents: 1, followUpsCancelled: 2 });

    expect(await store.getLead(TENANT, lead.id)).toStrictEqual({
      id: lead.id,
      tenantId: TENANT,
      profile: {},
      temperature: lead.temperature,
      optedOut: true,
      optedOutAt: iso(T0 + 120_000),
      createdAt: lead.createdAt,
      updatedAt: iso(T0 + 120_000),
    });
    expect(await store.findLeadsByContact(TENANT, 'phone', '9095550142')).toEqual([]);
    expect(await store.findLeadsByContact(TENANT, 'email', 'maria@example.com')).toEqual([]);
    expect(await store.listConsents(TENANT, lead.id)).toEqual([]);
    expect(await store.messagesAfter(TENANT, conversation.id, 0)).toEqual([]);
    const erased = await store.getConversation(TENANT, conversation.id);
    expect(erased).toMatchObject({ status: 'closed', botState: null, outbox: [] });
    // The phone in every way it was written (a bare "555" also turns up in random ids now and then).
    expect(JSON.stringify(erased)).not.toMatch(/María|Gómez|555-0142|5550142|maria@/);
    expect(erased!.answeredSeq).toBe(erased!.lastLeadSeq);
    expect((await store.searchConversations(TENANT, { text: 'maria' })).total).toBe(0);
    expect((await store.searchConversations(TENANT, { text: 'please' })).total).toBe(0);
    const jobs = await store.listFollowUps(TENANT, conversation.id);
    expect(jobs.map((job) => [job.status, job.payload])).toEqual([
      ['cancelled', {}],
      ['cancelled', {}],
    ]);

    // The other lead is untouched.
    expect(await store.getLead(TENANT, kept.id)).toStrictEqual(kept);
    expect((await store.findLeadsByContact(TENANT, 'phone', '9095550199'))[0]?.id).toBe(kept.id);
    expect((await store.listFollowUps(TENANT, other.id))[0]?.status).toBe('pending');
    expect((await store.searchConversations(TENANT, { text: 'pool' })).total).toBe(1);
  });

  it("removes a seller's listing (the lead's home) and keeps a buyer's; seals and opens bot state and profile", async () => {
    const { store } = ctx;
    const seller = makeLead({ name: 'Sam Seller', profile: { budget: 900_000, area: 'Quillfeather' } });
    await store.createLead(seller);
    expect((await store.getLead(TENANT, seller.id))?.profile).toEqual({
      budget: 900_000,
      area: 'Quillfeather',
    });
    const home = await store.createConversation(
      makeConversation({
        leadId: seller.id,
        intent: 'sell',
        botKind: 'seller',
        botState: { slots: { address: '12 Quillfeather Lane' } },
        listing: { id: 'seller-home', address: '12 Quillfeather Lane' },
      }),
    );
    expect((await store.getConversation(TENANT, home.id))?.botState).toEqual({
      slots: { address: '12 Quillfeather Lane' },
    });
    await store.eraseLead(TENANT, seller.id, iso(T0 + 60_000));
    const erased = await store.getConversation(TENANT, home.id);
    expect(erased?.listing).toBeUndefined();
    expect(JSON.stringify(erased)).not.toContain('Quillfeather');

    const buyer = makeLead({ name: 'Bea Buyer' });
    await store.createLead(buyer);
    const visit = await store.createConversation(
      makeConversation({ leadId: buyer.id, listing: { id: 'public-listing', address: '1 Main St' } }),
    );
    await store.eraseLead(TENANT, buyer.id, iso(T0 + 60_000));
    expect((await store.getConversation(TENANT, visit.id))?.listing).toEqual({
      id: 'public-listing',
      address: '1 Main St',
    });
  });

  it('erases nothing for an unknown lead or another tenant', async () => {
    const lead = makeLead({ name: 'Stays Here' });
    await ctx.store.createLead(lead);
    expect(await ctx.store.eraseLead(TENANT, uid('nobody'), iso(T0))).toBeNull();
    expect(await ctx.store.eraseLead(OTHER_TENANT, lead.id, iso(T0))).toBeNull();
    expect(await ctx.store.getLead(TENANT, lead.id)).toStrictEqual(lead);
  });
}
