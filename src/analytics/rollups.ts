import type { LeadEvent, LeadEventType } from './events.js';

/**
 * Rollups (docs/ANALYTICS.md): counters per tenant, kept up to date by the same transaction that appends each event,
 * so a report reads a few rows per day instead of scanning events. A row is (grain, bucket, dimension, key, metric)
 * → (n, total): n counts, total sums the metric's value (a duration in ms, a price, a cost, a rating).
 */
export const Dimension = ['tenant', 'agent', 'bot', 'listing', 'variant'] as const;
export type Dimension = (typeof Dimension)[number];
export const Grain = ['day', 'hour'] as const;
export type Grain = (typeof Grain)[number];

export interface RollupIncrement {
  grain: Grain;
  /** UTC `YYYY-MM-DD` for a day, `YYYY-MM-DDTHH` for an hour. */
  bucket: string;
  dimension: Dimension;
  /** The agent's id, bot kind, listing id or variant; '' for the tenant. */
  key: string;
  metric: string;
  n: number;
  total: number;
}

/**
 * Upper edges (ms) of the duration histogram's buckets; the last bucket is open. A median or p90 read from the
 * rollups is the upper edge of the bucket that holds it (docs/ANALYTICS.md).
 */
export const DURATION_EDGES_MS = [
  5_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000,
  14_400_000, 28_800_000, 86_400_000,
] as const;
export const durationBucket = (ms: number): number => {
  const index = DURATION_EDGES_MS.findIndex((edge) => ms <= edge);
  return index === -1 ? DURATION_EDGES_MS.length : index;
};

/** The events whose duration the reports give as median and p90. */
export const TIMED_EVENTS: ReadonlySet<LeadEventType> = new Set([
  'first_bot_reply',
  'claimed',
  'first_agent_reply',
]);

/** The metrics one event adds, before they are spread over grains and dimensions. */
function metricsOf(event: LeadEvent): { metric: string; total: number }[] {
  const count = (metric: string, total = 0) => ({ metric, total });
  const metrics = [count(`n:${event.type}`, valueOf(event))];
  switch (event.type) {
    case 'handoff_requested':
      metrics.push(count(`reason:${event.reason}`));
      break;
    case 'outcome_set':
      metrics.push(count(`outcome:${event.outcome}`, event.price ?? 0));
      if (event.reason) metrics.push(count(`lost:${event.reason}`));
      break;
    case 'question_asked':
      metrics.push(count(`asked:${event.question}`));
      if (event.previous) metrics.push(count(`passed:${event.previous}`));
      break;
    case 'model_usage':
      metrics.push(count('tokens_in', event.tokensIn), count('tokens_out', event.tokensOut));
      if (event.cacheReadTokens) metrics.push(count('tokens_cache_read', event.cacheReadTokens));
      break;
    case 'satisfaction_given':
      metrics.push(count(`rating:${event.rating}`));
      break;
    case 'coaching_shown':
      metrics.push(count(`coaching_shown:${event.source}`));
      break;
    case 'coaching_used':
      metrics.push(count(`coaching_used:${event.source}:${event.match}`));
      break;
    case 'first_bot_reply':
    case 'claimed':
    case 'first_agent_reply':
      metrics.push(count(`hist:${event.type}:${durationBucket(event.durationMs)}`));
      break;
    default:
      break;
  }
  return metrics;
}

/** The value an event's `n:<type>` row sums. */
function valueOf(event: LeadEvent): number {
  switch (event.type) {
    case 'first_bot_reply':
    case 'claimed':
    case 'first_agent_reply':
      return event.durationMs;
    case 'outcome_set':
      return event.price ?? 0;
    case 'satisfaction_given':
      return event.rating;
    case 'model_usage':
      return event.costUsd;
    default:
      return 0;
  }
}

/** The dimensions an event counts under: always the tenant, and each of agent, bot, listing, variant it names. */
function dimensionsOf(event: LeadEvent): { dimension: Dimension; key: string }[] {
  const dimensions: { dimension: Dimension; key: string }[] = [{ dimension: 'tenant', key: '' }];
  if (event.agentId) dimensions.push({ dimension: 'agent', key: event.agentId });
  if (event.botKind) dimensions.push({ dimension: 'bot', key: event.botKind });
  if (event.listingId) dimensions.push({ dimension: 'listing', key: event.listingId });
  if (event.variant) dimensions.push({ dimension: 'variant', key: event.variant });
  return dimensions;
}

/**
 * Every rollup row an event adds to: each metric under each dimension by day, and under the tenant also by hour
 * (the hourly chart). Buckets are UTC.
 */
export function rollupIncrements(event: LeadEvent): RollupIncrement[] {
  const day = event.at.slice(0, 10);
  const hour = event.at.slice(0, 13);
  const increments: RollupIncrement[] = [];
  for (const { metric, total } of metricsOf(event)) {
    for (const { dimension, key } of dimensionsOf(event))
      increments.push({ grain: 'day', bucket: day, dimension, key, metric, n: 1, total });
    increments.push({ grain: 'hour', bucket: hour, dimension: 'tenant', key: '', metric, n: 1, total });
  }
  return increments;
}

/**
 * The per-agent rollup (the `agents` report): one row per tenant, UTC day and agent, a counter per column, kept up
 * to date by the transaction that appends each event that names an agent. Durations are kept as the timings'
 * histogram (DURATION_EDGES_MS, one column per bucket), so days add up and a median or p90 is read as the upper
 * edge of its bucket, the same resolution as the `timings` report.
 */
export const AGENT_COUNTERS = [
  'claimed',
  'first_replies',
  'booked',
  'closed',
  'outcomes',
  'ratings',
  'rating_total',
  'coaching_shown_llm',
  'coaching_shown_rules',
  'coaching_used_llm_clicked',
  'coaching_used_llm_similar',
  'coaching_used_rules_clicked',
  'coaching_used_rules_similar',
] as const;
export type AgentCounter = (typeof AGENT_COUNTERS)[number];
/** The histogram columns: `claim_h<bucket>` (time to claim), `reply_h<bucket>` (agent first-reply time). */
export const AGENT_HISTOGRAMS = ['claim', 'reply'] as const;
export type AgentHistogram = (typeof AGENT_HISTOGRAMS)[number];
export const agentHistogramColumn = (histogram: AgentHistogram, bucket: number) =>
  `${histogram}_h${bucket}` as const;
export type AgentColumn = AgentCounter | ReturnType<typeof agentHistogramColumn>;
/** Every column of an agent-day row, in a fixed order (the SQLite table's, the MongoDB document's counters). */
export const AGENT_COLUMNS: readonly AgentColumn[] = [
  ...AGENT_COUNTERS,
  ...AGENT_HISTOGRAMS.flatMap((histogram) =>
    Array.from({ length: DURATION_EDGES_MS.length + 1 }, (_, bucket) =>
      agentHistogramColumn(histogram, bucket),
    ),
  ),
];

export interface AgentDayIncrement {
  /** UTC `YYYY-MM-DD`. */
  day: string;
  agentId: string;
  counts: Partial<Record<AgentColumn, number>>;
}

/** What one event adds to its agent's day, or undefined when it names no agent or counts in no column. */
export function agentDayIncrement(event: LeadEvent): AgentDayIncrement | undefined {
  if (!event.agentId) return undefined;
  const counts: Partial<Record<AgentColumn, number>> = {};
  switch (event.type) {
    case 'claimed':
      counts.claimed = 1;
      counts[agentHistogramColumn('claim', durationBucket(event.durationMs))] = 1;
      break;
    case 'first_agent_reply':
      counts.first_replies = 1;
      counts[agentHistogramColumn('reply', durationBucket(event.durationMs))] = 1;
      break;
    case 'call_booked':
      counts.booked = 1;
      break;
    case 'outcome_set':
      counts.outcomes = 1;
      if (event.outcome === 'closed_won' || event.outcome === 'listing_signed') counts.closed = 1;
      break;
    case 'satisfaction_given':
      counts.ratings = 1;
      counts.rating_total = event.rating;
      break;
    case 'coaching_shown':
      counts[`coaching_shown_${event.source}`] = 1;
      break;
    case 'coaching_used':
      counts[`coaching_used_${event.source}_${event.match}`] = 1;
      break;
    default:
      return undefined;
  }
  return { day: event.at.slice(0, 10), agentId: event.agentId, counts };
}
