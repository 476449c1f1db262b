import { describe, expect, it } from 'vitest';
import { connect, staffToken, startHub } from '../helpers/hub.js';
import { openSession } from './helpers.js';

/**
 * Security issue 33, finding 6: revoking a lead's visitor secrets cut the visitor off and left no trace of who did
 * it. The revocation is now appended to the audit log (who, when, from where, how many secrets) before it is
 * answered, and a refused attempt appends nothing.
 */
describe('visitor-secret revocation is audited (issue 33, finding 6)', () => {
  it('appends lead.visitor_secrets_revoke with the supervisor, the lead and the count; a refused one nothing', async () => {
    const { url, store } = await startHub();
    const visitor = await openSession(url);
    await connect(url, '/widget', visitor.token);
    const revoke = (token: string) =>
      fetch(`${url}/api/leads/${visitor.leadId}/visitor-secrets/revoke`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' },
      });
    expect((await revoke(await staffToken(url, 'agent', 'ann'))).status).toBe(403);
    expect(await store.listAudit('demo', { action: 'lead.visitor_secrets_revoke' })).toEqual([]);

    const supervisor = await staffToken(url, 'supervisor', 'sue', 'demo', 'Sue');
    const response = await revoke(supervisor);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revoked: 1 });
    const entries = await store.listAudit('demo', { action: 'lead.visitor_secrets_revoke' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: { type: 'staff', userId: 'sue', name: 'Sue', role: 'supervisor' },
      target: { type: 'lead', id: visitor.leadId },
      detail: { revoked: 1 },
    });
    // The origin is the peer (no trusted proxy): a client cannot write its own origin into the log.
    expect(entries[0]!.origin).not.toContain('203.0.113.9');

    // The audit route shows it to a supervisor too.
    const listed = await fetch(`${url}/api/audit?action=lead.visitor_secrets_revoke`, {
      headers: { authorization: `Bearer ${supervisor}` },
    });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(await listed.json())).toContain(visitor.leadId);
  });
});
