import type Database from 'better-sqlite3';
import { leadEventSchema, onceKeyOf, type LeadEvent } from '../../analytics/events.js';
import { rollupIncrements } from '../../analytics/rollups.js';
import type { AnalyticsStore, LeadEventQuery, RollupQuery, StoredLeadEvent } from '../analytics-types.js';

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

export interface SqliteEventLog extends AnalyticsStore {
  /** Appends inside the caller's transaction (the write the events record); returns how many were new. */
  record(events: readonly LeadEvent[]): number;
}

const MAX_EVENTS = 10_000;

export function createSqliteEventLog(db: Database.Database): SqliteEventLog {
  db.exec(ANALYTICS_SCHEMA);
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
  };
  const record = (events: readonly LeadEvent[]): number => {
    let appended = 0;
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
      if (inserted === 0) continue;
      appended += 1;
      for (const row of rollupIncrements(event))
        sql.bump.run(
          event.tenantId,
          row.grain,
          row.dimension,
          row.bucket,
          row.key,
          row.metric,
          row.n,
          row.total,
        );
    }
    return appended;
  };
  const appendAll = db.transaction((events: LeadEvent[]) => record(events));
  return {
    record,
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
  };
}
