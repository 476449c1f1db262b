import type Database from 'better-sqlite3';
import {
  endpointKeyOf,
  newOutboxStored,
  OUTBOX_DUE_AT_ONCE,
  outboxOrder,
  outboxPageSize,
  outboxStoredPart,
  redeliveredOutboxRecord,
  settledOutboxRecord,
  type OutboxEvent,
  type OutboxStored,
  type OutboxQuery,
  type OutboxRecord,
  type OutboxStore,
  withEndpoint,
} from '../outbox-types.js';

/**
 * The event outbox on the store's SQLite connection. Its rows are written by the change's own call (sqlite/connection.ts
 * calls `write` inside the call's transaction), so an event exists exactly when its change was committed.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox_events (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, ord TEXT NOT NULL, conversation_key TEXT NOT NULL,
  status TEXT NOT NULL, next_attempt_at TEXT NOT NULL, lease_owner TEXT, lease_until TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox_events (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_list ON outbox_events (tenant_id, ord);
`;

/**
 * Each copy of an event names its endpoint (`''`: HUB_WEBHOOK_URL, and every row written before endpoints
 * existed): order is kept per conversation and endpoint. Added to a table created before it.
 */
function addEndpointKey(db: Database.Database): void {
  const columns = db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
    .all('outbox_events')
    .map((column) => column.name);
  if (!columns.includes('endpoint_key'))
    db.exec(`ALTER TABLE outbox_events ADD COLUMN endpoint_key TEXT NOT NULL DEFAULT ''`);
  db.exec(`DROP INDEX IF EXISTS outbox_conversation;
    CREATE INDEX IF NOT EXISTS outbox_conversation_endpoint
      ON outbox_events (tenant_id, conversation_key, endpoint_key, status, ord);`);
}

interface Row {
  status: OutboxRecord['status'];
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  ord: string;
  data: string;
}

const toRecord = (row: Row): OutboxRecord => ({
  ...withEndpoint(JSON.parse(row.data) as OutboxStored),
  status: row.status,
  nextAttemptAt: row.next_attempt_at,
  leaseOwner: row.lease_owner,
  leaseUntil: row.lease_until,
  order: row.ord,
});

/** The key that orders a conversation's events (a lead-level event is its own). */
export const conversationKeyOf = (event: OutboxEvent): string => event.conversationId ?? `lead:${event.id}`;

export function createOutboxSqlite(db: Database.Database): OutboxStore & {
  /** Writes a change's events; call inside the change's transaction. */
  write: (events: readonly OutboxEvent[]) => void;
} {
  db.exec(SCHEMA);
  addEndpointKey(db);
  const columns = 'status, next_attempt_at, lease_owner, lease_until, ord, data';
  const sql = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO outbox_events
       (tenant_id, id, ord, conversation_key, endpoint_key, status, next_attempt_at, lease_owner, lease_until, data)
       VALUES (?, ?, ?, ?, ?, 'pending', ?, NULL, NULL, ?)`,
    ),
    get: db.prepare<[string, string], Row>(
      `SELECT ${columns} FROM outbox_events WHERE tenant_id = ? AND id = ?`,
    ),
    // The first pending event of each conversation and endpoint only: a later one waits for it (order per
    // conversation and endpoint; another endpoint's copies never wait).
    due: db.prepare<[string, string, number], Row>(
      `SELECT ${columns} FROM outbox_events o
       WHERE o.status = 'pending' AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?)
         AND NOT EXISTS (SELECT 1 FROM outbox_events p WHERE p.tenant_id = o.tenant_id
           AND p.conversation_key = o.conversation_key AND p.endpoint_key = o.endpoint_key
           AND p.status = 'pending' AND p.ord < o.ord)
       ORDER BY o.next_attempt_at, o.ord LIMIT ?`,
    ),
    lease: db.prepare(
      `UPDATE outbox_events SET lease_owner = ?, lease_until = ?
       WHERE tenant_id = ? AND id = ? AND status = 'pending' AND next_attempt_at <= ?
         AND (lease_until IS NULL OR lease_until <= ? OR lease_owner = ?)`,
    ),
    settle: db.prepare(
      `UPDATE outbox_events SET status = ?, next_attempt_at = ?, lease_owner = NULL, lease_until = NULL, data = ?
       WHERE tenant_id = ? AND id = ? AND status = 'pending'
         AND (lease_owner IS NULL OR lease_owner = ? OR lease_until <= ?)`,
    ),
    redeliver: db.prepare(
      `UPDATE outbox_events SET status = 'pending', next_attempt_at = ?, lease_owner = NULL, lease_until = NULL,
       data = ? WHERE tenant_id = ? AND id = ?`,
    ),
  };

  const write = (events: readonly OutboxEvent[]) => {
    events.forEach((event, position) => {
      sql.insert.run(
        event.tenantId,
        event.id,
        outboxOrder(event, position),
        conversationKeyOf(event),
        endpointKeyOf(event),
        OUTBOX_DUE_AT_ONCE,
        JSON.stringify(newOutboxStored(event)),
      );
    });
  };
  const read = (tenantId: string, id: string) => {
    const row = sql.get.get(tenantId, id);
    return row ? toRecord(row) : null;
  };

  return {
    write,
    async addOutboxEvents(events) {
      db.transaction(() => write(events))();
    },
    async dueOutboxEvents(now, limit) {
      return sql.due.all(now, now, Math.max(1, limit)).map(toRecord);
    },
    async leaseOutboxEvent(tenantId, id, owner, now, leaseMs) {
      const until = new Date(Date.parse(now) + leaseMs).toISOString();
      const changed = sql.lease.run(owner, until, tenantId, id, now, now, owner).changes;
      return changed === 1 ? read(tenantId, id) : null;
    },
    async settleOutboxEvent(tenantId, id, owner, outcome) {
      return db.transaction(() => {
        const current = read(tenantId, id);
        if (!current || current.status !== 'pending') return null;
        const next = settledOutboxRecord(current, outcome);
        const changed = sql.settle.run(
          next.status,
          next.nextAttemptAt,
          JSON.stringify(outboxStoredPart(next)),
          tenantId,
          id,
          owner,
          outcome.at,
        ).changes;
        return changed === 1 ? next : null;
      })();
    },
    async getOutboxEvent(tenantId, id) {
      return read(tenantId, id);
    },
    async listOutboxEvents(tenantId, query: OutboxQuery = {}) {
      const filters = ['tenant_id = ?'];
      const params: unknown[] = [tenantId];
      if (query.status) {
        filters.push('status = ?');
        params.push(query.status);
      }
      if (query.conversationId) {
        filters.push('conversation_key = ?');
        params.push(query.conversationId);
      }
      if (query.endpointId !== undefined) {
        filters.push('endpoint_key = ?');
        params.push(query.endpointId);
      }
      if (query.before) {
        filters.push('ord < ?');
        params.push(query.before);
      }
      return db
        .prepare<unknown[], Row>(
          `SELECT ${columns} FROM outbox_events WHERE ${filters.join(' AND ')} ORDER BY ord DESC LIMIT ?`,
        )
        .all(...params, outboxPageSize(query.limit))
        .map(toRecord);
    },
    async redeliverOutboxEvent(tenantId, id, at) {
      return db.transaction(() => {
        const current = read(tenantId, id);
        if (!current) return null;
        const next = redeliveredOutboxRecord(current, at);
        sql.redeliver.run(at, JSON.stringify(outboxStoredPart(next)), tenantId, id);
        return next;
      })();
    },
  };
}
