import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTokenService } from '../../src/auth.js';
import type { StaffRole } from '../../src/protocol/common.js';
import type { AuditRecord, LeadRecord } from '../../src/store/types.js';
import { connect, emitAck, expectOk, JWT_SECRET, startHub, widgetToken } from '../helpers/hub.js';

const tokens = createTokenService(JWT_SECRET, 60);
const tokenFor = (role: StaffRole, userId: string) =>
  tokens.signStaff({ tenantId: 'demo', role, userId, name: `${role} ${userId}` }, 600);

const NAME = 'Maria Gonzalez';
const PHONE = '909-555-0142';
const EMAIL = 'maria.gonzalez@example.com';
/** Every form of the lead's details that must never be in the database file (compared in lower case). */
const NEEDLES = [
  'gonzalez',
  '909-555-0142',
  '9095550142',
  '555-0142',
  '(909) 555',
  'maria.gonzalez@',
  'example.com',
];

/** The database file and its write-ahead log as the disk holds them, in lower case. */
function rawFiles(dataDir: string): string {
  const file = join(dataDir, 'hub.db');
  return [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1').toLowerCase())
    .join('\n');
}

const found = (haystack: string, needles: string[]) =>
  needles.filter((needle) => haystack.includes(needle.toLowerCase()));

async function api(url: string, token: string, method = 'GET', body?: unknown) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('lead personal data at rest', () => {
  it('never reaches the SQLite file in the clear; export decrypts it; erasure leaves nothing and keeps the audit', async () => {
    const hub = await startHub({}, {});
    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    const { conversationId } = expectOk(
      await emitAck<{ conversationId: string }>(widget, 'message:send', {
        clientMsgId: 'm1',
        text: `Hi, I'm ${NAME}. We want to buy a 3 bedroom home near the Etiwanda schools`,
      }),
    );
    expectOk(
      await emitAck(widget, 'message:send', {
        clientMsgId: 'm2',
        text: `You can reach me at ${PHONE} or ${EMAIL}, thanks Maria`,
      }),
    );
    const conversation = (await hub.store.getConversation('demo', conversationId))!;
    const leadId = conversation.leadId;
    // The hub identified the lead: the store port hands the details back in the clear.
    await expect
      .poll(async () => {
        const lead = await hub.store.getLead('demo', leadId);
        return lead && { name: lead.name, phone: lead.phone, email: lead.email };
      })
      .toEqual({ name: NAME, phone: '(909) 555-0142', email: EMAIL });
    // And the bot answered (its reply is stored too): wait until the conversation has a reply after m2.
    await expect
      .poll(
        async () =>
          (await hub.store.messagesAfter('demo', conversationId, 0)).some((m) => m.author.type === 'bot'),
        {
          timeout: 15_000,
        },
      )
      .toBe(true);
    // Found by the keyed hashes, in any format.
    expect((await hub.store.findLeadsByContact('demo', 'phone', '+1 909 555 0142'))[0]?.id).toBe(leadId);
    expect((await hub.store.searchConversations('demo', { text: 'gonzalez' })).total).toBe(1);
    expect((await hub.store.searchConversations('demo', { text: 'etiwanda' })).total).toBe(1);

    expect(found(rawFiles(hub.dataDir), NEEDLES)).toEqual([]);
    expect(found(rawFiles(hub.dataDir), [conversationId])).toEqual([conversationId]); // the grep itself works (an id)

    const admin = await tokenFor('admin', 'ada');
    const exported = await api(`${hub.url}/api/leads/${leadId}/export`, admin);
    expect(exported.status).toBe(200);
    expect(exported.body.lead).toMatchObject({ name: NAME, phone: '(909) 555-0142', email: EMAIL });
    const [thread] = exported.body.conversations as { messages: { text: string }[] }[];
    expect(thread!.messages.map((message) => message.text)).toContain(
      `You can reach me at ${PHONE} or ${EMAIL}, thanks Maria`,
    );
    expect((await api(`${hub.url}/api/leads/${leadId}/export`, await tokenFor('agent', 'al'))).status).toBe(
      403,
    );

    // The sealed values as stored, to prove erasure removes them rather than merely hiding them.
    const file = new Database(join(hub.dataDir, 'hub.db'), { readonly: true });
    const sealed = JSON.parse(
      (
        file.prepare('SELECT data FROM leads WHERE tenant_id = ? AND id = ?').get('demo', leadId) as {
          data: string;
        }
      ).data,
    ) as LeadRecord;
    file.close();
    expect(sealed.phone).toMatch(/^pd1\./);

    const refused = await api(`${hub.url}/api/leads/${leadId}/erase`, admin, 'POST', {
      confirm: 'someone-else',
    });
    expect(refused.status).toBe(400);
    expect(
      (
        await api(`${hub.url}/api/leads/${leadId}/erase`, await tokenFor('supervisor', 'sue'), 'POST', {
          confirm: leadId,
        })
      ).status,
    ).toBe(403);
    const erased = await api(`${hub.url}/api/leads/${leadId}/erase`, admin, 'POST', {
      confirm: leadId,
      reason: 'CCPA request 118',
    });
    expect(erased.status).toBe(200);
    expect(erased.body.erased).toMatchObject({ conversations: 1, consents: 0 });
    expect((erased.body.erased as { messages: number }).messages).toBeGreaterThanOrEqual(3);

    const lead = await hub.store.getLead('demo', leadId);
    expect(lead).toMatchObject({ optedOut: true, profile: {} });
    expect(lead?.name ?? lead?.phone ?? lead?.email).toBeUndefined();
    expect(await hub.store.messagesAfter('demo', conversationId, 0)).toEqual([]);
    expect(await hub.store.findLeadsByContact('demo', 'phone', PHONE)).toEqual([]);
    expect((await hub.store.searchConversations('demo', { text: 'etiwanda' })).total).toBe(0);
    const [entry] = await hub.store.listAudit('demo', { action: 'lead.erase' });
    expect(entry).toMatchObject({
      actor: { userId: 'ada', role: 'admin' },
      target: { type: 'lead', id: leadId },
      detail: { conversations: 1, reason: 'CCPA request 118' },
    });
    const auditText = JSON.stringify(await hub.store.listAudit('demo', { limit: 500 })).toLowerCase();
    expect(found(auditText, [...NEEDLES, 'maria'])).toEqual([]);

    // Close (checkpoints the log into the file), then nothing of the lead is left in it: not the plaintext, not
    // the ciphertexts, not the transcript words.
    await hub.close();
    const after = rawFiles(hub.dataDir);
    expect(found(after, [...NEEDLES, 'etiwanda', sealed.phone!, sealed.email!, sealed.name!])).toEqual([]);
    // The audit entry survived.
    const reopened = new Database(join(hub.dataDir, 'hub.db'), { readonly: true });
    const rows = reopened.prepare("SELECT data FROM audit_log WHERE action = 'lead.erase'").all() as {
      data: string;
    }[];
    reopened.close();
    expect((JSON.parse(rows[0]!.data) as AuditRecord).target.id).toBe(leadId);
  });
});
