import { expect, it } from 'vitest';
import type { OutboxEntry } from '../../../src/store/types.js';
import {
  type ContractContext,
  iso,
  makeConversation,
  makeFollowUp,
  makeLead,
  T0,
  TENANT,
} from './fixtures.js';

const reply: OutboxEntry = {
  clientMsgId: 'bot:2:0',
  kind: 'reply',
  text: 'What price range are you thinking of?',
  visibility: 'everyone',
  replyToSeq: 2,
  lang: 'en',
  rephrase: false,
};

/** Store.commitTurn: a bot turn's writes (conversation compare-and-set, lead, follow-ups) as one unit. */
export function turnWriteContract(ctx: ContractContext): void {
  async function setup() {
    const lead = await ctx.store.createLead(makeLead());
    const conversation = await ctx.store.createConversation(makeConversation({ leadId: lead.id }));
    const old = makeFollowUp(conversation.id, { step: 1, dueAt: iso(T0 + 86_400_000) });
    await ctx.store.scheduleFollowUps([old]);
    const next = makeFollowUp(conversation.id, { step: 2, dueAt: iso(T0 + 2 * 86_400_000) });
    return { lead, conversation, old, next };
  }

  it('writes the conversation, the lead and the follow-ups together, and returns the saved conversation', async () => {
    const { lead, conversation, old, next } = await setup();
    const saved = await ctx.store.commitTurn(TENANT, conversation.id, {
      conversation: {
        patch: { temperature: 'warm', processedSeq: 2, outbox: [reply] },
        expectedVersion: 0,
        fence: 7,
      },
      lead: { id: lead.id, patch: { temperature: 'warm', profile: { budgetMax: 800_000 } } },
      followUps: { cancel: true, schedule: [next] },
    });
    expect(saved).toMatchObject({ version: 1, fence: 7, processedSeq: 2, temperature: 'warm' });
    expect(saved?.outbox).toStrictEqual([reply]);
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toStrictEqual(saved);
    expect(await ctx.store.getLead(TENANT, lead.id)).toMatchObject({
      temperature: 'warm',
      profile: { budgetMax: 800_000 },
    });
    const jobs = await ctx.store.listFollowUps(TENANT, conversation.id);
    expect(jobs.map((job) => [job.id, job.status])).toEqual([
      [old.id, 'cancelled'],
      [next.id, 'pending'],
    ]);
  });

  it('writes nothing at all when the compare-and-set loses (stale version or older fence)', async () => {
    const { lead, conversation, old, next } = await setup();
    await ctx.store.updateConversation(TENANT, conversation.id, { temperature: 'hot' }, 0, { fence: 5 });
    const attempts = [
      { expectedVersion: 0, fence: 9 },
      { expectedVersion: 1, fence: 4 },
    ];
    for (const attempt of attempts) {
      expect(
        await ctx.store.commitTurn(TENANT, conversation.id, {
          conversation: { patch: { processedSeq: 2, outbox: [reply] }, ...attempt },
          lead: { id: lead.id, patch: { temperature: 'hot', optedOut: true } },
          followUps: { cancel: true, schedule: [next] },
        }),
      ).toBeNull();
    }
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toMatchObject({
      version: 1,
      fence: 5,
      processedSeq: 0,
      outbox: [],
    });
    expect(await ctx.store.getLead(TENANT, lead.id)).toStrictEqual(lead);
    expect(await ctx.store.listFollowUps(TENANT, conversation.id)).toStrictEqual([old]);
  });

  it('leaves the lead and the follow-ups alone when the turn changes neither', async () => {
    const { lead, conversation, old } = await setup();
    const saved = await ctx.store.commitTurn(TENANT, conversation.id, {
      conversation: { patch: { processedSeq: 1, answeredSeq: 1 }, expectedVersion: 0 },
      lead: { id: lead.id, patch: {} },
      followUps: { cancel: false, schedule: [] },
    });
    expect(saved).toMatchObject({ version: 1, processedSeq: 1, answeredSeq: 1 });
    expect(await ctx.store.getLead(TENANT, lead.id)).toStrictEqual(lead);
    expect(await ctx.store.listFollowUps(TENANT, conversation.id)).toStrictEqual([old]);
  });

  it('is scoped by tenant: another tenant’s id writes nothing', async () => {
    const { lead, conversation, old, next } = await setup();
    expect(
      await ctx.store.commitTurn('tenant-b', conversation.id, {
        conversation: { patch: { processedSeq: 2 }, expectedVersion: 0 },
        lead: { id: lead.id, patch: { temperature: 'hot' } },
        followUps: { cancel: true, schedule: [next] },
      }),
    ).toBeNull();
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toMatchObject({ version: 0 });
    expect(await ctx.store.getLead(TENANT, lead.id)).toStrictEqual(lead);
    expect(await ctx.store.listFollowUps(TENANT, conversation.id)).toStrictEqual([old]);
  });
}
