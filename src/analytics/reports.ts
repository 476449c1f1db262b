import { z } from 'zod';
import { HubError } from '../errors.js';
import type { RollupQuery, RollupRow, Store } from '../store/types.js';
import {
  AGENT_COUNTERS,
  agentHistogramColumn,
  DURATION_EDGES_MS,
  type AgentColumn,
  type AgentHistogram,
  type Dimension,
} from './rollups.js';

/**
 * The Reports (docs/ANALYTICS.md): every report is a table read from the rollups, never from the raw events, so a
 * page view reads a few rows per day. Each answer is `{ report, from, to, columns, rows }`; the CSV export is the
 * same table.
 */
export const ReportName = [
  'funnel',
  'timings',
  'handoffs',
  'dropoff',
  'agents',
  'cost',
  'optouts',
  'coaching',
  'satisfaction',
] as const;
export type ReportName = (typeof ReportName)[number];

/** The longest range a report reads (days, both ends included). */
export const MAX_REPORT_DAYS = 366;
const DAY_MS = 86_400_000;
const day = z.iso.date();
const filterKey = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** GET /api/analytics/:report's query: a UTC day range and at most one filter. */
export const reportQuerySchema = z
  .strictObject({
    from: day,
    to: day,
    agent: filterKey.optional(),
    bot: z.enum(['lead', 'buyer', 'seller']).optional(),
    listing: filterKey.optional(),
    variant: filterKey.optional(),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((query) => query.from <= query.to, { message: 'from must be on or before to', path: ['from'] })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) < MAX_REPORT_DAYS * DAY_MS, {
    message: `a report covers at most ${MAX_REPORT_DAYS} days`,
    path: ['to'],
  })
  .refine((query) => [query.agent, query.bot, query.listing, query.variant].filter(Boolean).length <= 1, {
    message: 'filter by one of agent, bot, listing or variant',
    path: ['agent'],
  });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

export type Cell = string | number | null;
export interface ReportTable {
  report: ReportName;
  from: string;
  to: string;
  columns: string[];
  rows: Cell[][];
}

/** The rollup dimension and key a query reads: its filter's, or the whole tenant's. */
function scopeOf(query: ReportQuery): { dimension: Dimension; key: string } {
  if (query.agent) return { dimension: 'agent', key: query.agent };
  if (query.bot) return { dimension: 'bot', key: query.bot };
  if (query.listing) return { dimension: 'listing', key: query.listing };
  if (query.variant) return { dimension: 'variant', key: query.variant };
  return { dimension: 'tenant', key: '' };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Sums of n and total per metric over the rows. */
function sums(rows: readonly RollupRow[]) {
  const table = new Map<string, { n: number; total: number }>();
  for (const row of rows) {
    const sum = table.get(row.metric) ?? { n: 0, total: 0 };
    table.set(row.metric, { n: sum.n + row.n, total: sum.total + row.total });
  }
  return {
    n: (metric: string) => table.get(metric)?.n ?? 0,
    total: (metric: string) => table.get(metric)?.total ?? 0,
    withPrefix: (prefix: string) =>
      [...table.entries()]
        .filter(([metric]) => metric.startsWith(prefix))
        .map(([metric, sum]) => ({ name: metric.slice(prefix.length), ...sum })),
  };
}

/** A ratio rounded to 4 decimals; null when the denominator is 0. */
export const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

/**
 * The q-quantile (0..1) of a duration histogram (counts per bucket of DURATION_EDGES_MS): the upper edge of the
 * bucket that holds it (null for the open last bucket and for no data).
 */
export function histogramQuantile(counts: readonly number[], q: number): number | null {
  const count = counts.reduce((sum, n) => sum + n, 0);
  if (count === 0) return null;
  const rank = Math.ceil(q * count);
  let seen = 0;
  for (let bucket = 0; bucket < counts.length; bucket++) {
    seen += counts[bucket] ?? 0;
    if (seen >= rank) return DURATION_EDGES_MS[bucket] ?? null;
  }
  return null;
}

const histogramOf = (metrics: ReturnType<typeof sums>, event: string) =>
  Array.from({ length: DURATION_EDGES_MS.length + 1 }, (_, bucket) => metrics.n(`hist:${event}:${bucket}`));

const TIMED = ['first_bot_reply', 'claimed', 'first_agent_reply'] as const;

/** The per-agent rollup's coaching columns (shown per source, used per source and match). */
const COACHING_COLUMNS = AGENT_COUNTERS.filter((column) => column.startsWith('coaching_'));

/** Each report, from the rollup rows of the query's scope (days of the range). */
async function build(
  store: Store,
  tenantId: string,
  name: ReportName,
  query: ReportQuery,
): Promise<Cell[][]> {
  const { dimension, key } = scopeOf(query);
  const read = (extra: Partial<RollupQuery> = {}) =>
    store.rollups(tenantId, { grain: 'day', from: query.from, to: query.to, dimension, key, ...extra });
  /** Only the metrics a report needs (a range of the rollups' key each): not the histograms of the others. */
  const readMetrics = async (...prefixes: string[]) =>
    (await Promise.all(prefixes.map((metricPrefix) => read({ metricPrefix })))).flat();
  switch (name) {
    case 'funnel': {
      const metrics = sums(await readMetrics('n:', 'outcome:'));
      const steps: [string, number][] = [
        ['inquiry', metrics.n('n:conversation_started')],
        ['qualified', metrics.n('n:qualified')],
        ['appointment', metrics.n('n:call_booked')],
        ['closed', metrics.n('outcome:closed_won') + metrics.n('outcome:listing_signed')],
      ];
      return steps.map(([step, count], index) => [
        step,
        count,
        index === 0 ? null : ratio(count, steps[index - 1]![1]),
        ratio(count, steps[0]![1]),
      ]);
    }
    case 'timings': {
      const rows = await read({ metricPrefix: 'hist:' });
      const byDay = groupBy(rows, (row) => row.bucket);
      const cells: Cell[][] = [];
      for (const [bucket, dayRows] of [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const metrics = sums(dayRows);
        for (const event of TIMED) {
          const histogram = histogramOf(metrics, event);
          const count = histogram.reduce((sum, n) => sum + n, 0);
          if (count > 0)
            cells.push([
              bucket,
              event,
              count,
              histogramQuantile(histogram, 0.5),
              histogramQuantile(histogram, 0.9),
            ]);
        }
      }
      return cells;
    }
    case 'handoffs': {
      const metrics = sums(await readMetrics('n:', 'reason:'));
      const handoffs = metrics.n('n:handoff_requested');
      const started = metrics.n('n:conversation_started');
      return [
        ['all', handoffs, ratio(handoffs, started)],
        ...metrics
          .withPrefix('reason:')
          .sort((a, b) => b.n - a.n)
          .map(({ name: reason, n }) => [reason, n, ratio(n, started)]),
      ];
    }
    case 'dropoff': {
      const metrics = sums(await readMetrics('asked:', 'passed:'));
      return metrics
        .withPrefix('asked:')
        .map(({ name: question, n: asked }) => {
          const stopped = Math.max(0, asked - metrics.n(`passed:${question}`));
          return [question, asked, stopped, ratio(stopped, asked)] as Cell[];
        })
        .sort((a, b) => Number(b[2]) - Number(a[2]));
    }
    case 'agents': {
      // The per-agent rollup: a row per agent and day, summed by the store (src/analytics/rollups.ts).
      const rows = await store.agentRollups(tenantId, {
        from: query.from,
        to: query.to,
        ...(query.agent ? { agent: query.agent } : {}),
      });
      return rows.map(({ agent, counts }) => {
        const count = (column: AgentColumn) => counts[column] ?? 0;
        const histogram = (name: AgentHistogram) =>
          Array.from({ length: DURATION_EDGES_MS.length + 1 }, (_, bucket) =>
            count(agentHistogramColumn(name, bucket)),
          );
        const claim = histogram('claim');
        const reply = histogram('reply');
        const ratings = count('ratings');
        return [
          agent,
          count('claimed'),
          histogramQuantile(claim, 0.5),
          histogramQuantile(claim, 0.9),
          histogramQuantile(reply, 0.5),
          histogramQuantile(reply, 0.9),
          count('booked'),
          count('closed'),
          count('outcomes'),
          ratings === 0 ? null : Math.round((count('rating_total') / ratings) * 100) / 100,
          count('coaching_shown_llm') + count('coaching_shown_rules'),
          count('coaching_used_llm_clicked') +
            count('coaching_used_llm_similar') +
            count('coaching_used_rules_clicked') +
            count('coaching_used_rules_similar'),
        ];
      });
    }
    case 'cost': {
      const metrics = sums(await readMetrics('n:', 'tokens_'));
      const cost = Math.round(metrics.total('n:model_usage') * 1e6) / 1e6;
      const qualified = metrics.n('n:qualified');
      const booked = metrics.n('n:call_booked');
      return [
        [
          cost,
          metrics.total('tokens_in'),
          metrics.total('tokens_out'),
          qualified,
          qualified === 0 ? null : Math.round((cost / qualified) * 1e4) / 1e4,
          booked,
          booked === 0 ? null : Math.round((cost / booked) * 1e4) / 1e4,
        ],
      ];
    }
    case 'optouts': {
      const metrics = sums(await readMetrics('n:'));
      const optOuts = metrics.n('n:opted_out');
      const started = metrics.n('n:conversation_started');
      return [[started, optOuts, ratio(optOuts, started)]];
    }
    case 'satisfaction': {
      const metrics = sums(await readMetrics('n:'));
      const given = metrics.n('n:satisfaction_given');
      return [
        [
          given,
          given === 0 ? null : Math.round((metrics.total('n:satisfaction_given') / given) * 100) / 100,
          ratio(given, metrics.n('n:conversation_started')),
        ],
      ];
    }
    case 'coaching':
      return coachingRows(store, tenantId, query);
  }
}

export const REPORT_COLUMNS: Record<ReportName, string[]> = {
  funnel: ['step', 'count', 'conversion_from_previous', 'conversion_from_inquiry'],
  timings: ['day', 'timing', 'count', 'median_ms', 'p90_ms'],
  handoffs: ['reason', 'handoffs', 'rate_per_inquiry'],
  dropoff: ['question', 'asked', 'stopped', 'stop_rate'],
  agents: [
    'agent',
    'claimed',
    'median_time_to_claim_ms',
    'p90_time_to_claim_ms',
    'median_first_reply_ms',
    'p90_first_reply_ms',
    'booked',
    'closed',
    'outcomes',
    'satisfaction',
    'coaching_shown',
    'coaching_used',
  ],
  cost: [
    'model_cost_usd',
    'tokens_in',
    'tokens_out',
    'qualified',
    'cost_per_qualified_usd',
    'booked',
    'cost_per_booked_usd',
  ],
  optouts: ['inquiries', 'opted_out', 'opt_out_rate'],
  coaching: ['day', 'agent', 'source', 'shown', 'used', 'clicked', 'similar', 'use_rate'],
  satisfaction: ['ratings', 'average', 'rated_share'],
};

/**
 * Coaching effectiveness: per UTC day, for the whole scope (`agent` = `all`) and for each agent, per source (Claude
 * `llm` or the rule coach `rules`), the cards shown and the cards used (clicked "Use as reply" or sent close to its
 * SAY line), with the use rate (used over shown).
 */
async function coachingRows(store: Store, tenantId: string, query: ReportQuery): Promise<Cell[][]> {
  const { dimension, key } = scopeOf(query);
  const scoped = (
    await Promise.all(
      ['coaching_shown:', 'coaching_used:'].map((metricPrefix) =>
        store.rollups(tenantId, {
          grain: 'day',
          from: query.from,
          to: query.to,
          dimension,
          key,
          metricPrefix,
        }),
      ),
    )
  ).flat();
  // Filtered by a bot, listing or variant, the per-agent rows would not be: only the scope's total then. The
  // per-agent rows come from the per-agent rollup (a row per agent and day).
  const perAgent =
    dimension === 'tenant'
      ? await store.agentRollups(tenantId, {
          from: query.from,
          to: query.to,
          byDay: true,
          columns: COACHING_COLUMNS,
        })
      : [];
  // A count of the coaching metrics (`coaching_shown:<source>`, `coaching_used:<source>:<match>`) per day and agent.
  const groups = new Map<string, { day: string; agent: string; count: (metric: string) => number }>();
  for (const [day, dayRows] of groupBy(scoped, (row) => row.bucket))
    groups.set(`${day}\u0000`, { day, agent: query.agent ?? 'all', count: sums(dayRows).n });
  for (const { day = '', agent, counts } of perAgent)
    groups.set(`${day}\u0000${agent}`, {
      day,
      agent,
      // The per-agent rollup's column of a metric: `coaching_used:llm:clicked` is `coaching_used_llm_clicked`.
      count: (metric) => counts[metric.replaceAll(':', '_') as AgentColumn] ?? 0,
    });
  const cells: Cell[][] = [];
  for (const [, { day, agent, count }] of [...groups.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    for (const source of ['llm', 'rules'] as const) {
      const shown = count(`coaching_shown:${source}`);
      const clicked = count(`coaching_used:${source}:clicked`);
      const similar = count(`coaching_used:${source}:similar`);
      if (shown + clicked + similar === 0) continue;
      const used = clicked + similar;
      cells.push([day, agent, source, shown, used, clicked, similar, ratio(used, shown)]);
    }
  }
  return cells;
}

/** One report of the tenant over the query's range. */
export async function runReport(
  store: Store,
  tenantId: string,
  name: string,
  query: ReportQuery,
): Promise<ReportTable> {
  const report = ReportName.find((known) => known === name);
  if (!report) throw new HubError('NOT_FOUND', `No report ${name.slice(0, 40)}`);
  return {
    report,
    from: query.from,
    to: query.to,
    columns: REPORT_COLUMNS[report],
    rows: await build(store, tenantId, report, query),
  };
}
