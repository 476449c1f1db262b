import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createOutboxSqlite } from '../../../src/store/sqlite/outbox.js';

/** The outbox table as files written before webhook endpoints have it (copied from that version). */
const BEFORE_ENDPOINTS = `
CREATE TABLE IF NOT EXISTS outbox_events (
  tenant_id TEXT NOT NULL, id TEXT NOT NULL, ord TEXT NOT NULL, conversation_key TEXT NOT NULL,
  status TEXT NOT NULL, next_attempt_at TEXT NOT NULL, lease_owner TEXT, lease_until TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox_events (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_conversation ON outbox_events (tenant_id, conversation_key, status, ord);
CREATE INDEX IF NOT EXISTS outbox_list ON outbox_events (tenant_id, ord);
`;

describe('the SQLite outbox of a file from before webhook endpoints', () => {
  it('gains the endpoint column; its pending rows read without an endpoint and stay due, in order', async () => {
    const db = new Database(':memory:');
    db.exec(BEFORE_ENDPOINTS);
    const old = (id: string, ord: string) =>
      db
        .prepare(
          `INSERT INTO outbox_events (tenant_id, id, ord, conversation_key, status, next_attempt_at, data)
           VALUES ('t1', ?, ?, 'c1', 'pending', '1970-01-01T00:00:00.000Z', ?)`,
        )
        .run(
          id,
          ord,
          JSON.stringify({
            id,
            tenantId: 't1',
            type: 'lead.created',
            conversationId: 'c1',
            leadId: null,
            at: '2026-11-25T08:00:00.000Z',
            data: {},
            attempts: 0,
            lastAttemptAt: null,
            lastError: null,
            lastStatus: null,
            deliveredAt: null,
          }),
        );
    old('old-1', '2026-11-25T08:00:00.000Z|0000|old-1');
    old('old-2', '2026-11-25T08:00:01.000Z|0000|old-2');
    const outbox = createOutboxSqlite(db);
    // Opening it again (every boot) changes nothing.
    createOutboxSqlite(db);
    expect(await outbox.getOutboxEvent('t1', 'old-1')).toMatchObject({ endpointId: null, status: 'pending' });
    outbox.write([
      {
        id: 'new-crm',
        tenantId: 't1',
        type: 'lead.created',
        conversationId: 'c1',
        leadId: null,
        at: '2026-11-25T08:00:02.000Z',
        data: {},
        endpointId: 'crm',
      },
    ]);
    const due = (await outbox.dueOutboxEvents('2026-11-25T09:00:00.000Z', 10)).map((record) => record.id);
    // The old rows keep their order among themselves; the new endpoint's copy does not wait for them.
    expect(due.sort()).toStrictEqual(['new-crm', 'old-1']);
  });
});
