import { expect, it } from 'vitest';
import type { LeadEvent } from '../../../src/analytics/events.js';
import {
  type ContractContext,
  iso,
  makeConversation,
  makeLead,
  makeMessage,
  OTHER_TENANT,
  T0,
  TENANT,
} from './fixtures.js';

const ALL_TIME = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };
const DAY = iso(T0).slice(0, 10);
const NEXT_DAY = iso(T0 + 86_400_000).slice(0, 10);
const nonZero = (counts: Partial<Record<string, number>>) =>
  Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0));

/** The lead event log (docs/ANALYTICS.md): written by the store inside the change each event records. */
export function leadEventContract(ctx: ContractContext): void {
  const typesOf = async (conversationId?: string) =>
    (
      await ctx.store.leadEvents(TENANT, {
        ...ALL_TIME,
        ...(conversationId === undefined ? {} : { conversationId }),
      })
    ).map(({ event }) => event.type);

  it('logs a new lead, a started conversation and the first bot reply once, never a resend', async () => {
    const lead = await ctx.store.createLead(makeLead());
    const start = makeConversation({ leadId: lead.id, listing: { id: 'mls-7' } });
    const first = await ctx.store.appendToOpenConversation(
      TENANT,
      lead.id,
      {
        author: { type: 'lead' },
        visibility: 'everyone',
        kind: 'text',
        text: 'hi',
        createdAt: iso(T0 + 500),
      },
      start,
    );
    expect(first?.started).toBe(true);
    const bot = makeMessage(start.id, {
      author: { type: 'bot' },
      clientMsgId: 'bot:1:0',
      createdAt: iso(T0 + 4_000),
    });
    await ctx.store.appendMessage(TENANT, bot);
    await ctx.store.appendMessage(TENANT, bot);
    await ctx.store.appendMessage(TENANT, { ...bot, clientMsgId: 'bot:1:1', createdAt: iso(T0 + 9_000) });
    const events = await ctx.store.leadEvents(TENANT, ALL_TIME);
    expect(events.map(({ event }) => event.type)).toEqual([
      'lead_created',
      'conversation_started',
      'first_bot_reply',
    ]);
    expect(events[2]!.event).toMatchObject({
      conversationId: start.id,
      leadId: lead.id,
      botKind: 'lead',
      listingId: 'mls-7',
      durationMs: 4_000,
    });
  });

  it('logs a hand-off with its reason and a claim with its wait, only when the compare-and-set wins', async () => {
    const conversation = await ctx.store.createConversation(makeConversation());
    const pending = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      {
        status: 'handoff_pending',
        stateSince: iso(T0 + 60_000),
        meta: {
          handoff: {
            reason: 'wants_person',
            botKind: 'buyer',
            temperature: 'hot',
            slotsFilled: {},
            slotsMissing: [],
            summary: '',
            lastMessages: [],
            profile: {},
            requestedAt: iso(T0 + 60_000),
          },
        },
      },
      0,
    );
    expect(pending).not.toBeNull();
    // A stale version writes nothing, events included.
    expect(
      await ctx.store.updateConversation(
        TENANT,
        conversation.id,
        { owner: { type: 'agent', id: 'ag-x' } },
        0,
      ),
    ).toBeNull();
    await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { owner: { type: 'agent', id: 'ag-1', name: 'Ana' }, status: 'human', stateSince: iso(T0 + 150_000) },
      1,
    );
    const events = (await ctx.store.leadEvents(TENANT, { ...ALL_TIME, conversationId: conversation.id })).map(
      ({ event }) => event,
    );
    expect(events.map((event) => event.type)).toEqual([
      'conversation_started',
      'handoff_requested',
      'claimed',
    ]);
    expect(events[1]).toMatchObject({ reason: 'wants_person', at: iso(T0 + 60_000) });
    expect(events[2]).toMatchObject({ agentId: 'ag-1', durationMs: 90_000, at: iso(T0 + 150_000) });
    const agentRows = await ctx.store.rollups(TENANT, {
      grain: 'day',
      dimension: 'agent',
      from: DAY,
      to: DAY,
      metricPrefix: 'n:',
    });
    expect(agentRows).toEqual([{ bucket: DAY, key: 'ag-1', metric: 'n:claimed', n: 1, total: 90_000 }]);
    // The per-agent rollup of the same claim: 90 s is in the bucket up to 2 min (the fifth, index 4).
    const [agentDay, ...others] = await ctx.store.agentRollups(TENANT, { from: DAY, to: DAY });
    expect(others).toEqual([]);
    expect(agentDay!.agent).toBe('ag-1');
    expect(nonZero(agentDay!.counts)).toEqual({ claimed: 1, claim_h4: 1 });
  });

  it('logs the outcome at close, the slots, the questions and qualification from the board data', async () => {
    const conversation = await ctx.store.createConversation(makeConversation());
    const view = (currentQuestion: string, slotsFilled: string[], slotsMissing: string[]) => ({
      botView: {
        botKind: 'buyer' as const,
        currentQuestion,
        slotsFilled,
        slotsMissing,
        temperature: 'warm' as const,
        active: true,
      },
    });
    let saved = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { meta: view('budget', [], ['budget', 'beds']) },
      0,
    );
    saved = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { meta: view('beds', ['budget'], ['beds']) },
      saved!.version,
    );
    saved = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { meta: view('beds', ['budget', 'beds'], []) },
      saved!.version,
    );
    await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { status: 'closed', stateSince: iso(T0 + 5_000), meta: { lifecycle: { outcome: 'appointment_set' } } },
      saved!.version,
    );
    // Board changes are stamped with the store's write time, the close with its stateSince: compare as sets.
    expect((await typesOf(conversation.id)).sort()).toEqual([
      'call_booked',
      'conversation_started',
      'outcome_set',
      'qualified',
      'question_asked',
      'question_asked',
      'slot_filled',
      'slot_filled',
    ]);
    const rows = await ctx.store.rollups(TENANT, {
      grain: 'day',
      dimension: 'tenant',
      from: '2000-01-01',
      to: '2100-01-01',
      metricPrefix: 'passed:',
    });
    expect(rows.map(({ metric, n }) => [metric, n])).toEqual([['passed:budget', 1]]);
  });

  it('appends a turn’s own events with its write, and none when the turn loses', async () => {
    const conversation = await ctx.store.createConversation(makeConversation());
    const booked: LeadEvent = {
      type: 'call_booked',
      tenantId: TENANT,
      leadId: conversation.leadId,
      conversationId: conversation.id,
      at: iso(T0 + 1_000),
    };
    expect(
      await ctx.store.commitTurn(TENANT, conversation.id, {
        conversation: { patch: { processedSeq: 1 }, expectedVersion: 5 },
        leadEvents: [booked],
      }),
    ).toBeNull();
    expect(await typesOf(conversation.id)).toEqual(['conversation_started']);
    await ctx.store.commitTurn(TENANT, conversation.id, {
      conversation: { patch: { processedSeq: 1 }, expectedVersion: 0 },
      leadEvents: [booked],
    });
    expect(await typesOf(conversation.id)).toEqual(['conversation_started', 'call_booked']);
  });

  it('refuses a malformed event, writing nothing, and keeps each tenant’s log apart', async () => {
    const usage: LeadEvent = {
      type: 'model_usage',
      tenantId: TENANT,
      leadId: 'lead-1',
      at: iso(T0),
      tokensIn: 1_200,
      tokensOut: 300,
      costUsd: 0.0081,
    };
    await expect(ctx.store.appendLeadEvents([usage, { ...usage, tokensIn: -1 }])).rejects.toThrow();
    expect(await ctx.store.leadEvents(TENANT, ALL_TIME)).toEqual([]);
    expect(await ctx.store.appendLeadEvents([usage, { ...usage, tenantId: OTHER_TENANT }])).toBe(2);
    const mine = await ctx.store.rollups(TENANT, {
      grain: 'hour',
      dimension: 'tenant',
      from: '2000',
      to: '2100',
      metricPrefix: 'tokens_',
    });
    expect(mine.map(({ metric, total }) => [metric, total])).toEqual([
      ['tokens_in', 1_200],
      ['tokens_out', 300],
    ]);
    expect((await ctx.store.leadEvents(OTHER_TENANT, ALL_TIME)).map(({ event }) => event.tenantId)).toEqual([
      OTHER_TENANT,
    ]);
  });

  it('keeps the per-agent rollup per day: sums over a range, one agent, once-only events, each tenant apart', async () => {
    const scope = (agentId: string, conversationId: string, offsetMs = 0) => ({
      tenantId: TENANT,
      leadId: `lead-${conversationId}`,
      conversationId,
      agentId,
      at: iso(T0 + offsetMs),
    });
    const day2 = 86_400_000;
    const events: LeadEvent[] = [
      { type: 'claimed', ...scope('ag-1', 'c1'), durationMs: 4_000 },
      { type: 'first_agent_reply', ...scope('ag-1', 'c1'), durationMs: 20_000 },
      { type: 'call_booked', ...scope('ag-1', 'c1') },
      { type: 'outcome_set', ...scope('ag-1', 'c1'), outcome: 'closed_won', price: 450_000 },
      { type: 'satisfaction_given', ...scope('ag-1', 'c1'), rating: 4 },
      { type: 'coaching_shown', ...scope('ag-1', 'c1'), run: 1, action: 'book_showing', source: 'llm' },
      {
        type: 'coaching_used',
        ...scope('ag-1', 'c1'),
        run: 1,
        action: 'book_showing',
        source: 'llm',
        match: 'clicked',
      },
      { type: 'claimed', ...scope('ag-1', 'c2', day2), durationMs: 7_200_000 },
      { type: 'satisfaction_given', ...scope('ag-1', 'c2', day2), rating: 2 },
      { type: 'outcome_set', ...scope('ag-2', 'c3', day2), outcome: 'lost', reason: 'price' },
      // A repeat of a once-per-conversation event counts nowhere.
      { type: 'satisfaction_given', ...scope('ag-1', 'c1', 60_000), rating: 1 },
      // An event without an agent, or that no agent counter takes, leaves the per-agent rollup alone.
      {
        type: 'conversation_started',
        tenantId: TENANT,
        leadId: 'lead-c4',
        conversationId: 'c4',
        at: iso(T0),
      },
      { type: 'handoff_requested', ...scope('ag-2', 'c3', day2), reason: 'wants_person' },
    ];
    expect(await ctx.store.appendLeadEvents(events)).toBe(events.length - 1);
    await ctx.store.appendLeadEvents([
      { type: 'claimed', ...scope('ag-1', 'c9'), tenantId: OTHER_TENANT, durationMs: 1 },
    ]);

    const rows = async (from: string, to: string, agent?: string) =>
      (await ctx.store.agentRollups(TENANT, { from, to, ...(agent ? { agent } : {}) })).map((row) => [
        row.agent,
        nonZero(row.counts),
      ]);
    const firstDay = {
      claimed: 1,
      claim_h0: 1,
      first_replies: 1,
      reply_h2: 1,
      booked: 1,
      outcomes: 1,
      closed: 1,
      ratings: 1,
      rating_total: 4,
      coaching_shown_llm: 1,
      coaching_used_llm_clicked: 1,
    };
    expect(await rows(DAY, DAY)).toEqual([['ag-1', firstDay]]);
    expect(await rows(NEXT_DAY, NEXT_DAY)).toEqual([
      ['ag-1', { claimed: 1, claim_h10: 1, ratings: 1, rating_total: 2 }],
      ['ag-2', { outcomes: 1 }],
    ]);
    expect(await rows(DAY, NEXT_DAY)).toEqual([
      ['ag-1', { ...firstDay, claimed: 2, claim_h10: 1, ratings: 2, rating_total: 6 }],
      ['ag-2', { outcomes: 1 }],
    ]);
    expect(await rows(DAY, NEXT_DAY, 'ag-2')).toEqual([['ag-2', { outcomes: 1 }]]);
    expect(await rows('2000-01-01', '2001-01-01')).toEqual([]);
    const other = await ctx.store.agentRollups(OTHER_TENANT, { from: DAY, to: DAY });
    expect(other.map((row) => [row.agent, nonZero(row.counts)])).toEqual([
      ['ag-1', { claimed: 1, claim_h0: 1 }],
    ]);
  });
}
