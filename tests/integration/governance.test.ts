import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import type { AuditRecord } from '../../src/store/types.js';
import type { StaffRole } from '../../src/protocol/common.js';
import { connect, emitAck, expectOk, JWT_SECRET, startHub, widgetToken } from '../helpers/hub.js';

const tokens = createTokenService(JWT_SECRET, 60);
const tokenFor = (role: StaffRole, userId: string, name: string) =>
  tokens.signStaff({ tenantId: 'demo', role, userId, name }, 600);

async function api(url: string, token: string, method = 'GET', body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('audit log and staff roster', () => {
  it('records closing and snoozing a conversation, and not a refused close', async () => {
    const hub = await startHub();
    const lead = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(lead, 'message:send', { clientMsgId: 'm1', text: 'Hello' }),
    );
    const agent = await connect(hub.url, '/agent', await tokenFor('agent', 'jorge', 'Jorge Salas'));
    expectOk(
      await emitAck(agent, 'conversation:snooze', { conversationId, until: '2999-01-01T00:00:00.000Z' }),
    );
    expectOk(await emitAck(agent, 'conversation:close', { conversationId, outcome: 'spam' }));
    expect((await emitAck(agent, 'conversation:close', { conversationId, outcome: 'spam' })).ok).toBe(false);
    const entries = await hub.store.listAudit('demo', { targetId: conversationId });
    expect(entries.map((entry) => [entry.action, entry.actor.userId])).toEqual([
      ['conversation.close', 'jorge'],
      ['conversation.snooze', 'jorge'],
    ]);
  });

  it('records who read or changed what, from where; supervisors page and filter it; nobody can edit it', async () => {
    const hub = await startHub();
    const lead = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(lead, 'message:send', { clientMsgId: 'm1', text: 'Hello' }),
    );
    const conversation = await hub.store.getConversation('demo', conversationId);
    const agentToken = await tokenFor('agent', 'jorge', 'Jorge Salas');
    const supervisorToken = await tokenFor('supervisor', 'maria', 'Maria Lopez');
    const agent = await connect(hub.url, '/agent', agentToken);
    const supervisor = await connect(hub.url, '/supervisor', supervisorToken);

    expectOk(await emitAck(agent, 'conversation:join', { conversationId, lastSeq: 0 }));
    expectOk(await emitAck(agent, 'conversation:claim', { conversationId }));
    expectOk(
      await emitAck(supervisor, 'conversation:assign', { conversationId, agentId: 'ana', agentName: 'Ana' }),
    );
    expectOk(await emitAck(supervisor, 'conversation:barge', { conversationId }));
    expect((await api(`${hub.url}/api/leads/${conversation!.leadId}`, agentToken)).status).toBe(200);
    expect((await api(`${hub.url}/api/conversations/${conversationId}/transcript`, agentToken)).status).toBe(
      200,
    );
    // A failed action is not recorded as done.
    expect((await emitAck(agent, 'conversation:claim', { conversationId })).ok).toBe(false);

    const { body } = await api(`${hub.url}/api/audit`, supervisorToken);
    const entries = body.entries as AuditRecord[];
    expect(entries.map((entry) => entry.action)).toEqual([
      'transcript.read',
      'lead.read',
      'conversation.barge',
      'conversation.assign',
      'conversation.claim',
      'transcript.read',
    ]);
    expect(entries[4]).toMatchObject({
      tenantId: 'demo',
      actor: { type: 'staff', userId: 'jorge', name: 'Jorge Salas', role: 'agent' },
      target: { type: 'conversation', id: conversationId },
    });
    expect(entries[4]!.origin).toMatch(/127\.0\.0\.1/);
    expect(entries[3]!.detail).toEqual({ agentId: 'ana' });
    expect(entries[1]!.target).toEqual({ type: 'lead', id: conversation!.leadId });

    const page1 = await api(`${hub.url}/api/audit?limit=4`, supervisorToken);
    const page2 = await api(
      `${hub.url}/api/audit?limit=4&before=${String(page1.body.next)}`,
      supervisorToken,
    );
    expect([...(page1.body.entries as AuditRecord[]), ...(page2.body.entries as AuditRecord[])]).toEqual(
      entries,
    );
    expect(page2.body.next).toBeUndefined();
    const claims = await api(`${hub.url}/api/audit?action=conversation.claim&actorId=jorge`, supervisorToken);
    expect((claims.body.entries as AuditRecord[]).map((entry) => entry.action)).toEqual([
      'conversation.claim',
    ]);
    expect((await api(`${hub.url}/api/audit?before=garbage`, supervisorToken)).status).toBe(400);

    expect((await api(`${hub.url}/api/audit`, agentToken)).status).toBe(403);
    expect((await api(`${hub.url}/api/audit`, supervisorToken, 'DELETE')).status).toBe(404);
    const db = new Database(join(hub.dataDir, 'hub.db'));
    try {
      expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  it('builds the roster from sign-ins with who is online; admins edit it; the Assign picker reads it', async () => {
    const hub = await startHub();
    const adminToken = await tokenFor('admin', 'root', 'Rita Admin');
    const supervisorToken = await tokenFor('supervisor', 'maria', 'Maria Lopez');
    const agent = await connect(hub.url, '/agent', await tokenFor('agent', 'jorge', 'Jorge Salas'));
    const supervisor = await connect(hub.url, '/supervisor', supervisorToken);
    await expect
      .poll(
        async () => ((await api(`${hub.url}/api/staff`, supervisorToken)).body.members as unknown[]).length,
      )
      .toBe(2);
    const members = (await api(`${hub.url}/api/staff`, supervisorToken)).body.members as Record<
      string,
      unknown
    >[];
    expect(members.map(({ userId, role, online }) => ({ userId, role, online }))).toEqual([
      { userId: 'jorge', role: 'agent', online: true },
      { userId: 'maria', role: 'supervisor', online: false },
    ]);

    expect(
      (await api(`${hub.url}/api/staff/ana`, supervisorToken, 'PUT', { name: 'Ana', role: 'agent' })).status,
    ).toBe(403);
    const created = await api(`${hub.url}/api/staff/ana`, adminToken, 'PUT', {
      name: 'Ana Ruiz',
      role: 'agent',
    });
    expect(created.status).toBe(201);
    const promoted = await api(`${hub.url}/api/staff/jorge`, adminToken, 'PUT', { role: 'supervisor' });
    expect(promoted.body.member).toMatchObject({ role: 'supervisor', roleSetBy: 'admin' });
    expect((await api(`${hub.url}/api/staff/ana`, adminToken, 'PUT', { active: false })).status).toBe(200);
    expect((await api(`${hub.url}/api/staff/root`, adminToken, 'PUT', { active: false })).status).toBe(409);
    expect((await api(`${hub.url}/api/staff/nobody`, adminToken, 'PUT', { active: false })).status).toBe(400);

    const roster = expectOk(
      await emitAck<{ agents: { userId: string; online?: boolean }[] }>(supervisor, 'staff:roster', {}),
    );
    expect(roster.agents.map((entry) => [entry.userId, entry.online])).toEqual([
      ['jorge', true],
      ['maria', false],
    ]);
    agent.close();
    const audit = (await api(`${hub.url}/api/audit?targetId=ana`, supervisorToken)).body
      .entries as AuditRecord[];
    expect(audit.map((entry) => entry.action)).toEqual(['staff.update', 'staff.create']);
  });
});
