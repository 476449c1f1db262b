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
}
