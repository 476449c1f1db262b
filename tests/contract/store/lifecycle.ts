import { expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import {
  at,
  awkwardJson,
  type ContractContext,
  iso,
  makeConversation,
  makeFollowUp,
  makeFullLead,
  makeMessage,
  range,
  seqs,
  T0,
  TENANT,
  uid,
} from './fixtures.js';
import { unicodeTexts } from './messages.js';

const LEASE_MS = 60_000;

export function lifecycleContract(ctx: ContractContext): void {
  it('answers ping', async () => {
    await expect(ctx.store.ping()).resolves.toBeUndefined();
  });

  it('keeps every record across close and re-open, and carries on from where it was', async ({ skip }) => {
    const { reopen } = ctx.harness;
    if (!reopen) return skip('this adapter does not persist');
    const store = ctx.store;
    const lead = await store.createLead(makeFullLead());
    const created = await store.createConversation(
      makeConversation({ leadId: lead.id, botState: awkwardJson }),
    );
    const conversation = await store.updateConversation(
      TENANT,
      created.id,
      { meta: { leadName: 'ünï ✓' } },
      0,
    );
    const clientMsgId = uid('c');
    for (const [index, text] of unicodeTexts.entries()) {
      await store.appendMessage(
        TENANT,
        makeMessage(created.id, { text, clientMsgId: `${clientMsgId}-${index}` }),
      );
    }
    const [leased, sent, pending] = [
      makeFollowUp(created.id, { step: 1, dueAt: iso(T0 - 3) }),
      makeFollowUp(created.id, { step: 2, dueAt: iso(T0 - 2) }),
      makeFollowUp(created.id, { step: 3, dueAt: iso(T0 + 86_400_000) }),
    ];
    await store.scheduleFollowUps([leased, sent, pending]);
    await store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 2);
    await store.completeFollowUp(TENANT, sent.id, 'worker-1', 'sent');
    const before = await store.getConversation(TENANT, created.id);
    expect(before).toMatchObject({
      ...conversation,
      lastSeq: unicodeTexts.length,
      lastLeadSeq: unicodeTexts.length,
      updatedAt: before!.updatedAt,
    });
    const messages = await store.messagesAfter(TENANT, created.id, 0);
    const followUps = await store.listFollowUps(TENANT, created.id);

    const again = await reopen();
    expect(await again.getLead(TENANT, lead.id)).toStrictEqual(lead);
    expect(await again.getConversation(TENANT, created.id)).toStrictEqual(before);
    expect(await again.messagesAfter(TENANT, created.id, 0)).toStrictEqual(messages);
    expect(await again.listFollowUps(TENANT, created.id)).toStrictEqual(followUps);

    const repeat = await again.appendMessage(
      TENANT,
      makeMessage(created.id, { clientMsgId: `${clientMsgId}-0` }),
    );
    expect(repeat).toStrictEqual({ message: messages[0], duplicate: true });
    const next = await again.appendMessage(TENANT, makeMessage(created.id, { text: 'after restart' }));
    expect(next.message.seq).toBe(unicodeTexts.length + 1);
    expect(await again.updateConversation(TENANT, created.id, { status: 'human' }, 0)).toBeNull();
    expect(await again.updateConversation(TENANT, created.id, { status: 'human' }, 1)).not.toBeNull();
    expect(await again.claimDueFollowUps(at(1_000), 'worker-2', LEASE_MS, 10)).toEqual([]);
    expect(await again.completeFollowUp(TENANT, leased.id, 'worker-1', 'sent')).toBe(true);
  });

  it('shows one node’s writes to another node on the same data', async ({ skip }) => {
    const { openPeer } = ctx.harness;
    if (!openPeer) return skip('this adapter is not shared between nodes');
    const peer = await openPeer();
    const lead = await ctx.store.createLead(makeFullLead());
    const conversation = await ctx.store.createConversation(makeConversation({ leadId: lead.id }));
    const { message } = await ctx.store.appendMessage(
      TENANT,
      makeMessage(conversation.id, { clientMsgId: 'x' }),
    );
    expect(await peer.getLead(TENANT, lead.id)).toStrictEqual(lead);
    expect(await peer.findMessageByClientId(TENANT, conversation.id, 'x')).toStrictEqual(message);
    const updated = await peer.updateConversation(TENANT, conversation.id, { status: 'human' }, 0);
    expect(await ctx.store.getConversation(TENANT, conversation.id)).toStrictEqual(updated);
  });

  it('keeps seq gapless and clientMsgId unique when two nodes append at once', async ({ skip }) => {
    const { openPeer } = ctx.harness;
    if (!openPeer) return skip('this adapter is not shared between nodes');
    const nodes: Store[] = [ctx.store, await openPeer()];
    const { id } = await ctx.store.createConversation(makeConversation());
    // m-1..m-20 are sent twice, each time through the other node.
    const nodeFor = (n: number) => nodes[(n + Math.floor(n / 100)) % 2]!;
    const results = await Promise.all(
      range(1, 120).map((n) =>
        nodeFor(n).appendMessage(TENANT, makeMessage(id, { clientMsgId: `m-${n % 100}`, text: `m${n}` })),
      ),
    );
    expect(results.filter((result) => !result.duplicate)).toHaveLength(100);
    expect(seqs(await ctx.store.messagesAfter(TENANT, id, 0))).toEqual(range(1, 100));
    expect((await nodes[1]!.getConversation(TENANT, id))?.lastSeq).toBe(100);
    const firstById = new Map(
      results.filter((r) => !r.duplicate).map((r) => [r.message.clientMsgId, r.message]),
    );
    for (const result of results)
      expect(result.message).toStrictEqual(firstById.get(result.message.clientMsgId));
  });

  it('lets one node win a compare-and-set race and never leases a job to two nodes', async ({ skip }) => {
    const { openPeer } = ctx.harness;
    if (!openPeer) return skip('this adapter is not shared between nodes');
    const nodes: Store[] = [ctx.store, await openPeer()];
    const { id } = await ctx.store.createConversation(makeConversation());
    const claims = await Promise.all(
      range(1, 10).map((n) =>
        nodes[n % 2]!.updateConversation(TENANT, id, { owner: { type: 'agent', id: `agent-${n}` } }, 0),
      ),
    );
    expect(claims.filter((claim) => claim !== null)).toHaveLength(1);

    await ctx.store.scheduleFollowUps(
      range(1, 40).map((step) => makeFollowUp(id, { step, dueAt: iso(T0 - step) })),
    );
    const batches = await Promise.all(
      range(1, 8).map((n) => nodes[n % 2]!.claimDueFollowUps(at(0), `worker-${n}`, LEASE_MS, 5)),
    );
    const rest = await nodes[0]!.claimDueFollowUps(at(0), 'sweeper', LEASE_MS, 40);
    const claimed = [...batches.flat(), ...rest].map((job) => job.id);
    expect(batches.every((batch) => batch.length <= 5)).toBe(true);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed).toHaveLength(40);
  });
}
