import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../../src/analytics/events.js';
import { Dimension, DURATION_EDGES_MS } from '../../../src/analytics/rollups.js';
import { createSqliteStore } from '../../helpers/sqlite-store.js';
import type { Store } from '../../../src/store/types.js';
import { random } from '../../helpers/random.js';

/**
 * Property: on randomly generated event histories (seeded), the rollups the store keeps as events arrive equal a
 * brute-force recomputation from the raw events. The recomputation below is written apart from
 * src/analytics/rollups.ts (its own metric list, its own bucket search), so a slip in either shows.
 */

const TENANT = 'tenant-p';
const ONCE = new Set([
  'conversation_started',
  'first_bot_reply',
  'qualified',
  'first_agent_reply',
  'call_booked',
  'satisfaction_given',
  'compliance_alert',
]);

function history(seed: number, size: number): LeadEvent[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const events: LeadEvent[] = [];
  for (let index = 0; index < size; index++) {
    const at = new Date(Date.UTC(2025, 2, 1) + Math.floor(next() * 5 * 86_400_000)).toISOString();
    const conversationId = `c${Math.floor(next() * 12)}`;
    const scope = {
      tenantId: TENANT,
      leadId: `l-${conversationId}`,
      conversationId,
      at,
      ...(next() < 0.5 ? { agentId: pick(['ag-1', 'ag-2', 'ag-3']) } : {}),
      ...(next() < 0.7 ? { botKind: pick(['lead', 'buyer', 'seller'] as const) } : {}),
      ...(next() < 0.4 ? { listingId: pick(['mls-1', 'mls-2']) } : {}),
      ...(next() < 0.3 ? { variant: pick(['exp-1:control', 'exp-1:short']) } : {}),
    };
    // Some durations fall exactly on a histogram edge (an edge belongs to the bucket below it).
    const durationMs = next() < 0.2 ? pick(DURATION_EDGES_MS) : Math.floor(next() ** 3 * 10_000_000);
    const source = pick(['llm', 'rules'] as const);
    const choices: LeadEvent[] = [
      { type: 'conversation_started', ...scope },
      { type: 'first_bot_reply', ...scope, durationMs },
      {
        type: 'question_asked',
        ...scope,
        question: pick(['budget', 'beds', 'area']),
        ...(next() < 0.6 ? { previous: pick(['budget', 'beds']) } : {}),
      },
      { type: 'slot_filled', ...scope, slot: pick(['budget', 'beds']) },
      { type: 'qualified', ...scope },
      { type: 'handoff_requested', ...scope, reason: pick(['wants_person', 'legal', 'distress']) },
      { type: 'claimed', ...scope, durationMs },
      { type: 'first_agent_reply', ...scope, durationMs },
      { type: 'call_booked', ...scope },
      {
        type: 'outcome_set',
        ...scope,
        outcome: pick(['appointment_set', 'closed_won', 'lost']),
        ...(next() < 0.5 ? { price: Math.floor(next() * 1e6) } : {}),
        ...(next() < 0.3 ? { reason: 'price' } : {}),
      },
      { type: 'opted_out', ...scope },
      { type: 'compliance_alert', ...scope },
      { type: 'experiment_exposure', ...scope, variant: pick(['exp-1:control', 'exp-1:short', 'exp-2:a']) },
      { type: 'satisfaction_given', ...scope, rating: 1 + Math.floor(next() * 5) },
      { type: 'coaching_shown', ...scope, run: 1 + Math.floor(next() * 50), action: 'book_showing', source },
      {
        type: 'coaching_used',
        ...scope,
        run: 1 + Math.floor(next() * 50),
        action: 'reengage',
        source,
        match: pick(['clicked', 'similar'] as const),
      },
      {
        type: 'model_usage',
        ...scope,
        tokensIn: Math.floor(next() * 5_000),
        tokensOut: Math.floor(next() * 900),
        ...(next() < 0.5 ? { cacheReadTokens: Math.floor(next() * 8_000) } : {}),
        costUsd: Math.floor(next() * 10_000) / 1e6,
      },
    ];
    events.push(pick(choices));
  }
  return events;
}

type Table = Map<string, { n: number; total: number }>;

/** From the raw events alone: the first of each once-per-conversation type counts, every other event counts. */
function bruteForce(events: readonly LeadEvent[]): { table: Table; kept: LeadEvent[] } {
  const table: Table = new Map();
  const kept: LeadEvent[] = [];
  const seen = new Set<string>();
  const add = (key: string, total: number) => {
    const row = table.get(key) ?? { n: 0, total: 0 };
    table.set(key, { n: row.n + 1, total: row.total + total });
  };
  for (const event of events) {
    // Once per conversation, or (an exposure) once per lead and experiment: the experiment is before the colon.
    const exposure = event.type === 'experiment_exposure' ? event.variant.split(':')[0] : undefined;
    if (ONCE.has(event.type) || exposure) {
      const once = exposure
        ? `${event.type}|${event.leadId}|${exposure}`
        : `${event.type}|${event.conversationId}`;
      if (seen.has(once)) continue;
      seen.add(once);
    }
    kept.push(event);
    const metrics: [string, number][] = [];
    const duration = 'durationMs' in event ? event.durationMs : undefined;
    let value = 0;
    if (duration !== undefined) value = duration;
    if (event.type === 'outcome_set') value = event.price ?? 0;
    if (event.type === 'satisfaction_given') value = event.rating;
    if (event.type === 'model_usage') value = event.costUsd;
    metrics.push([`n:${event.type}`, value]);
    if (event.type === 'handoff_requested') metrics.push([`reason:${event.reason}`, 0]);
    if (event.type === 'satisfaction_given') metrics.push([`rating:${event.rating}`, 0]);
    if (event.type === 'outcome_set') {
      metrics.push([`outcome:${event.outcome}`, event.price ?? 0]);
      if (event.reason) metrics.push([`lost:${event.reason}`, 0]);
    }
    if (event.type === 'question_asked') {
      metrics.push([`asked:${event.question}`, 0]);
      if (event.previous) metrics.push([`passed:${event.previous}`, 0]);
    }
    if (event.type === 'model_usage') {
      metrics.push(['tokens_in', event.tokensIn], ['tokens_out', event.tokensOut]);
      if (event.cacheReadTokens) metrics.push(['tokens_cache_read', event.cacheReadTokens]);
    }
    if (event.type === 'coaching_shown') metrics.push([`coaching_shown:${event.source}`, 0]);
    if (event.type === 'coaching_used') metrics.push([`coaching_used:${event.source}:${event.match}`, 0]);
    if (duration !== undefined) {
      let bucket = 0;
      while (bucket < DURATION_EDGES_MS.length && duration > DURATION_EDGES_MS[bucket]!) bucket++;
      metrics.push([`hist:${event.type}:${bucket}`, 0]);
    }
    const keys: [string, string][] = [['tenant', '']];
    if (event.agentId) keys.push(['agent', event.agentId]);
    if (event.botKind) keys.push(['bot', event.botKind]);
    if (event.listingId) keys.push(['listing', event.listingId]);
    if (event.variant) keys.push(['variant', event.variant]);
    for (const [metric, total] of metrics) {
      for (const [dimension, key] of keys)
        add(`day|${dimension}|${event.at.slice(0, 10)}|${key}|${metric}`, total);
      add(`hour|tenant|${event.at.slice(0, 13)}|${''}|${metric}`, total);
    }
  }
  return { table, kept };
}

async function storedRollups(store: Store): Promise<Table> {
  const table: Table = new Map();
  for (const grain of ['day', 'hour'] as const)
    for (const dimension of Dimension)
      for (const row of await store.rollups(TENANT, { grain, dimension, from: '2000', to: '2100' }))
        table.set(`${grain}|${dimension}|${row.bucket}|${row.key}|${row.metric}`, {
          n: row.n,
          total: row.total,
        });
  return table;
}

/**
 * The per-agent rollup from the kept events alone: per agent (and per day when `byDay`), its claims, first replies,
 * bookings, closes (closed_won or listing_signed), outcomes, ratings and their sum, coaching shown (per source) and
 * used (per source and match), and
 * the two duration histograms, each bucket found by its own search over the edges.
 */
function bruteForceAgents(kept: readonly LeadEvent[], byDay: boolean): Map<string, Record<string, number>> {
  const table = new Map<string, Record<string, number>>();
  for (const event of kept) {
    if (!event.agentId) continue;
    const key = byDay ? `${event.at.slice(0, 10)}|${event.agentId}` : event.agentId;
    const row = table.get(key) ?? {};
    const add = (column: string, value = 1) => (row[column] = (row[column] ?? 0) + value);
    const bucketOf = (ms: number) => {
      let bucket = 0;
      while (bucket < DURATION_EDGES_MS.length && ms > DURATION_EDGES_MS[bucket]!) bucket++;
      return bucket;
    };
    if (event.type === 'claimed') {
      add('claimed');
      add(`claim_h${bucketOf(event.durationMs)}`);
    } else if (event.type === 'first_agent_reply') {
      add('first_replies');
      add(`reply_h${bucketOf(event.durationMs)}`);
    } else if (event.type === 'call_booked') add('booked');
    else if (event.type === 'outcome_set') {
      add('outcomes');
      if (['closed_won', 'listing_signed'].includes(event.outcome)) add('closed');
    } else if (event.type === 'satisfaction_given') {
      add('ratings');
      add('rating_total', event.rating);
    } else if (event.type === 'coaching_shown') add(`coaching_shown_${event.source}`);
    else if (event.type === 'coaching_used') add(`coaching_used_${event.source}_${event.match}`);
    else continue;
    table.set(key, row);
  }
  return table;
}

/** The store's per-agent rows as the brute force keeps them: only the non-zero counters. */
async function storedAgents(store: Store, from: string, to: string, agent?: string, byDay = false) {
  const rows = await store.agentRollups(TENANT, { from, to, ...(agent ? { agent } : {}), byDay });
  return new Map(
    rows.map(({ agent: id, day, counts }) => [
      byDay ? `${day}|${id}` : id,
      Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0)),
    ]),
  );
}

const sorted = (table: Table) =>
  [...table.entries()]
    .map(([key, { n, total }]) => [key, n, Math.round(total * 1e6) / 1e6] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('rollups (property: equal to a brute-force recomputation from the raw events)', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  it.each([1, 2, 3, 4, 5])('seed %i: 400 events appended in random batches', async (seed) => {
    const dir = await mkdtemp(join(tmpdir(), 'jorge-rollups-'));
    const store = createSqliteStore({ file: join(dir, 'hub.db') });
    cleanup = async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    };
    const events = history(seed, 400);
    const next = random(seed * 7_919);
    // Batches of 1 to 20, some sent at once (one group commit), some one after the other.
    const pending: Promise<number>[] = [];
    for (let index = 0; index < events.length;) {
      const size = 1 + Math.floor(next() * 20);
      pending.push(store.appendLeadEvents(events.slice(index, index + size)));
      index += size;
      if (next() < 0.5) await Promise.all(pending.splice(0));
    }
    await Promise.all(pending);
    const stored = await store.leadEvents(TENANT, {
      from: '2000-01-01T00:00:00Z',
      to: '2100-01-01T00:00:00Z',
      limit: 10_000,
    });
    const { table: expected, kept } = bruteForce(events);
    expect(stored.length).toBe(kept.length);
    expect(sorted(await storedRollups(store))).toEqual(sorted(expected));

    // The per-agent rollup: each day alone, the whole range, and one agent's filter.
    const byDay = bruteForceAgents(kept, true);
    for (let offset = 0; offset < 5; offset++) {
      const day = new Date(Date.UTC(2025, 2, 1 + offset)).toISOString().slice(0, 10);
      const expectedDay = new Map(
        [...byDay.entries()]
          .filter(([key]) => key.startsWith(`${day}|`))
          .map(([key, row]) => [key.slice(day.length + 1), row]),
      );
      expect(await storedAgents(store, day, day)).toEqual(expectedDay);
    }
    expect([...(await storedAgents(store, '2025-03-01', '2025-03-05', undefined, true))]).toEqual(
      [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const whole = bruteForceAgents(kept, false);
    expect(whole.size).toBeGreaterThan(0);
    expect(await storedAgents(store, '2025-03-01', '2025-03-05')).toEqual(whole);
    expect([...(await storedAgents(store, '2000-01-01', '2100-01-01')).keys()]).toEqual(
      [...whole.keys()].sort(),
    );
    expect(await storedAgents(store, '2025-03-01', '2025-03-05', 'ag-2')).toEqual(
      new Map([['ag-2', whole.get('ag-2')]]),
    );
  });
});
