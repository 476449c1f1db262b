import { expect, it } from 'vitest';
import type { NewConsent } from '../../../src/store/types.js';
import {
  type ContractContext,
  expectHubError,
  iso,
  makeLead,
  OTHER_TENANT,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

const TEXT = 'Reply YES to let Jorge Realty text you at this number about homes. Msg & data rates may apply.';

const consent = (overrides: Partial<NewConsent> = {}): NewConsent => ({
  channel: 'sms',
  text: TEXT,
  givenAt: iso(T0),
  source: 'widget',
  ...overrides,
});

export function consentContract(ctx: ContractContext): void {
  it('records a consent with the exact text, time and source, and lists the lead consents oldest first', async () => {
    const lead = makeLead();
    await ctx.store.createLead(lead);
    const email = await ctx.store.recordConsent(
      TENANT,
      lead.id,
      consent({
        channel: 'email',
        givenAt: iso(T0 + 60_000),
        text: 'Email me listings.\nUnsubscribe any time.',
      }),
    );
    const sms = await ctx.store.recordConsent(
      TENANT,
      lead.id,
      consent({ conversationId: 'conv-1', messageSeq: 3 }),
    );
    expect(sms).toMatchObject({
      tenantId: TENANT,
      leadId: lead.id,
      channel: 'sms',
      text: TEXT,
      givenAt: iso(T0),
      source: 'widget',
      conversationId: 'conv-1',
      messageSeq: 3,
    });
    expect(sms.id).not.toBe(email.id);
    expect(Number.isNaN(Date.parse(sms.recordedAt))).toBe(false);
    expect(email.text).toBe('Email me listings.\nUnsubscribe any time.');
    expect('messageSeq' in email).toBe(false);
    expect(await ctx.store.listConsents(TENANT, lead.id)).toStrictEqual([sms, email]);
    // Survives a reopen of the store (adapters that persist).
    if (ctx.harness.reopen) {
      const reopened = await ctx.harness.reopen();
      expect(await reopened.listConsents(TENANT, lead.id)).toStrictEqual([sms, email]);
    }
  });

  it('is idempotent per lead message and channel: a repeat returns the first record', async () => {
    const lead = makeLead();
    await ctx.store.createLead(lead);
    const first = await ctx.store.recordConsent(
      TENANT,
      lead.id,
      consent({ conversationId: 'c', messageSeq: 5 }),
    );
    const again = await ctx.store.recordConsent(
      TENANT,
      lead.id,
      consent({ conversationId: 'c', messageSeq: 5, text: 'different wording' }),
    );
    expect(again).toStrictEqual(first);
    const phone = await ctx.store.recordConsent(
      TENANT,
      lead.id,
      consent({ channel: 'phone', conversationId: 'c', messageSeq: 5 }),
    );
    expect(phone.id).not.toBe(first.id);
    // Without a message reference every call is its own record.
    await ctx.store.recordConsent(TENANT, lead.id, consent({ source: 'form' }));
    await ctx.store.recordConsent(TENANT, lead.id, consent({ source: 'form' }));
    expect(await ctx.store.listConsents(TENANT, lead.id)).toHaveLength(4);
  });

  it('refuses an unknown lead, another tenant and bad input with typed errors, writing nothing', async () => {
    const lead = makeLead();
    await ctx.store.createLead(lead);
    await expectHubError(ctx.store.recordConsent(TENANT, uid('nobody'), consent()), 'NOT_FOUND');
    await expectHubError(ctx.store.recordConsent(OTHER_TENANT, lead.id, consent()), 'NOT_FOUND');
    const bad: Partial<NewConsent>[] = [
      { channel: 'fax' as NewConsent['channel'] },
      { text: '  ' },
      { text: 'x'.repeat(4_001) },
      { givenAt: 'yesterday' },
      { givenAt: '2024-13-45T99:00:00Z' },
      { source: '' },
      { source: 'has spaces' },
      { messageSeq: 2 },
      { conversationId: 'c', messageSeq: 0 },
      { conversationId: 'c', messageSeq: 1.5 },
    ];
    for (const overrides of bad) {
      await expectHubError(ctx.store.recordConsent(TENANT, lead.id, consent(overrides)), 'INVALID_PAYLOAD');
    }
    expect(await ctx.store.listConsents(TENANT, lead.id)).toEqual([]);
    await ctx.store.recordConsent(TENANT, lead.id, consent());
    expect(await ctx.store.listConsents(OTHER_TENANT, lead.id)).toEqual([]);
    expect(await ctx.store.listConsents(TENANT, uid('nobody'))).toEqual([]);
  });
}
