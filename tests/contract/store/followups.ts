import { expect, it } from 'vitest';
import type { FollowUpJob } from '../../../src/store/types.js';
import {
  at,
  awkwardJson,
  type ContractContext,
  iso,
  makeConversation,
  makeFollowUp,
  OTHER_TENANT,
  range,
  T0,
  TENANT,
  uid,
} from './fixtures.js';

const LEASE_MS = 60_000;
const jobIds = (jobs: FollowUpJob[]): string[] => jobs.map((job) => job.id);

export function followUpContract(ctx: ContractContext): void {
  async function conversation(tenantId = TENANT): Promise<string> {
    return (await ctx.store.createConversation(makeConversation({ tenantId }))).id;
  }
  async function schedule(jobs: FollowUpJob[]): Promise<FollowUpJob[]> {
    await ctx.store.scheduleFollowUps(jobs);
    return jobs;
  }

  it('schedules follow-ups and lists a conversation’s jobs by due time, exactly as written', async () => {
    const id = await conversation();
    const day14 = makeFollowUp(id, { step: 3, dueAt: iso(T0 + 14 * 86_400_000), payload: awkwardJson });
    const day3 = makeFollowUp(id, {
      step: 1,
      dueAt: iso(T0 + 3 * 86_400_000),
      payload: { template: 'día 3 ✓' },
    });
    const day7 = makeFollowUp(id, { step: 2, dueAt: iso(T0 + 7 * 86_400_000) });
    await schedule([day14, day3, day7]);
    await schedule([]);
    expect(await ctx.store.listFollowUps(TENANT, id)).toStrictEqual([day3, day7, day14]);
    expect(await ctx.store.listFollowUps(TENANT, await conversation())).toEqual([]);
  });

  it('hides follow-ups from the wrong tenant', async () => {
    const id = await conversation();
    await schedule([makeFollowUp(id)]);
    expect(await ctx.store.listFollowUps(OTHER_TENANT, id)).toEqual([]);
  });

  it('ignores a job scheduled again with the same id', async () => {
    const id = await conversation();
    const job = makeFollowUp(id, { payload: { first: true } });
    await schedule([job]);
    await schedule([{ ...job, payload: { first: false }, dueAt: iso(T0 + 1) }]);
    expect(await ctx.store.listFollowUps(TENANT, id)).toStrictEqual([job]);
  });

  it('cancels only the pending jobs of the conversation and tenant, and counts them', async () => {
    const id = await conversation();
    const other = await conversation();
    const [sent, pendingA, pendingB] = await schedule([
      makeFollowUp(id, { step: 1, dueAt: iso(T0 - 1_000) }),
      makeFollowUp(id, { step: 2, dueAt: iso(T0 + 1_000) }),
      makeFollowUp(id, { step: 3, dueAt: iso(T0 + 2_000) }),
    ]);
    const [untouched] = await schedule([makeFollowUp(other, { dueAt: iso(T0 + 5_000) })]);
    const [claimed] = await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 1);
    expect(claimed?.id).toBe(sent!.id);
    expect(await ctx.store.completeFollowUp(TENANT, sent!.id, 'worker-1', 'sent')).toBe(true);

    expect(await ctx.store.cancelFollowUps(OTHER_TENANT, id)).toBe(0);
    expect(await ctx.store.cancelFollowUps(TENANT, id)).toBe(2);
    expect(await ctx.store.cancelFollowUps(TENANT, id)).toBe(0);
    const statuses = (await ctx.store.listFollowUps(TENANT, id)).map((job) => [job.id, job.status]);
    expect(statuses).toEqual([
      [sent!.id, 'sent'],
      [pendingA!.id, 'cancelled'],
      [pendingB!.id, 'cancelled'],
    ]);
    expect((await ctx.store.listFollowUps(TENANT, other))[0]?.status).toBe(untouched!.status);
    expect(jobIds(await ctx.store.claimDueFollowUps(at(86_400_000), 'worker-2', LEASE_MS, 10))).toEqual([
      untouched!.id,
    ]);
  });

  it('claims only due jobs, earliest first, up to the limit, and leases them', async () => {
    const id = await conversation();
    const [late, early, exact, future] = await schedule([
      makeFollowUp(id, { step: 3, dueAt: iso(T0 - 1_000) }),
      makeFollowUp(id, { step: 1, dueAt: iso(T0 - 5_000) }),
      makeFollowUp(id, { step: 4, dueAt: iso(T0) }),
      makeFollowUp(id, { step: 5, dueAt: iso(T0 + 1) }),
    ]);
    const claimed = await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 2);
    expect(claimed).toStrictEqual([
      { ...early!, leaseOwner: 'worker-1', leaseUntil: iso(T0 + LEASE_MS), attempts: 1 },
      { ...late!, leaseOwner: 'worker-1', leaseUntil: iso(T0 + LEASE_MS), attempts: 1 },
    ]);
    expect(jobIds(await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 10))).toEqual([exact!.id]);
    expect(await ctx.store.claimDueFollowUps(at(0), 'worker-2', LEASE_MS, 10)).toEqual([]);
    const listed = await ctx.store.listFollowUps(TENANT, id);
    expect(listed.find((job) => job.id === early!.id)).toStrictEqual(claimed[0]);
    expect(listed.find((job) => job.id === future!.id)).toStrictEqual(future);
  });

  it('never hands out a live lease, and lets another owner take an expired one', async () => {
    const id = await conversation();
    const [job] = await schedule([makeFollowUp(id)]);
    expect(jobIds(await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 10))).toEqual([job!.id]);
    expect(await ctx.store.claimDueFollowUps(at(LEASE_MS / 2), 'worker-2', LEASE_MS, 10)).toEqual([]);
    expect(await ctx.store.claimDueFollowUps(at(LEASE_MS / 2), 'worker-1', LEASE_MS, 10)).toEqual([]);

    const retaken = await ctx.store.claimDueFollowUps(at(LEASE_MS + 1), 'worker-2', LEASE_MS, 10);
    expect(retaken).toStrictEqual([
      { ...job!, leaseOwner: 'worker-2', leaseUntil: iso(T0 + 2 * LEASE_MS + 1), attempts: 2 },
    ]);
    expect(await ctx.store.completeFollowUp(TENANT, job!.id, 'worker-1', 'sent')).toBe(false);
    expect(await ctx.store.postponeFollowUp(TENANT, job!.id, 'worker-1', at(86_400_000))).toBe(false);
    expect((await ctx.store.listFollowUps(TENANT, id))[0]).toStrictEqual(retaken[0]);
    expect(await ctx.store.completeFollowUp(TENANT, job!.id, 'worker-2', 'sent')).toBe(true);
  });

  it('never gives the same job to two owners claiming at once', async () => {
    const id = await conversation();
    const jobs = await schedule(
      range(1, 30).map((step) => makeFollowUp(id, { step, dueAt: iso(T0 - step) })),
    );
    const [a, b] = await Promise.all([
      ctx.store.claimDueFollowUps(at(0), 'worker-a', LEASE_MS, 20),
      ctx.store.claimDueFollowUps(at(0), 'worker-b', LEASE_MS, 20),
    ]);
    expect(a.length).toBeLessThanOrEqual(20);
    expect(b.length).toBeLessThanOrEqual(20);
    expect(a.every((job) => job.leaseOwner === 'worker-a')).toBe(true);
    expect(b.every((job) => job.leaseOwner === 'worker-b')).toBe(true);
    const rest = await ctx.store.claimDueFollowUps(at(0), 'worker-c', LEASE_MS, 30);
    const all = [...jobIds(a), ...jobIds(b), ...jobIds(rest)];
    expect(all).toHaveLength(jobs.length);
    expect(new Set(all)).toEqual(new Set(jobIds(jobs)));
  });

  it('completes a leased job as sent: it leaves the queue for good', async () => {
    const id = await conversation();
    const [job] = await schedule([makeFollowUp(id)]);
    await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 10);
    expect(await ctx.store.completeFollowUp(TENANT, job!.id, 'worker-2', 'sent')).toBe(false);
    expect(await ctx.store.completeFollowUp(TENANT, job!.id, 'worker-1', 'sent')).toBe(true);
    expect((await ctx.store.listFollowUps(TENANT, id))[0]?.status).toBe('sent');
    expect(await ctx.store.claimDueFollowUps(at(10 * LEASE_MS), 'worker-2', LEASE_MS, 10)).toEqual([]);
    expect(await ctx.store.completeFollowUp(TENANT, uid('missing'), 'worker-1', 'sent')).toBe(false);
  });

  it('completes a leased job as cancelled', async () => {
    const id = await conversation();
    const [job] = await schedule([makeFollowUp(id)]);
    await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 10);
    expect(await ctx.store.completeFollowUp(TENANT, job!.id, 'worker-1', 'cancelled')).toBe(true);
    expect((await ctx.store.listFollowUps(TENANT, id))[0]?.status).toBe('cancelled');
    expect(await ctx.store.claimDueFollowUps(at(10 * LEASE_MS), 'worker-2', LEASE_MS, 10)).toEqual([]);
  });

  it('does not complete or postpone a job that was never leased', async () => {
    const id = await conversation();
    const [job] = await schedule([makeFollowUp(id)]);
    expect(await ctx.store.completeFollowUp(TENANT, job!.id, 'worker-1', 'sent')).toBe(false);
    expect(await ctx.store.postponeFollowUp(TENANT, job!.id, 'worker-1', at(1_000))).toBe(false);
    expect(await ctx.store.listFollowUps(TENANT, id)).toStrictEqual([job]);
  });

  it('does not complete or postpone a job cancelled while leased', async () => {
    const id = await conversation();
    const [job] = await schedule([makeFollowUp(id)]);
    await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 10);
    expect(await ctx.store.cancelFollowUps(TENANT, id)).toBe(1);
    expect(await ctx.store.completeFollowUp(TENANT, job!.id, 'worker-1', 'sent')).toBe(false);
    expect(await ctx.store.postponeFollowUp(TENANT, job!.id, 'worker-1', at(1_000))).toBe(false);
    expect((await ctx.store.listFollowUps(TENANT, id))[0]?.status).toBe('cancelled');
  });

  it('postpones a leased job: it is due again only at the new time, for any owner', async () => {
    const id = await conversation();
    const [job] = await schedule([makeFollowUp(id)]);
    await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 10);
    const later = at(8 * 3_600_000);
    expect(await ctx.store.postponeFollowUp(TENANT, job!.id, 'worker-2', later)).toBe(false);
    expect(await ctx.store.postponeFollowUp(TENANT, job!.id, 'worker-1', later)).toBe(true);
    const [postponed] = await ctx.store.listFollowUps(TENANT, id);
    expect(postponed).toMatchObject({ id: job!.id, status: 'pending', dueAt: later.toISOString() });
    expect(
      await ctx.store.claimDueFollowUps(new Date(later.getTime() - 1), 'worker-2', LEASE_MS, 10),
    ).toEqual([]);
    expect(jobIds(await ctx.store.claimDueFollowUps(later, 'worker-2', LEASE_MS, 10))).toEqual([job!.id]);
  });

  it('claims due jobs across conversations and tenants', async () => {
    const mine = await conversation();
    const theirs = await conversation(OTHER_TENANT);
    const jobs = await schedule([
      makeFollowUp(mine, { dueAt: iso(T0 - 2) }),
      makeFollowUp(theirs, { tenantId: OTHER_TENANT, dueAt: iso(T0 - 1) }),
    ]);
    const claimed = await ctx.store.claimDueFollowUps(at(0), 'worker-1', LEASE_MS, 10);
    expect(jobIds(claimed)).toEqual(jobIds(jobs));
    expect(claimed.map((job) => job.tenantId)).toEqual([TENANT, OTHER_TENANT]);
  });
}
