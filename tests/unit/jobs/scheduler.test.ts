import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planFollowUps } from '../../../src/bots/nurture.js';
import { createFollowUpScheduler, type SchedulerLogger } from '../../../src/jobs/scheduler.js';
import { createLogger } from '../../../src/logger.js';
import { createSqliteStore } from '../../helpers/sqlite-store.js';
import type { FollowUpJob, Store } from '../../../src/store/types.js';

const LA = 'America/Los_Angeles';
const DAY = 86_400_000;
const logger: SchedulerLogger = createLogger('silent');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempStore(): { file: string; store: Store } {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-jobs-'));
  const file = join(dir, 'hub.db');
  const store = createSqliteStore({ file });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => store.close());
  return { file, store };
}

function openStore(file: string): Store {
  const store = createSqliteStore({ file });
  cleanups.push(() => store.close());
  return store;
}

/** A controllable clock. */
function clockAt(iso: string) {
  let nowMs = Date.parse(iso);
  return {
    clock: () => new Date(nowMs),
    set: (next: string) => {
      nowMs = Date.parse(next);
    },
    advance: (ms: number) => {
      nowMs += ms;
    },
    get nowMs() {
      return nowMs;
    },
  };
}

async function scheduleNurture(
  store: Store,
  conversationId: string,
  lastLeadMessageMs: number,
): Promise<void> {
  const plan = planFollowUps({
    lastLeadMessageMs,
    temperature: 'warm',
    timeZone: LA,
    lang: 'en',
    agentName: 'Jorge Salas',
    market: 'Rancho Cucamonga, CA',
  });
  await store.scheduleFollowUps(
    plan.map((step) => ({
      id: `${conversationId}:fu:${step.step}`,
      tenantId: 'demo',
      conversationId,
      step: step.step,
      dueAt: new Date(step.dueAtMs).toISOString(),
      status: 'pending',
      attempts: 0,
      payload: { text: step.text, timeZone: LA },
    })),
  );
}

describe('follow-up scheduler', () => {
  it('sends each step when due, in order, and nothing early', async () => {
    const { store } = tempStore();
    const time = clockAt('2025-03-10T18:00:00Z');
    await scheduleNurture(store, 'c1', time.nowMs);
    const sent: FollowUpJob[] = [];
    const scheduler = createFollowUpScheduler({
      store,
      nodeId: 'node-a',
      clock: time.clock,
      leaseMs: 30_000,
      intervalMs: 1_000,
      deliver: async (job) => void sent.push(job),
      logger,
    });
    expect((await scheduler.tick()).sent).toBe(0);
    time.advance(3 * DAY - 1);
    expect((await scheduler.tick()).sent).toBe(0);
    time.advance(1);
    expect((await scheduler.tick()).sent).toBe(1);
    expect(sent.map((job) => job.step)).toEqual([3]);
    expect(sent[0]!.payload.text).toContain('Jorge Salas');
    time.advance(27 * DAY);
    await scheduler.tick();
    expect(sent.map((job) => job.step)).toEqual([3, 7, 14, 30]);
    expect((await store.listFollowUps('demo', 'c1')).map((job) => job.status)).toEqual([
      'sent',
      'sent',
      'sent',
      'sent',
    ]);
  });

  it('postpones a job that comes due in quiet hours to 08:00 local and sends it then', async () => {
    const { store } = tempStore();
    const time = clockAt('2025-03-14T04:30:00Z'); // 21:30 PDT
    await store.scheduleFollowUps([
      {
        id: 'q1',
        tenantId: 'demo',
        conversationId: 'c2',
        step: 3,
        dueAt: '2025-03-14T04:00:00Z',
        status: 'pending',
        attempts: 0,
        payload: {},
      },
    ]);
    const sent: string[] = [];
    const scheduler = createFollowUpScheduler({
      store,
      nodeId: 'node-a',
      clock: time.clock,
      leaseMs: 30_000,
      intervalMs: 1_000,
      deliver: async (job) => void sent.push(job.id),
      logger,
      timeZoneOf: () => LA,
    });
    expect(await scheduler.tick()).toMatchObject({ sent: 0, postponed: 1 });
    const [job] = await store.listFollowUps('demo', 'c2');
    expect(job!.dueAt).toBe('2025-03-14T15:00:00.000Z');
    expect(job!.status).toBe('pending');
    time.set('2025-03-14T14:59:00Z');
    expect((await scheduler.tick()).sent).toBe(0);
    time.set('2025-03-14T15:00:00Z');
    expect((await scheduler.tick()).sent).toBe(1);
    expect(sent).toEqual(['q1']);
  });

  it("uses each tenant's own quiet hours, read at the tick (a settings change applies at once)", async () => {
    const { store } = tempStore();
    const time = clockAt('2025-03-14T01:30:00Z'); // 18:30 PDT: quiet for a tenant whose quiet hours start at 18
    const job = (id: string, tenantId: string): FollowUpJob => ({
      id,
      tenantId,
      conversationId: `c-${id}`,
      step: 3,
      dueAt: '2025-03-14T01:00:00Z',
      status: 'pending',
      attempts: 0,
      payload: {},
    });
    await store.scheduleFollowUps([job('early', 'early-team'), job('usual', 'demo')]);
    const quietFrom: Record<string, number> = { 'early-team': 18 };
    const sent: string[] = [];
    const scheduler = createFollowUpScheduler({
      store,
      nodeId: 'node-a',
      clock: time.clock,
      leaseMs: 30_000,
      intervalMs: 1_000,
      deliver: async (due) => void sent.push(due.id),
      logger,
      timeZoneOf: () => LA,
      quietHoursOf: (tenantId) =>
        quietFrom[tenantId] === undefined ? undefined : { startHour: quietFrom[tenantId], endHour: 7 },
    });
    expect(await scheduler.tick()).toMatchObject({ sent: 1, postponed: 1 });
    expect(sent).toEqual(['usual']);
    const [postponed] = await store.listFollowUps('early-team', 'c-early');
    expect(postponed!.dueAt).toBe('2025-03-14T14:00:00.000Z'); // 07:00 PDT
  });

  it('a lead reply cancels the remaining steps', async () => {
    const { store } = tempStore();
    const time = clockAt('2025-03-10T18:00:00Z');
    await scheduleNurture(store, 'c3', time.nowMs);
    const sent: number[] = [];
    const scheduler = createFollowUpScheduler({
      store,
      nodeId: 'node-a',
      clock: time.clock,
      leaseMs: 30_000,
      intervalMs: 1_000,
      deliver: async (job) => void sent.push(job.step),
      logger,
    });
    time.advance(3 * DAY);
    await scheduler.tick();
    expect(await store.cancelFollowUps('demo', 'c3')).toBe(3);
    time.advance(40 * DAY);
    await scheduler.tick();
    expect(sent).toEqual([3]);
    expect((await store.listFollowUps('demo', 'c3')).map((job) => job.status)).toEqual([
      'sent',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('retries a failed delivery later and cancels after the last attempt', async () => {
    const { store } = tempStore();
    const time = clockAt('2025-03-10T18:00:00Z');
    await store.scheduleFollowUps([
      {
        id: 'r1',
        tenantId: 'demo',
        conversationId: 'c4',
        step: 3,
        dueAt: '2025-03-10T18:00:00Z',
        status: 'pending',
        attempts: 0,
        payload: {},
      },
    ]);
    let calls = 0;
    const scheduler = createFollowUpScheduler({
      store,
      nodeId: 'node-a',
      clock: time.clock,
      leaseMs: 30_000,
      intervalMs: 1_000,
      deliver: async () => {
        calls += 1;
        throw new Error('CRM down');
      },
      logger,
      maxAttempts: 2,
      retryDelayMs: 60_000,
    });
    expect(await scheduler.tick()).toMatchObject({ retried: 1 });
    expect((await scheduler.tick()).retried).toBe(0);
    time.advance(60_000);
    expect(await scheduler.tick()).toMatchObject({ cancelled: 1 });
    expect(calls).toBe(2);
    expect((await store.listFollowUps('demo', 'c4'))[0]!.status).toBe('cancelled');
  });

  it('two scheduler instances over one store send each follow-up exactly once', async () => {
    const { file, store: seedStore } = tempStore();
    const time = clockAt('2025-03-10T18:00:00Z');
    for (let i = 0; i < 25; i += 1) await scheduleNurture(seedStore, `conv-${i}`, time.nowMs);
    const deliveries: string[] = [];
    const make = (nodeId: string) =>
      createFollowUpScheduler({
        store: openStore(file),
        nodeId,
        clock: time.clock,
        leaseMs: 60_000,
        intervalMs: 1_000,
        batchSize: 7,
        deliver: async (job) => {
          deliveries.push(job.id);
          await new Promise((resolve) => setImmediate(resolve));
        },
        logger,
      });
    const a = make('node-a');
    const b = make('node-b');
    for (const day of [3, 7, 14, 30]) {
      time.set(new Date(Date.parse('2025-03-10T18:00:00Z') + day * DAY).toISOString());
      const [resultA, resultB] = await Promise.all([a.tick(), b.tick()]);
      expect(resultA.sent + resultB.sent).toBe(25);
      expect(resultA.lost + resultB.lost).toBe(0);
      expect(resultA.sent).toBeGreaterThan(0);
      expect(resultB.sent).toBeGreaterThan(0);
    }
    expect(deliveries).toHaveLength(100);
    expect(new Set(deliveries).size).toBe(100);
  });

  it('start() ticks on its own until stop()', async () => {
    const { store } = tempStore();
    const time = clockAt('2025-03-10T18:00:00Z');
    await store.scheduleFollowUps([
      {
        id: 's1',
        tenantId: 'demo',
        conversationId: 'c5',
        step: 3,
        dueAt: '2025-03-10T17:00:00Z',
        status: 'pending',
        attempts: 0,
        payload: {},
      },
    ]);
    let resolveDelivered!: (id: string) => void;
    const delivered = new Promise<string>((resolve) => {
      resolveDelivered = resolve;
    });
    const scheduler = createFollowUpScheduler({
      store,
      nodeId: 'node-a',
      clock: time.clock,
      leaseMs: 30_000,
      intervalMs: 5,
      deliver: async (job) => resolveDelivered(job.id),
      logger,
    });
    scheduler.start();
    cleanups.push(() => scheduler.stop());
    expect(await delivered).toBe('s1');
    await expect.poll(async () => (await store.listFollowUps('demo', 'c5'))[0]!.status).toBe('sent');
    await scheduler.stop();
  });
});
