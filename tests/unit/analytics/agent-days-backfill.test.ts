import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { LeadEvent } from '../../../src/analytics/events.js';
import { createSqliteEventLog } from '../../../src/store/sqlite/analytics.js';

/**
 * A SQLite file written before the per-agent rollup existed holds events but no `analytics_agent_days`: the event
 * log builds the table from those events once, when it creates it, and a later open leaves it as it is.
 */
describe('the per-agent rollup of a file from before it', () => {
  const at = '2025-03-01T10:00:00.000Z';
  const scope = { tenantId: 't', leadId: 'l1', conversationId: 'c1', agentId: 'ag-1', at };
  const events: LeadEvent[] = [
    { type: 'claimed', ...scope, durationMs: 70_000 },
    { type: 'satisfaction_given', ...scope, rating: 4 },
    { type: 'conversation_started', tenantId: 't', leadId: 'l2', conversationId: 'c2', at },
  ];

  it('is built from the events already logged, once', async () => {
    const db = new Database(':memory:');
    createSqliteEventLog(db).record(events);
    // As a file of session 23: the same events, no per-agent table.
    db.exec('DROP TABLE analytics_agent_days');
    const reopened = createSqliteEventLog(db);
    const rows = await reopened.agentRollups('t', { from: '2025-03-01', to: '2025-03-01' });
    expect(rows.map(({ agent, counts }) => [agent, counts.claimed, counts.claim_h4, counts.ratings])).toEqual(
      [['ag-1', 1, 1, 1]],
    );
    // Opened again (the table exists): nothing is added twice.
    const again = createSqliteEventLog(db);
    expect((await again.agentRollups('t', { from: '2025-03-01', to: '2025-03-01' }))[0]!.counts.claimed).toBe(
      1,
    );
    db.close();
  });
});
