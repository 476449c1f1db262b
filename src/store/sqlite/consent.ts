import type { Clock } from '../../llm/clock.js';
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { HubError } from '../../errors.js';
import { validConsent, type ConsentRecord, type ConsentStore } from '../consent-types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS consents (
  tenant_id TEXT NOT NULL, lead_id TEXT NOT NULL, given_at TEXT NOT NULL, id TEXT NOT NULL,
  channel TEXT NOT NULL, conversation_id TEXT, message_seq INTEGER, data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, lead_id, given_at, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS consents_message
  ON consents (tenant_id, lead_id, channel, conversation_id, message_seq) WHERE message_seq IS NOT NULL;
`;

/** TCPA consent records on the store's SQLite connection (after the leads table exists); `clock` stamps `recordedAt`. */
export function createConsentSqlite(db: Database.Database, clock: Clock): ConsentStore {
  db.exec(SCHEMA);
  const sql = {
    leadExists: db.prepare<[string, string], { one: number }>(
      'SELECT 1 AS one FROM leads WHERE tenant_id = ? AND id = ?',
    ),
    byMessage: db.prepare<[string, string, string, string, number], { data: string }>(
      `SELECT data FROM consents
       WHERE tenant_id = ? AND lead_id = ? AND channel = ? AND conversation_id = ? AND message_seq = ?`,
    ),
    insert: db.prepare(
      `INSERT INTO consents (tenant_id, lead_id, given_at, id, channel, conversation_id, message_seq, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string, string], { data: string }>(
      'SELECT data FROM consents WHERE tenant_id = ? AND lead_id = ? ORDER BY given_at, id',
    ),
  };

  const record = db.transaction(
    (tenantId: string, leadId: string, input: Parameters<ConsentStore['recordConsent']>[2]) => {
      const consent = validConsent(input);
      if (!sql.leadExists.get(tenantId, leadId)) throw new HubError('NOT_FOUND', 'Lead not found');
      if (consent.conversationId !== undefined && consent.messageSeq !== undefined) {
        const existing = sql.byMessage.get(
          tenantId,
          leadId,
          consent.channel,
          consent.conversationId,
          consent.messageSeq,
        );
        if (existing) return JSON.parse(existing.data) as ConsentRecord;
      }
      const stored: ConsentRecord = {
        id: randomUUID(),
        tenantId,
        leadId,
        ...consent,
        recordedAt: new Date(clock.now()).toISOString(),
      };
      sql.insert.run(
        tenantId,
        leadId,
        stored.givenAt,
        stored.id,
        stored.channel,
        stored.conversationId ?? null,
        stored.messageSeq ?? null,
        JSON.stringify(stored),
      );
      return stored;
    },
  );

  return {
    async recordConsent(tenantId, leadId, consent) {
      return record.immediate(tenantId, leadId, consent);
    },
    async listConsents(tenantId, leadId) {
      return sql.list.all(tenantId, leadId).map((row) => JSON.parse(row.data) as ConsentRecord);
    },
  };
}
