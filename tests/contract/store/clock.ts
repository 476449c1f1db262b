import { expect, it } from 'vitest';
import { manualClock } from '../../fakes/manual-clock.js';
import { type ContractContext, iso, makeConversation, makeLead, T0, TENANT } from './fixtures.js';

/**
 * The times a store stamps itself (a conversation's and a lead's updatedAt, a consent's recordedAt) come from the
 * clock the store was opened with (the hub's one clock), not from the machine's: a test with the manual clock sees
 * exactly its times. On SQLite each call carries its caller's clock reading to the store worker.
 */
export function clockContract(ctx: ContractContext): void {
  it('stamps updatedAt and recordedAt with the store’s clock, one reading per call', async () => {
    const clock = manualClock(Date.UTC(2031, 4, 6, 7, 8, 9));
    const store = await ctx.openWith({ clock });
    const lead = await store.createLead(makeLead({ updatedAt: iso(T0) }));
    const conversation = await store.createConversation(makeConversation({ leadId: lead.id }));

    const updated = await store.updateLead(TENANT, lead.id, { temperature: 'warm' });
    expect(updated?.updatedAt).toBe(iso(clock.now()));
    // A patch that names its own time keeps it.
    const named = await store.updateLead(TENANT, lead.id, { temperature: 'hot', updatedAt: iso(T0 + 5) });
    expect(named?.updatedAt).toBe(iso(T0 + 5));

    clock.advance(60_000);
    const changed = await store.updateConversation(
      TENANT,
      conversation.id,
      { temperature: 'warm' },
      conversation.version,
    );
    expect(changed?.updatedAt).toBe(iso(clock.now()));
    expect((await store.getConversation(TENANT, conversation.id))?.updatedAt).toBe(iso(clock.now()));

    clock.advance(60_000);
    const turn = await store.commitTurn(TENANT, conversation.id, {
      conversation: { patch: { temperature: 'hot' }, expectedVersion: changed!.version },
      lead: { id: lead.id, patch: { temperature: 'warm' } },
    });
    expect(turn?.updatedAt).toBe(iso(clock.now()));
    expect((await store.getLead(TENANT, lead.id))?.updatedAt).toBe(iso(clock.now()));

    clock.advance(60_000);
    const consent = await store.recordConsent(TENANT, lead.id, {
      channel: 'sms',
      text: 'Reply YES to get texts about homes.',
      givenAt: iso(T0),
      source: 'widget',
    });
    expect(consent.recordedAt).toBe(iso(clock.now()));
  });
}
