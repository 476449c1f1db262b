import { expect, it } from 'vitest';
import { OUTBOX_DUE_AT_ONCE, type OutboxEvent } from '../../../src/store/outbox-types.js';
import {
  type ContractContext,
  iso,
  makeConversation,
  makeLead,
  makeMessage,
  OTHER_TENANT,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

const event = (conversationId: string | null, overrides: Partial<OutboxEvent> = {}): OutboxEvent => ({
  id: uid('delivery'),
  tenantId: TENANT,
  type: 'lead.qualified',
  conversationId,
  leadId: null,
  at: iso(T0),
  data: { from: 'warm', to: 'hot' },
  ...overrides,
});

const NOW = iso(T0 + 60_000);

/** The event outbox (src/store/outbox-types.ts): written with the change, delivered in order, leased, settled. */
export function outboxContract(ctx: ContractContext): void {
  async function conversation() {
    const lead = await ctx.store.createLead(makeLead());
    return ctx.store.createConversation(makeConversation({ leadId: lead.id }));
  }

  it('writes events with a winning compare-and-set, and none with a losing one', async () => {
    const { id } = await conversation();
    const won = event(id);
    const lost = event(id);
    expect(
      await ctx.store.updateConversation(TENANT, id, { temperature: 'hot' }, 0, { events: [won] }),
    ).not.toBeNull();
    expect(
      await ctx.store.updateConversation(TENANT, id, { temperature: 'warm' }, 0, { events: [lost] }),
    ).toBe(null);
    expect(await ctx.store.getOutboxEvent(TENANT, won.id)).toMatchObject({
      ...won,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: OUTBOX_DUE_AT_ONCE,
      lastError: null,
      deliveredAt: null,
    });
    expect(await ctx.store.getOutboxEvent(TENANT, lost.id)).toBeNull();
  });

  it('writes events with a turn, a lead update, a started conversation and an erasure', async () => {
    const { id, leadId } = await conversation();
    const turn = event(id, { type: 'call.booked' });
    await ctx.store.commitTurn(TENANT, id, {
      conversation: { patch: { processedSeq: 1 }, expectedVersion: 0 },
      events: [turn],
    });
    const lost = event(id);
    expect(
      await ctx.store.commitTurn(TENANT, id, {
        conversation: { patch: { processedSeq: 2 }, expectedVersion: 0 },
        events: [lost],
      }),
    ).toBeNull();
    const identified = event(id, { type: 'lead.identified' });
    await ctx.store.updateLead(TENANT, leadId, { name: 'Ana' }, { events: [identified] });
    const nobody = event(id);
    expect(
      await ctx.store.updateLead(TENANT, uid('missing'), { name: 'X' }, { events: [nobody] }),
    ).toBeNull();

    const newLead = await ctx.store.createLead(makeLead());
    const start = makeConversation({ leadId: newLead.id });
    const created = event(start.id, { type: 'lead.created' });
    const { conversationId: _id, ...message } = makeMessage(start.id);
    await ctx.store.appendToOpenConversation(TENANT, newLead.id, message, start, { startEvents: [created] });
    // The conversation is open now: a second call appends and does not start it, so its events are not written.
    const again = event(start.id, { type: 'lead.created' });
    await ctx.store.appendToOpenConversation(
      TENANT,
      newLead.id,
      { ...message, text: 'again' },
      makeConversation({ id: start.id, leadId: newLead.id }),
      { startEvents: [again] },
    );

    const erased = event(null, { type: 'lead.erased', leadId: newLead.id, data: {} });
    await ctx.store.eraseLead(TENANT, newLead.id, NOW, { events: [erased] });

    for (const written of [turn, identified, created, erased])
      expect(await ctx.store.getOutboxEvent(TENANT, written.id)).toMatchObject({
        id: written.id,
        status: 'pending',
      });
    for (const unwritten of [lost, nobody, again])
      expect(await ctx.store.getOutboxEvent(TENANT, unwritten.id)).toBeNull();
  });

  it('offers the first pending event of each conversation only, oldest first, once due', async () => {
    const a = await conversation();
    const b = await conversation();
    const first = event(a.id, { at: iso(T0) });
    const second = event(a.id, { at: iso(T0 + 1) });
    const other = event(b.id, { at: iso(T0 + 2) });
    const later = event(b.id, { id: uid('later'), at: iso(T0 + 10 * 60_000) });
    await ctx.store.addOutboxEvents([second, first, other]);
    await ctx.store.addOutboxEvents([later]);
    const ids = (await ctx.store.dueOutboxEvents(NOW, 10)).map((record) => record.id);
    expect(ids.filter((id) => [first.id, second.id, other.id, later.id].includes(id))).toStrictEqual([
      first.id,
      other.id,
    ]);
    // Delivered, the next of its conversation is offered.
    await ctx.store.settleOutboxEvent(TENANT, first.id, 'node-a', {
      status: 'delivered',
      at: NOW,
      lastStatus: 200,
      attempts: 1,
    });
    const next = (await ctx.store.dueOutboxEvents(NOW, 10)).map((record) => record.id);
    expect(next).toContain(second.id);
    expect(next).not.toContain(first.id);
  });

  it("keeps order per conversation and endpoint: one endpoint's pending copy never holds back another's", async () => {
    const { id } = await conversation();
    const copy = (endpointId: string | null, at: number) =>
      event(id, { endpointId, at: iso(T0 + at), id: uid(`copy-${endpointId ?? 'default'}`) });
    const [a1, b1, a2, b2, legacy] = [
      copy('crm', 0),
      copy('sms', 0),
      copy('crm', 1),
      copy('sms', 1),
      event(id, { at: iso(T0 + 2) }),
    ];
    await ctx.store.addOutboxEvents([a1, b1, a2, b2, legacy]);
    expect(await ctx.store.getOutboxEvent(TENANT, a1.id)).toMatchObject({ endpointId: 'crm' });
    // An event written without an endpoint (HUB_WEBHOOK_URL, or a row from before endpoints) reads as null.
    expect(await ctx.store.getOutboxEvent(TENANT, legacy.id)).toMatchObject({ endpointId: null });
    const mine = (records: { id: string }[]) =>
      records.map((record) => record.id).filter((rid) => [a1, b1, a2, b2, legacy].some((e) => e.id === rid));
    expect(mine(await ctx.store.dueOutboxEvents(NOW, 50)).sort()).toStrictEqual(
      [a1.id, b1.id, legacy.id].sort(),
    );
    // The sms endpoint's first copy is delivered while the crm one keeps failing: sms moves on, crm waits.
    await ctx.store.settleOutboxEvent(TENANT, b1.id, 'node-a', {
      status: 'delivered',
      at: NOW,
      lastStatus: 200,
      attempts: 1,
    });
    await ctx.store.settleOutboxEvent(TENANT, a1.id, 'node-a', {
      status: 'pending',
      at: NOW,
      attempts: 1,
      lastError: 'HTTP 500',
      lastStatus: 500,
      nextAttemptAt: iso(T0 + 3_600_000),
    });
    expect(mine(await ctx.store.dueOutboxEvents(NOW, 50)).sort()).toStrictEqual([b2.id, legacy.id].sort());
    const crm = await ctx.store.listOutboxEvents(TENANT, { conversationId: id, endpointId: 'crm' });
    expect(crm.map((record) => record.id)).toStrictEqual([a2.id, a1.id]);
    const fallback = await ctx.store.listOutboxEvents(TENANT, { conversationId: id, endpointId: '' });
    expect(fallback.map((record) => record.id)).toStrictEqual([legacy.id]);
  });

  it('leases an event to one owner at a time, and settles only under its lease', async () => {
    const { id } = await conversation();
    const one = event(id);
    await ctx.store.addOutboxEvents([one]);
    const leased = await ctx.store.leaseOutboxEvent(TENANT, one.id, 'node-a', NOW, 30_000);
    expect(leased).toMatchObject({ leaseOwner: 'node-a', leaseUntil: iso(T0 + 90_000) });
    expect(await ctx.store.leaseOutboxEvent(TENANT, one.id, 'node-b', NOW, 30_000)).toBeNull();
    expect((await ctx.store.dueOutboxEvents(NOW, 10)).map((record) => record.id)).not.toContain(one.id);
    // Another owner cannot settle it while the lease runs.
    expect(
      await ctx.store.settleOutboxEvent(TENANT, one.id, 'node-b', {
        status: 'delivered',
        at: NOW,
        lastStatus: 200,
        attempts: 1,
      }),
    ).toBeNull();
    const retry = iso(T0 + 120_000);
    const failed = await ctx.store.settleOutboxEvent(TENANT, one.id, 'node-a', {
      status: 'pending',
      at: NOW,
      attempts: 1,
      lastError: 'HTTP 500',
      lastStatus: 500,
      nextAttemptAt: retry,
    });
    expect(failed).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'HTTP 500',
      lastStatus: 500,
      nextAttemptAt: retry,
      leaseOwner: null,
    });
    // Not due before its next attempt; an expired lease is free for another owner.
    expect(await ctx.store.leaseOutboxEvent(TENANT, one.id, 'node-b', NOW, 30_000)).toBeNull();
    expect(await ctx.store.leaseOutboxEvent(TENANT, one.id, 'node-b', retry, 1_000)).not.toBeNull();
    expect(
      await ctx.store.leaseOutboxEvent(TENANT, one.id, 'node-c', iso(T0 + 121_000), 1_000),
    ).not.toBeNull();
    const given = await ctx.store.settleOutboxEvent(TENANT, one.id, 'node-c', {
      status: 'failed',
      at: iso(T0 + 121_000),
      attempts: 2,
      lastError: 'HTTP 410',
      lastStatus: 410,
    });
    expect(given).toMatchObject({ status: 'failed', attempts: 2, lastError: 'HTTP 410' });
    // A settled event is settled for good (a late node's outcome is refused).
    expect(
      await ctx.store.settleOutboxEvent(TENANT, one.id, 'node-b', {
        status: 'delivered',
        at: NOW,
        lastStatus: 200,
        attempts: 3,
      }),
    ).toBeNull();
    expect(await ctx.store.getOutboxEvent(TENANT, one.id)).toMatchObject({ status: 'failed' });
  });

  it('lists a tenant events newest first with filters, and redelivers one', async () => {
    const { id } = await conversation();
    const events = [0, 1, 2].map((n) => event(id, { at: iso(T0 + n) }));
    await ctx.store.addOutboxEvents(events);
    await ctx.store.addOutboxEvents([{ ...event(id), tenantId: OTHER_TENANT }]);
    await ctx.store.settleOutboxEvent(TENANT, events[0]!.id, 'node-a', {
      status: 'failed',
      at: NOW,
      attempts: 8,
      lastError: 'HTTP 500',
      lastStatus: 500,
    });
    const listed = await ctx.store.listOutboxEvents(TENANT, { conversationId: id });
    expect(listed.map((record) => record.id)).toStrictEqual(events.map((e) => e.id).reverse());
    const failed = await ctx.store.listOutboxEvents(TENANT, { status: 'failed' });
    expect(failed.map((record) => record.id)).toStrictEqual([events[0]!.id]);
    const page = await ctx.store.listOutboxEvents(TENANT, { conversationId: id, limit: 1 });
    const rest = await ctx.store.listOutboxEvents(TENANT, { conversationId: id, before: page[0]!.order });
    expect([...page, ...rest].map((record) => record.id)).toStrictEqual(listed.map((record) => record.id));
    expect(await ctx.store.getOutboxEvent(OTHER_TENANT, events[1]!.id)).toBeNull();

    const again = await ctx.store.redeliverOutboxEvent(TENANT, events[0]!.id, NOW);
    expect(again).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: NOW,
      lastError: 'HTTP 500',
    });
    expect(await ctx.store.getOutboxEvent(TENANT, events[0]!.id)).toStrictEqual(again);
    expect(await ctx.store.redeliverOutboxEvent(OTHER_TENANT, events[0]!.id, NOW)).toBeNull();
  });

  it('keeps pending events across a reopen (a restart)', async () => {
    if (!ctx.harness.reopen) return;
    const { id } = await conversation();
    const kept = event(id);
    await ctx.store.updateConversation(TENANT, id, { temperature: 'hot' }, 0, { events: [kept] });
    const store = await ctx.harness.reopen();
    expect(await store.getOutboxEvent(TENANT, kept.id)).toMatchObject({ id: kept.id, status: 'pending' });
  });
}
