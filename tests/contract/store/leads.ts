import { expect, it } from 'vitest';
import {
  type ContractContext,
  expectHubError,
  iso,
  makeConversation,
  makeFullLead,
  makeLead,
  OTHER_TENANT,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

export function leadContract(ctx: ContractContext): void {
  it('creates a lead and reads back exactly what was written', async () => {
    const lead = makeFullLead();
    expect(await ctx.store.createLead(lead)).toStrictEqual(lead);
    expect(await ctx.store.getLead(TENANT, lead.id)).toStrictEqual(lead);
  });

  it('keeps optional fields absent (no nulls, no internal keys) on a minimal lead', async () => {
    const lead = makeLead();
    await ctx.store.createLead(lead);
    const stored = await ctx.store.getLead(TENANT, lead.id);
    expect(stored).toStrictEqual(lead);
    expect(Object.keys(stored!).sort()).toEqual(Object.keys(lead).sort());
  });

  it('rejects a second lead with the same id in the same tenant with CONFLICT and keeps the first', async () => {
    const lead = makeLead({ name: 'First' });
    await ctx.store.createLead(lead);
    await expectHubError(ctx.store.createLead({ ...lead, name: 'Second' }), 'CONFLICT');
    expect((await ctx.store.getLead(TENANT, lead.id))?.name).toBe('First');
  });

  it('scopes lead ids by tenant: the same id in two tenants is two leads', async () => {
    const id = uid('lead');
    await ctx.store.createLead(makeLead({ id, name: 'In A' }));
    await ctx.store.createLead(makeLead({ id, tenantId: OTHER_TENANT, name: 'In B' }));
    expect((await ctx.store.getLead(TENANT, id))?.name).toBe('In A');
    expect((await ctx.store.getLead(OTHER_TENANT, id))?.name).toBe('In B');
  });

  it('returns null for an unknown id and for the right id in the wrong tenant', async () => {
    const lead = makeLead();
    await ctx.store.createLead(lead);
    expect(await ctx.store.getLead(TENANT, uid('missing'))).toBeNull();
    expect(await ctx.store.getLead(OTHER_TENANT, lead.id)).toBeNull();
  });

  it('finds a lead by visitor id within its tenant only', async () => {
    const lead = makeFullLead();
    await ctx.store.createLead(lead);
    await ctx.store.createLead(makeLead({ visitorId: uid('visitor') }));
    expect(await ctx.store.findLeadByVisitor(TENANT, lead.visitorId!)).toStrictEqual(lead);
    expect(await ctx.store.findLeadByVisitor(OTHER_TENANT, lead.visitorId!)).toBeNull();
    expect(await ctx.store.findLeadByVisitor(TENANT, uid('visitor'))).toBeNull();
  });

  it('updates a lead: applies the patch, keeps the rest, returns and stores the result', async () => {
    const lead = makeFullLead();
    await ctx.store.createLead(lead);
    const profile = { buyer: { budgetMax: 900_000, areas: ['Sunset'] }, note: 'prefers texts', nested: {} };
    const updated = await ctx.store.updateLead(TENANT, lead.id, {
      name: 'Ana M. Núñez',
      temperature: 'hot',
      profile,
    });
    expect(updated).not.toBeNull();
    expect(updated!.name).toBe('Ana M. Núñez');
    expect(updated!.temperature).toBe('hot');
    expect(updated!.profile).toStrictEqual(profile);
    expect(updated!.email).toBe(lead.email);
    expect(updated!.sourceListing).toStrictEqual(lead.sourceListing);
    expect(updated!.createdAt).toBe(lead.createdAt);
    expect(Date.parse(updated!.updatedAt)).toBeGreaterThanOrEqual(T0);
    expect(await ctx.store.getLead(TENANT, lead.id)).toStrictEqual(updated);
  });

  it('stores updatedAt from the patch when given', async () => {
    const lead = makeLead();
    await ctx.store.createLead(lead);
    const updatedAt = iso(T0 + 5_000);
    expect((await ctx.store.updateLead(TENANT, lead.id, { updatedAt }))?.updatedAt).toBe(updatedAt);
    expect((await ctx.store.getLead(TENANT, lead.id))?.updatedAt).toBe(updatedAt);
  });

  it('re-keys the visitor lookup when visitorId changes', async () => {
    const lead = makeFullLead();
    await ctx.store.createLead(lead);
    const visitorId = uid('visitor');
    await ctx.store.updateLead(TENANT, lead.id, { visitorId });
    expect((await ctx.store.findLeadByVisitor(TENANT, visitorId))?.id).toBe(lead.id);
    expect(await ctx.store.findLeadByVisitor(TENANT, lead.visitorId!)).toBeNull();
  });

  it('does not update a lead from the wrong tenant or an unknown id', async () => {
    const lead = makeFullLead();
    await ctx.store.createLead(lead);
    expect(await ctx.store.updateLead(OTHER_TENANT, lead.id, { name: 'Intruder' })).toBeNull();
    expect(await ctx.store.updateLead(TENANT, uid('missing'), { name: 'Ghost' })).toBeNull();
    expect(await ctx.store.getLead(TENANT, lead.id)).toStrictEqual(lead);
    expect(await ctx.store.getLead(OTHER_TENANT, lead.id)).toBeNull();
  });

  it('applies concurrent patches of different fields without losing either', async () => {
    const lead = makeLead();
    await ctx.store.createLead(lead);
    await Promise.all([
      ctx.store.updateLead(TENANT, lead.id, { name: 'Sam' }),
      ctx.store.updateLead(TENANT, lead.id, { email: 'sam@example.com' }),
      ctx.store.updateLead(TENANT, lead.id, { phone: '+1 415 555 0199' }),
    ]);
    const stored = await ctx.store.getLead(TENANT, lead.id);
    expect(stored).toMatchObject({ name: 'Sam', email: 'sam@example.com', phone: '+1 415 555 0199' });
  });
}

/** Exact lookup of leads by phone or email through keyed hashes (the values themselves are sealed at rest). */
export function leadLookupContract(ctx: ContractContext): void {
  it('finds leads by phone in any format and by email in any case, scoped by tenant', async () => {
    const store = ctx.store;
    const maria = makeLead({ name: 'María Gómez', phone: '(909) 555-0142', email: 'Maria@Example.com' });
    await store.createLead(maria);
    await store.createLead(makeLead({ phone: '(909) 555-0199' }));
    await store.createLead(makeLead({ tenantId: OTHER_TENANT, phone: '909-555-0142' }));
    for (const phone of ['909-555-0142', '+1 909 555 0142', '9095550142', '(909) 555-0142']) {
      expect((await store.findLeadsByContact(TENANT, 'phone', phone)).map((lead) => lead.id)).toEqual([
        maria.id,
      ]);
    }
    const [found] = await store.findLeadsByContact(TENANT, 'email', ' maria@EXAMPLE.com ');
    expect(found).toStrictEqual(maria);
    expect(await store.findLeadsByContact(TENANT, 'phone', '909-555-0000')).toEqual([]);
    expect(await store.findLeadsByContact(TENANT, 'phone', '')).toEqual([]);
    // A phone never matches as an email and the other way round.
    expect(await store.findLeadsByContact(TENANT, 'email', '9095550142')).toEqual([]);
    await expectHubError(
      store.findLeadsByContact(TENANT, 'name' as 'phone', 'María Gómez'),
      'INVALID_PAYLOAD',
    );
  });

  it('follows updates: a changed or removed phone is found by the new value only', async () => {
    const store = ctx.store;
    const lead = makeLead({ phone: '909-555-0142' });
    await store.createLead(lead);
    await store.updateLead(TENANT, lead.id, { phone: '626-555-0100', email: 'new@example.com' });
    expect(await store.findLeadsByContact(TENANT, 'phone', '909-555-0142')).toEqual([]);
    expect((await store.findLeadsByContact(TENANT, 'phone', '6265550100'))[0]?.id).toBe(lead.id);
    expect((await store.findLeadsByContact(TENANT, 'email', 'NEW@example.com'))[0]?.phone).toBe(
      '626-555-0100',
    );
    await store.updateLead(TENANT, lead.id, { phone: undefined });
    expect(await store.findLeadsByContact(TENANT, 'phone', '6265550100')).toEqual([]);
    expect((await store.getLead(TENANT, lead.id))?.phone).toBeUndefined();
  });

  it("lists a lead's conversations, most recently active first, scoped by tenant", async () => {
    const store = ctx.store;
    const lead = makeLead();
    await store.createLead(lead);
    const older = await store.createConversation(makeConversation({ leadId: lead.id, updatedAt: iso(T0) }));
    const newer = await store.createConversation(
      makeConversation({ leadId: lead.id, updatedAt: iso(T0 + 60_000), status: 'closed' }),
    );
    await store.createConversation(makeConversation({ leadId: lead.id, tenantId: OTHER_TENANT }));
    await store.createConversation(makeConversation());
    expect((await store.listConversationsForLead(TENANT, lead.id)).map((c) => c.id)).toEqual([
      newer.id,
      older.id,
    ]);
    expect((await store.listConversationsForLead(TENANT, lead.id, 1)).map((c) => c.id)).toEqual([newer.id]);
    expect(await store.listConversationsForLead(TENANT, uid('nobody'))).toEqual([]);
  });
}
