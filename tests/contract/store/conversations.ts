import { expect, it } from 'vitest';
import type { ConversationRecord } from '../../../src/store/types.js';
import { handoffKeyOf, storedHandoffKey } from '../../../src/store/handoff-key.js';
import {
  awkwardJson,
  type ContractContext,
  expectHubError,
  iso,
  makeConversation,
  OTHER_TENANT,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

const ids = (conversations: ConversationRecord[]): string[] => conversations.map((c) => c.id);

export function conversationContract(ctx: ContractContext): void {
  it('creates a conversation and reads back exactly what was written', async () => {
    const conversation = makeConversation({
      channel: 'call',
      listing: { id: 'mls-7', address: '742 Evergreen Terrace', price: 1_450_000, beds: 4, baths: 2.5 },
      intent: 'sell',
      botKind: 'seller',
      botState: awkwardJson,
      owner: { type: 'agent', id: 'agent-1', name: 'Jorge Salas' },
      status: 'human',
      temperature: 'hot',
      lastSeq: 0,
      version: 7,
      meta: { leadName: 'María José Núñez', alerts: ['high_value'], drafts: [], botActive: false },
    });
    expect(await ctx.store.createConversation(conversation)).toStrictEqual(conversation);
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toStrictEqual(conversation);
  });

  it("round-trips every typed meta field, with the lead's words sealed and opened again", async () => {
    const meta: ConversationRecord['meta'] = {
      botActive: false,
      botView: {
        botKind: 'seller',
        currentQuestion: 'price',
        slotsFilled: ['condition'],
        slotsMissing: ['price'],
        temperature: 'hot',
        active: true,
        questionTurns: 2,
        review: true,
        phase: 'qualify',
        lang: 'es',
      },
      alerts: ['high_value', 'draft_pending'],
      handoff: {
        reason: 'wants_person',
        botKind: 'seller',
        temperature: 'hot',
        offerType: 'cash',
        slotsFilled: { condition: 'needs_work' },
        slotsMissing: ['price'],
        summary: 'Quiere vender rápido',
        lastMessages: [{ author: 'lead', text: '¿me llaman hoy?' }],
        profile: { motivation: 'divorce' },
        requestedAt: iso(T0),
        signals: ['contact', 'value'],
        matches: [{ ListingKey: 'L-1', score: 3, reasons: ['3 beds'] }],
      },
      drafts: [{ draftId: 'd-1', conversationId: 'c-1', text: 'Hola ✓', createdAt: iso(T0) }],
      callActive: true,
      leadName: 'Ana Núñez',
      contactAsk: { consentText: 'Can we text you?', lang: 'en', at: iso(T0) },
      lifecycle: {
        outcome: 'appointment_set',
        closedAt: iso(T0 + 1_000),
        closedBy: { id: 'a-1', name: 'Ana' },
        note: 'call back 555-0100',
        price: 650_000,
      },
      experiment: { id: 'greeting', variant: 'b' },
      callBooked: { when: 'Tomorrow morning', at: iso(T0) },
      summary: {
        at: iso(T0 + 2_000),
        trigger: 'closed',
        source: 'rules',
        followUp: {
          action: 'call_at_booked_time',
          text: 'Call at the booked time.',
          dueAt: iso(T0 + 3_600_000),
        },
      },
    };
    const conversation = await ctx.store.createConversation(makeConversation({ meta }));
    expect(conversation.meta).toStrictEqual(meta);
    expect((await ctx.store.getConversation(TENANT, conversation.id))?.meta).toStrictEqual(meta);
    const updated = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { meta: { ...meta, lifecycle: { outcome: 'qualified' } } },
      conversation.version,
    );
    expect((await ctx.store.getConversation(TENANT, conversation.id))?.meta).toStrictEqual(updated?.meta);
    expect(updated?.meta.lifecycle).toStrictEqual({ outcome: 'qualified' });
  });

  it('keeps optional fields absent on a minimal conversation', async () => {
    const conversation = makeConversation();
    await ctx.store.createConversation(conversation);
    const stored = await ctx.store.getConversation(TENANT, conversation.id);
    expect(stored).toStrictEqual(conversation);
    expect(Object.keys(stored!).sort()).toEqual(Object.keys(conversation).sort());
  });

  it('round-trips a null bot state', async () => {
    const conversation = makeConversation({ botState: null });
    await ctx.store.createConversation(conversation);
    expect((await ctx.store.getConversation(TENANT, conversation.id))?.botState).toBeNull();
  });

  it('rejects a second conversation with the same id with CONFLICT and keeps the first', async () => {
    const conversation = makeConversation({ meta: { leadName: 'first' } });
    await ctx.store.createConversation(conversation);
    await expectHubError(
      ctx.store.createConversation({ ...conversation, meta: { leadName: 'second' } }),
      'CONFLICT',
    );
    expect((await ctx.store.getConversation(TENANT, conversation.id))?.meta).toStrictEqual({
      leadName: 'first',
    });
  });

  it('hides a conversation from the wrong tenant', async () => {
    const conversation = makeConversation();
    await ctx.store.createConversation(conversation);
    expect(await ctx.store.getConversation(OTHER_TENANT, conversation.id)).toBeNull();
    expect(await ctx.store.getConversation(TENANT, uid('missing'))).toBeNull();
    expect(await ctx.store.listConversations(OTHER_TENANT)).toEqual([]);
    expect(await ctx.store.findOpenConversationForLead(OTHER_TENANT, conversation.leadId)).toBeNull();
  });

  it("finds the lead's most recently updated conversation that is not closed", async () => {
    const leadId = uid('lead');
    const older = makeConversation({ leadId, updatedAt: iso(T0 + 1_000) });
    const newer = makeConversation({ leadId, status: 'human', updatedAt: iso(T0 + 2_000) });
    const closed = makeConversation({ leadId, status: 'closed', updatedAt: iso(T0 + 3_000) });
    const otherLead = makeConversation({ updatedAt: iso(T0 + 4_000) });
    for (const c of [older, newer, closed, otherLead]) await ctx.store.createConversation(c);
    expect(await ctx.store.findOpenConversationForLead(TENANT, leadId)).toStrictEqual(newer);
    expect(await ctx.store.findOpenConversationForLead(TENANT, uid('lead'))).toBeNull();
  });

  it('returns null when all of the lead’s conversations are closed', async () => {
    const leadId = uid('lead');
    await ctx.store.createConversation(makeConversation({ leadId, status: 'closed' }));
    expect(await ctx.store.findOpenConversationForLead(TENANT, leadId)).toBeNull();
  });

  it('lists a tenant’s conversations newest-updated first, filtered by status, limited', async () => {
    const a = makeConversation({ status: 'open', updatedAt: iso(T0 + 1_000) });
    const b = makeConversation({ status: 'human', updatedAt: iso(T0 + 4_000) });
    const c = makeConversation({ status: 'closed', updatedAt: iso(T0 + 3_000) });
    const d = makeConversation({ status: 'handoff_pending', updatedAt: iso(T0 + 2_000) });
    const foreign = makeConversation({ tenantId: OTHER_TENANT, updatedAt: iso(T0 + 9_000) });
    for (const conversation of [a, b, c, d, foreign]) await ctx.store.createConversation(conversation);

    expect(await ctx.store.listConversations(TENANT)).toStrictEqual([b, c, d, a]);
    expect(ids(await ctx.store.listConversations(TENANT, { statuses: ['open', 'handoff_pending'] }))).toEqual(
      [d.id, a.id],
    );
    expect(ids(await ctx.store.listConversations(TENANT, { statuses: ['closed'] }))).toEqual([c.id]);
    expect(ids(await ctx.store.listConversations(TENANT, { limit: 2 }))).toEqual([b.id, c.id]);
    expect(
      ids(await ctx.store.listConversations(TENANT, { statuses: ['open', 'human', 'closed'], limit: 2 })),
    ).toEqual([b.id, c.id]);
    expect(ids(await ctx.store.listConversations(OTHER_TENANT))).toEqual([foreign.id]);
  });

  it('lists in the hand-off order: by key (a record without one at rank 0 since its state), paged both ways', async () => {
    const ranked = makeConversation({
      status: 'handoff_pending',
      handoffKey: handoffKeyOf(7, iso(T0 + 5_000)),
    });
    const keyless = makeConversation({ status: 'handoff_pending', stateSince: iso(T0 + 1_000) });
    const anonymous = makeConversation({
      status: 'handoff_pending',
      handoffKey: handoffKeyOf(0, iso(T0 + 3_000)),
    });
    const contact = makeConversation({
      status: 'handoff_pending',
      handoffKey: handoffKeyOf(4, iso(T0 + 9_000)),
    });
    const open = makeConversation({ status: 'open', handoffKey: handoffKeyOf(15, iso(T0)) });
    const foreign = makeConversation({
      tenantId: OTHER_TENANT,
      status: 'handoff_pending',
      handoffKey: handoffKeyOf(15, iso(T0)),
    });
    for (const conversation of [ranked, keyless, anonymous, contact, open, foreign])
      await ctx.store.createConversation(conversation);
    const waiting = (byHandoff: object, limit?: number) =>
      ctx.store.listConversations(TENANT, {
        statuses: ['handoff_pending'],
        byHandoff,
        ...(limit === undefined ? {} : { limit }),
      });
    const at = (conversation: ConversationRecord) => ({
      key: storedHandoffKey(conversation),
      id: conversation.id,
    });

    expect(await waiting({})).toStrictEqual([ranked, contact, keyless, anonymous]);
    expect(ids(await waiting({}, 2))).toEqual([ranked.id, contact.id]);
    expect(ids(await waiting({ after: at(contact) }))).toEqual([keyless.id, anonymous.id]);
    expect(ids(await waiting({ after: at(ranked), before: at(anonymous) }))).toEqual([
      contact.id,
      keyless.id,
    ]);
    expect(ids(await waiting({ last: true }))).toEqual([anonymous.id, keyless.id, contact.id, ranked.id]);
    expect(ids(await waiting({ last: true, after: at(ranked) }, 2))).toEqual([anonymous.id, keyless.id]);
    // An update that sets the key moves it, and the record keeps it.
    const moved = await ctx.store.updateConversation(
      TENANT,
      keyless.id,
      { handoffKey: handoffKeyOf(15, iso(T0 + 1_000)) },
      keyless.version,
    );
    expect(moved?.handoffKey).toBe(handoffKeyOf(15, iso(T0 + 1_000)));
    expect(ids(await waiting({}))).toEqual([keyless.id, ranked.id, contact.id, anonymous.id]);
    expect((await ctx.store.getConversation(TENANT, keyless.id))?.handoffKey).toBe(moved?.handoffKey);
  });

  it('filters by last update: updatedBefore is inclusive, updatedAfter exclusive, both combine with status', async () => {
    const a = makeConversation({ status: 'open', updatedAt: iso(T0 + 1_000) });
    const b = makeConversation({ status: 'open', updatedAt: iso(T0 + 2_000) });
    const c = makeConversation({ status: 'human', updatedAt: iso(T0 + 3_000) });
    for (const conversation of [a, b, c]) await ctx.store.createConversation(conversation);
    const list = (query: Parameters<typeof ctx.store.listConversations>[1]) =>
      ctx.store.listConversations(TENANT, query).then(ids);
    expect(await list({ updatedBefore: iso(T0 + 2_000) })).toEqual([b.id, a.id]);
    expect(await list({ updatedAfter: iso(T0 + 2_000) })).toEqual([c.id]);
    expect(await list({ updatedAfter: iso(T0 + 1_000), updatedBefore: iso(T0 + 3_000) })).toEqual([
      c.id,
      b.id,
    ]);
    expect(await list({ updatedAfter: iso(T0 + 1_000), statuses: ['open'] })).toEqual([b.id]);
    expect(await list({ updatedBefore: iso(T0) })).toEqual([]);
  });

  it('updates a conversation: applies the patch, bumps version, refreshes updatedAt, keeps the rest', async () => {
    const conversation = makeConversation({ version: 4, meta: { alerts: ['keep_me'] } });
    await ctx.store.createConversation(conversation);
    const before = Date.now();
    const updated = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      {
        status: 'handoff_pending',
        temperature: 'hot',
        botKind: 'buyer',
        stateSince: iso(T0 + 7_000),
      },
      4,
    );
    expect(updated).toStrictEqual({
      ...conversation,
      status: 'handoff_pending',
      temperature: 'hot',
      botKind: 'buyer',
      stateSince: iso(T0 + 7_000),
      version: 5,
      updatedAt: updated!.updatedAt,
    });
    expect(Date.parse(updated!.updatedAt)).toBeGreaterThanOrEqual(before - 1_000);
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toStrictEqual(updated);
  });

  it('replaces JSON fields as a whole and round-trips them exactly', async () => {
    const conversation = makeConversation({
      meta: { alerts: ['a'], callActive: true },
      botState: { version: 1, x: [1] },
    });
    await ctx.store.createConversation(conversation);
    const meta = {
      botView: {
        botKind: 'buyer' as const,
        slotsFilled: ['budget'],
        slotsMissing: [],
        temperature: 'warm' as const,
        active: true,
        questionTurns: 0,
      },
      alerts: [],
      leadName: 'ünïcödé ✓',
      lifecycle: { outcome: 'qualified' as const, note: 'línea 2 ✓', closedBy: { id: 'a-1', name: 'Ana' } },
    };
    const listing = { id: 'mls-9', area: 'Bernal Heights' };
    const owner = { type: 'agent' as const, id: 'agent-9' };
    const updated = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { meta, botState: awkwardJson, listing, owner },
      0,
    );
    const stored = await ctx.store.getConversation(TENANT, conversation.id);
    for (const record of [updated, stored]) {
      expect(record?.meta).toStrictEqual(meta);
      expect(record?.botState).toStrictEqual(awkwardJson);
      expect(record?.listing).toStrictEqual(listing);
      expect(record?.owner).toStrictEqual(owner);
    }
  });

  it('moves an updated conversation to the front of the list', async () => {
    const first = makeConversation({ updatedAt: iso(T0 + 1_000) });
    const second = makeConversation({ updatedAt: iso(T0 + 2_000) });
    await ctx.store.createConversation(first);
    await ctx.store.createConversation(second);
    await ctx.store.updateConversation(TENANT, first.id, { temperature: 'warm' }, 0);
    expect(ids(await ctx.store.listConversations(TENANT))).toEqual([first.id, second.id]);
  });

  it('changes nothing when updated from the wrong tenant or with an unknown id', async () => {
    const conversation = makeConversation();
    await ctx.store.createConversation(conversation);
    expect(
      await ctx.store.updateConversation(OTHER_TENANT, conversation.id, { status: 'closed' }, 0),
    ).toBeNull();
    expect(await ctx.store.updateConversation(TENANT, uid('missing'), { status: 'closed' }, 0)).toBeNull();
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toStrictEqual(conversation);
  });

  it('compare-and-set: writes with the current version, refuses a stale one and writes nothing', async () => {
    const conversation = makeConversation({ version: 2 });
    await ctx.store.createConversation(conversation);
    const claimed = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { owner: { type: 'agent', id: 'agent-1' }, status: 'human' },
      2,
    );
    expect(claimed?.version).toBe(3);
    expect(claimed?.owner).toStrictEqual({ type: 'agent', id: 'agent-1' });

    const stale = await ctx.store.updateConversation(
      TENANT,
      conversation.id,
      { owner: { type: 'agent', id: 'agent-2' }, meta: { alerts: ['stolen'] } },
      2,
    );
    expect(stale).toBeNull();
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toStrictEqual(claimed);
    expect(await ctx.store.updateConversation(TENANT, uid('missing'), { status: 'closed' }, 0)).toBeNull();
  });

  it('lets exactly one of many concurrent compare-and-set claims on one version win', async () => {
    const conversation = makeConversation({ version: 10 });
    await ctx.store.createConversation(conversation);
    const agents = Array.from({ length: 25 }, (_, index) => `agent-${index}`);
    const results = await Promise.all(
      agents.map((id) =>
        ctx.store.updateConversation(
          TENANT,
          conversation.id,
          { owner: { type: 'agent', id }, status: 'human', meta: { leadName: id } },
          10,
        ),
      ),
    );
    const winners = results.filter((result) => result !== null);
    expect(winners).toHaveLength(1);
    const winner = winners[0]!;
    expect(winner.version).toBe(11);
    const stored = await ctx.store.getConversation(TENANT, conversation.id);
    expect(stored).toStrictEqual(winner);
    expect(stored?.meta).toStrictEqual({ leadName: winner.owner.id });
  });

  it('applies sequential compare-and-set updates of different fields, one version bump each', async () => {
    const conversation = makeConversation({ version: 0 });
    await ctx.store.createConversation(conversation);
    await ctx.store.updateConversation(TENANT, conversation.id, { temperature: 'hot' }, 0);
    await ctx.store.updateConversation(TENANT, conversation.id, { meta: { callActive: true } }, 1);
    await ctx.store.updateConversation(TENANT, conversation.id, { stateSince: iso(T0 + 9_000) }, 2);
    const stored = await ctx.store.getConversation(TENANT, conversation.id);
    expect(stored).toMatchObject({
      temperature: 'hot',
      meta: { callActive: true },
      stateSince: iso(T0 + 9_000),
    });
    expect(stored?.version).toBe(3);
  });

  it('lists by state oldest first, and pages either order by (updatedAt, id) with no gap or repeat', async () => {
    const made: ConversationRecord[] = [];
    // Five share one updatedAt, so the id breaks the tie.
    for (let i = 0; i < 12; i++) {
      const conversation = makeConversation({
        id: `page-${String(i).padStart(2, '0')}-${uid('c')}`,
        status: i % 3 === 0 ? 'handoff_pending' : 'open',
        updatedAt: iso(T0 + (i < 5 ? 0 : i) * 1_000),
      });
      made.push(conversation);
      await ctx.store.createConversation(conversation);
    }
    const key = (c: ConversationRecord) => `${c.updatedAt}|${c.id}`;
    const ascending = [...made].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const waiting = await ctx.store.listConversations(TENANT, {
      statuses: ['handoff_pending'],
      oldestFirst: true,
    });
    expect(ids(waiting)).toEqual(ids(ascending.filter((c) => c.status === 'handoff_pending')));

    for (const oldestFirst of [true, false]) {
      const seen: string[] = [];
      let after: { updatedAt: string; id: string } | undefined;
      for (let page = 0; page < 10; page++) {
        const rows = await ctx.store.listConversations(TENANT, {
          oldestFirst,
          limit: 5,
          ...(after ? { after } : {}),
        });
        seen.push(...ids(rows));
        const last = rows.at(-1);
        if (rows.length < 5 || !last) break;
        after = { updatedAt: last.updatedAt, id: last.id };
      }
      const expected = oldestFirst ? ascending : [...ascending].reverse();
      expect(seen).toEqual(ids(expected));
    }
  });
}
