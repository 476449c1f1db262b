import { describe, expect, it, onTestFinished } from 'vitest';
import type { WidgetClaims } from '../../../src/auth.js';
import { createSatisfaction } from '../../../src/analytics/satisfaction.js';
import type { HubError } from '../../../src/errors.js';
import { openSqliteConnection } from '../../../src/store/sqlite/store.js';
import type { AuthorType } from '../../../src/protocol/common.js';
import type { ConversationRecord, Store } from '../../../src/store/types.js';
import { makeConversation, makeLead, TENANT } from '../../contract/store/fixtures.js';

const QUIET_MS = 30 * 60_000;
const T0 = Date.parse('2026-03-02T15:00:00.000Z');
const ALL_TIME = { from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };

/** A real (in-memory SQLite) store with a lead and its conversation, and a satisfaction service on a settable clock. */
async function setup(status: ConversationRecord['status'] = 'open', quietMs = QUIET_MS) {
  const { db, store } = openSqliteConnection({ file: ':memory:' });
  onTestFinished(() => {
    db.close();
  });
  const lead = await store.createLead(makeLead());
  const conversation = await store.createConversation(
    makeConversation({ leadId: lead.id, status, owner: { type: 'agent', id: 'ana', name: 'Ana' } }),
  );
  let now = T0;
  const lines: string[] = [];
  const satisfaction = createSatisfaction({
    store,
    now: () => new Date(now),
    policy: { quietMs },
    staffLine: async (_conversation, text) => {
      lines.push(text);
    },
  });
  const claims: WidgetClaims = { kind: 'widget', tenantId: TENANT, secretId: 'secret-1', leadId: lead.id };
  const say = (type: AuthorType, atMs: number, visibility: 'everyone' | 'staff' = 'everyone') =>
    store.appendMessage(TENANT, {
      conversationId: conversation.id,
      author: type === 'lead' ? { type } : { type, id: 'ana', name: 'Ana' },
      visibility,
      kind: visibility === 'staff' ? 'note' : 'text',
      text: `${type} at ${atMs}`,
      createdAt: new Date(atMs).toISOString(),
    });
  return {
    store,
    conversation,
    claims,
    lines,
    say,
    setNow: (ms: number) => {
      now = ms;
    },
    rate: (rating: number, comment?: string, as: WidgetClaims = claims) =>
      satisfaction.rate(as, { conversationId: conversation.id, rating, ...(comment ? { comment } : {}) }),
  };
}

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => 'ok',
    (error: HubError) => error.code,
  );
const ratings = (store: Store, conversationId: string) =>
  store.leadEvents(TENANT, { ...ALL_TIME, types: ['satisfaction_given'], conversationId });

describe('lead satisfaction rules (src/analytics/satisfaction.ts)', () => {
  it('a quiet conversation is rateable from the quiet period on, measured from the last message the lead can see', async () => {
    const hub = await setup('human');
    await hub.say('lead', T0);
    await hub.say('agent', T0 + 1_000);
    // A staff note later than the agent's reply does not restart the quiet period (the lead never saw it).
    await hub.say('agent', T0 + 20 * 60_000, 'staff');
    hub.setNow(T0 + 1_000 + QUIET_MS - 1);
    expect(await refusal(hub.rate(4))).toBe('CONFLICT');
    hub.setNow(T0 + 1_000 + QUIET_MS);
    await expect(hub.rate(4, 'Helpful')).resolves.toEqual({ conversationId: hub.conversation.id, rating: 4 });
    expect((await ratings(hub.store, hub.conversation.id)).map((stored) => stored.event)).toEqual([
      expect.objectContaining({
        rating: 4,
        agentId: 'ana',
        at: new Date(T0 + 1_000 + QUIET_MS).toISOString(),
      }),
    ]);
    expect(hub.lines).toEqual(['Lead satisfaction: 4/5 — “Helpful”']);
    // Once.
    expect(await refusal(hub.rate(5))).toBe('CONFLICT');
    expect(await ratings(hub.store, hub.conversation.id)).toHaveLength(1);
    expect(hub.lines).toHaveLength(1);
  });

  it('is never quiet while the lead waits for an answer or a hand-off waits, nor with no quiet period set', async () => {
    const waiting = await setup('open');
    await waiting.say('bot', T0);
    await waiting.say('lead', T0 + 1_000);
    waiting.setNow(T0 + 10 * QUIET_MS);
    expect(await refusal(waiting.rate(3))).toBe('CONFLICT');

    const handoff = await setup('handoff_pending');
    await handoff.say('bot', T0);
    handoff.setNow(T0 + 10 * QUIET_MS);
    expect(await refusal(handoff.rate(3))).toBe('CONFLICT');

    const closeOnly = await setup('open', 0);
    await closeOnly.say('bot', T0);
    closeOnly.setNow(T0 + 10 * QUIET_MS);
    expect(await refusal(closeOnly.rate(3))).toBe('CONFLICT');
    for (const hub of [waiting, handoff, closeOnly])
      expect(await ratings(hub.store, hub.conversation.id)).toEqual([]);
  });

  it('a closed conversation is rateable at once; never by another lead, never after an opt-out', async () => {
    const closed = await setup('closed', 0);
    expect(await refusal(closed.rate(2, undefined, { ...closed.claims, leadId: 'someone-else' }))).toBe(
      'NOT_FOUND',
    );
    await expect(closed.rate(2)).resolves.toMatchObject({ rating: 2 });
    expect(closed.lines).toEqual(['Lead satisfaction: 2/5']);

    const optedOut = await setup('closed', 0);
    await optedOut.store.updateLead(TENANT, optedOut.claims.leadId, { optedOut: true });
    expect(await refusal(optedOut.rate(5))).toBe('FORBIDDEN');
    const stopped = await setup('opted_out', 0);
    expect(await refusal(stopped.rate(5))).toBe('FORBIDDEN');
    for (const hub of [optedOut, stopped]) {
      expect(await ratings(hub.store, hub.conversation.id)).toEqual([]);
      expect(hub.lines).toEqual([]);
    }
  });
});
