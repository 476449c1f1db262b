import type Database from 'better-sqlite3';
import { leadEventSchema, onceKeyOf, type LeadEvent } from '../../analytics/events.js';
import {
  AGENT_COLUMNS,
  agentDayIncrement,
  rollupIncrements,
  type AgentColumn,
  type RollupIncrement,
} from '../../analytics/rollups.js';
import type {
  AgentRollupQuery,
  AgentRollupRow,
  AnalyticsStore,
  LeadEventQuery,
  RollupQuery,
  StoredLeadEvent,
} from '../analytics-types.js';

/** The lead event log and its rollups in SQLite (docs/ANALYTICS.md). */
export const ANALYTICS_SCHEMA = `
CREATE TABLE IF NOT EXISTS lead_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT, tenant_id TEXT NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL,
  conversation_id TEXT, once_key TEXT, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS lead_events_at ON lead_events (tenant_id, at);
CREATE UNIQUE INDEX IF NOT EXISTS lead_events_once ON lead_events (tenant_id, type, once_key)
  WHERE once_key IS NOT NULL;
CREATE TABLE IF NOT EXISTS analytics_rollups (
  tenant_id TEXT NOT NULL, grain TEXT NOT NULL, dimension TEXT NOT NULL, bucket TEXT NOT NULL,
  dim_key TEXT NOT NULL, metric TEXT NOT NULL, n INTEGER NOT NULL, total REAL NOT NULL,
  PRIMARY KEY (tenant_id, grain, dimension, bucket, dim_key, metric)
) WITHOUT ROWID;
`;

/**
 * The per-agent rollup (src/analytics/rollups.ts agentDayIncrement): a row per tenant, UTC day and agent with a
 * counter per column, so the agents report sums a few rows per agent and day. The column names are the constant
 * AGENT_COLUMNS, never input.
 */
const AGENT_DAYS_SCHEMA = `
CREATE TABLE IF NOT EXISTS analytics_agent_days (
  tenant_id TEXT NOT NULL, day TEXT NOT NULL, agent_id TEXT NOT NULL,
  ${AGENT_COLUMNS.map((column) => `${column} INTEGER NOT NULL DEFAULT 0`).join(', ')},
  PRIMARY KEY (tenant_id, day, agent_id)
) WITHOUT ROWID;
`;

export interface SqliteEventLog extends AnalyticsStore {
  /** Appends inside the caller's transaction (the write the events record); returns how many were new. */
  record(events: readonly LeadEvent[]): number;
  /** The rollup writes of a group-commit batch, summed over its calls (sqlite/batch.ts). */
  rollupWrites: DeferredRollups;
}

/**
 * Group commit (sqlite/batch.ts): while a batch defers them, `record` appends each event at once but only
 * collects its rollup increments; `flush` sums those of the whole batch per rollup row and writes each row once
 * (before COMMIT, and before a call that reads the rollups), `dropAfter` forgets those of a call that rolled back.
 * Outside a batch the rollups are written with the events.
 */
export interface DeferredRollups {
  defer(): void;
  /** The number of events collected so far (a call's starting mark). */
  mark(): number;
  dropAfter(mark: number): void;
  /** Writes the collected increments and stops deferring. */
  flush(): void;
}

const MAX_EVENTS = 10_000;

export interface SqliteEventLogOptions {
  /**
   * Benches only (bench/durable-server.ts, the with/without comparison of issue 35): false makes `record` and
   * appendLeadEvents write nothing, so the same write path runs without its events. No setting of the hub sets it.
   */
  writeEvents?: boolean;
}

export function createSqliteEventLog(
  db: Database.Database,
  { writeEvents = true }: SqliteEventLogOptions = {},
): SqliteEventLog {
  const agentDaysExisted =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'analytics_agent_days'").get() !==
    undefined;
  db.exec(ANALYTICS_SCHEMA);
  db.exec(AGENT_DAYS_SCHEMA);
  const sql = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO lead_events (tenant_id, type, at, conversation_id, once_key, data)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    bump: db.prepare(
      `INSERT INTO analytics_rollups (tenant_id, grain, dimension, bucket, dim_key, metric, n, total)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET n = n + excluded.n, total = total + excluded.total`,
    ),
    bumpAgent: db.prepare(
      `INSERT INTO analytics_agent_days (tenant_id, day, agent_id, ${AGENT_COLUMNS.join(', ')})
       VALUES (?, ?, ?, ${AGENT_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT DO UPDATE SET ${AGENT_COLUMNS.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')}`,
    ),
  };
  /** Adds an event's per-agent increment to `days` (tenant, day, agent → the columns' sums). */
  const addAgentDay = (days: Map<string, number[]>, event: LeadEvent) => {
    const increment = agentDayIncrement(event);
    if (!increment) return;
    const key = `${event.tenantId}\u0000${increment.day}\u0000${increment.agentId}`;
    const sums =
      days.get(key) ??
      days
        .set(
          key,
          AGENT_COLUMNS.map(() => 0),
        )
        .get(key)!;
    AGENT_COLUMNS.forEach((column, index) => (sums[index]! += increment.counts[column] ?? 0));
  };
  const flushAgentDays = (days: Map<string, number[]>) => {
    for (const [key, sums] of days) sql.bumpAgent.run(...key.split('\u0000'), ...sums);
  };
  // A file from before the per-agent rollup: built once from the events it already holds.
  if (!agentDaysExisted)
    db.transaction(() => {
      const days = new Map<string, number[]>();
      for (const row of db
        .prepare<[], { data: string }>(
          "SELECT data FROM lead_events WHERE json_extract(data, '$.agentId') IS NOT NULL ORDER BY id",
        )
        .iterate())
        addAgentDay(days, JSON.parse(row.data) as LeadEvent);
      flushAgentDays(days);
    })();
  /** Adds the events to the rollups, their increments summed per row first: each row written once. */
  const writeRollups = (events: readonly LeadEvent[]) => {
    const rows = new Map<string, [string, RollupIncrement]>();
    const days = new Map<string, number[]>();
    for (const event of events) {
      for (const row of rollupIncrements(event)) {
        const key = `${event.tenantId}\u0000${row.grain}\u0000${row.dimension}\u0000${row.bucket}\u0000${row.key}\u0000${row.metric}`;
        const sum = rows.get(key);
        if (sum) {
          sum[1].n += row.n;
          sum[1].total += row.total;
        } else rows.set(key, [event.tenantId, { ...row }]);
      }
      addAgentDay(days, event);
    }
    for (const [tenantId, row] of rows.values())
      sql.bump.run(tenantId, row.grain, row.dimension, row.bucket, row.key, row.metric, row.n, row.total);
    flushAgentDays(days);
  };
  let deferring = false;
  let pending: LeadEvent[] = [];
  const rollupWrites: DeferredRollups = {
    defer() {
      deferring = true;
    },
    mark: () => pending.length,
    dropAfter(mark) {
      pending.length = Math.min(pending.length, mark);
    },
    flush() {
      const events = pending;
      pending = [];
      deferring = false;
      if (events.length > 0) writeRollups(events);
    },
  };
  /** Appends the events (a repeat of a once-only one is left out) and adds the new ones to the rollups. */
  const record = (events: readonly LeadEvent[]): number => {
    if (!writeEvents) return 0;
    const appended: LeadEvent[] = [];
    for (const event of events) {
      const once = onceKeyOf(event) ?? null;
      const inserted = sql.insert.run(
        event.tenantId,
        event.type,
        event.at,
        event.conversationId ?? null,
        once,
        JSON.stringify(event),
      ).changes;
      if (inserted === 1) appended.push(event);
    }
    if (deferring) pending.push(...appended);
    else writeRollups(appended);
    return appended.length;
  };
  const appendAll = db.transaction((events: LeadEvent[]) => record(events));
  return {
    record,
    rollupWrites,
    async appendLeadEvents(events) {
      const parsed = events.map((event) => leadEventSchema.parse(event));
      return db.inTransaction ? record(parsed) : appendAll.immediate(parsed);
    },
    async leadEvents(tenantId, query: LeadEventQuery): Promise<StoredLeadEvent[]> {
      const filters = ['tenant_id = ?', 'at >= ?', 'at < ?'];
      const params: unknown[] = [tenantId, query.from, query.to];
      if (query.types?.length) {
        filters.push(`type IN (${query.types.map(() => '?').join(', ')})`);
        params.push(...query.types);
      }
      if (query.conversationId !== undefined) {
        filters.push('conversation_id = ?');
        params.push(query.conversationId);
      }
      const limit = Math.min(MAX_EVENTS, Math.max(1, query.limit ?? 1_000));
      return db
        .prepare<unknown[], { id: number; data: string }>(
          `SELECT id, data FROM lead_events WHERE ${filters.join(' AND ')} ORDER BY at, id LIMIT ?`,
        )
        .all(...params, limit)
        .map((row) => ({ id: String(row.id), event: JSON.parse(row.data) as LeadEvent }));
    },
    async rollups(tenantId, query: RollupQuery) {
      const filters = ['tenant_id = ?', 'grain = ?', 'dimension = ?', 'bucket >= ?', 'bucket <= ?'];
      const params: unknown[] = [tenantId, query.grain, query.dimension, query.from, query.to];
      if (query.key !== undefined) {
        filters.push('dim_key = ?');
        params.push(query.key);
      }
      if (query.metricPrefix) {
        // A prefix range on the key's last column: metric >= prefix AND metric < prefix + U+FFFF.
        filters.push('metric >= ? AND metric < ?');
        params.push(query.metricPrefix, `${query.metricPrefix}\uffff`);
      }
      return db
        .prepare<unknown[], { bucket: string; key: string; metric: string; n: number; total: number }>(
          `SELECT bucket, dim_key AS key, metric, n, total FROM analytics_rollups WHERE ${filters.join(' AND ')}
           ORDER BY bucket, dim_key, metric`,
        )
        .all(...params);
    },
    async agentRollups(tenantId, query: AgentRollupQuery): Promise<AgentRollupRow[]> {
      const agentFilter = query.agent === undefined ? '' : ' AND agent_id = ?';
      const groups = query.byDay ? 'day, agent_id' : 'agent_id';
      // Only known column names reach the SQL (the caller's list is checked against the constant one).
      const columns = AGENT_COLUMNS.filter((column) => !query.columns || query.columns.includes(column));
      const rows = db
        .prepare<unknown[], Record<string, number | string>>(
          `SELECT ${groups}, ${columns.map((column) => `SUM(${column}) AS ${column}`).join(', ')}
           FROM analytics_agent_days WHERE tenant_id = ? AND day >= ? AND day <= ?${agentFilter}
           GROUP BY ${groups} ORDER BY ${groups}`,
        )
        .all(tenantId, query.from, query.to, ...(query.agent === undefined ? [] : [query.agent]));
      return rows.map((row) => ({
        agent: String(row.agent_id),
        ...(query.byDay ? { day: String(row.day) } : {}),
        counts: Object.fromEntries(
          AGENT_COLUMNS.map((column) => [column, Number(row[column] ?? 0)]),
        ) as Record<AgentColumn, number>,
      }));
    },
  };
}
