import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { verifyTimestampedSignature } from '../../scripts/webhook-receiver.js';
import { createTokenService } from '../../src/auth.js';
import { SIGNATURE_HEADER } from '../../src/jobs/webhook.js';
import { CURRENT_SECRET } from '../../src/tenancy/secrets.js';
import {
  connect,
  emitAck,
  expectOk,
  JWT_SECRET,
  staffToken,
  startHub,
  tempStore,
  widgetToken,
  seededTenantRegistry,
} from '../helpers/hub.js';

const CRM_SECRET = 'crm-endpoint-secret-0123456789abcdef';
const OPS_SECRET = 'ops-endpoint-secret-0123456789abcdef';
const OPS_NEW = 'ops-rotated-secret-0123456789abcdefgh';

interface Received {
  event: string;
  delivery: string;
  signature: string;
  body: string;
  status: number;
}

/** A receiver on port 0 answering `status()` to every request and recording it. */
async function receiver(status: () => number) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const answer = status();
      received.push({
        event: String(req.headers['x-hub-event']),
        delivery: String(req.headers['x-hub-delivery']),
        signature: String(req.headers[SIGNATURE_HEADER]),
        body,
        status: answer,
      });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

const verifies = (secret: string, entry: Received) => {
  const t = Number(/t=(\d+)/.exec(entry.signature)![1]);
  return verifyTimestampedSignature(secret, Buffer.from(entry.body), entry.signature, t * 1_000);
};

interface Delivery {
  id: string;
  type: string;
  endpointId: string | null;
  status: string;
  attempts: number;
}

describe('several webhook endpoints per tenant (issue 34, item 1)', () => {
  it('sends each endpoint only its events, signed with its own secret; a failing one never holds back the other', async () => {
    let opsAnswer = 500;
    const crm = await receiver(() => 200);
    const ops = await receiver(() => opsAnswer);

    const store = tempStore();
    const registry = await seededTenantRegistry(store);
    const hub = await startHub({
      store,
      tenants: registry,
      tenantRegistry: registry,
      security: { alertChannelsAllowPrivate: true },
      integrations: {
        outbox: { retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 }, intervalMs: 50 },
      },
    });
    const tokens = createTokenService(JWT_SECRET, 600);
    const admin = await tokens.signStaff(
      { tenantId: 'demo', role: 'admin', userId: 'adm', name: 'Adm' },
      600,
    );
    const auth = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
    const save = async (webhooks: Record<string, unknown>[]) => {
      const current = (await (await fetch(`${hub.url}/api/admin/tenant`, { headers: auth })).json()) as {
        version: number;
        settings: Record<string, unknown>;
      };
      const response = await fetch(`${hub.url}/api/admin/tenant`, {
        method: 'PUT',
        headers: auth,
        body: JSON.stringify({ version: current.version, settings: { ...current.settings, webhooks } }),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as { settings: { webhooks: Record<string, unknown>[] } };
    };
    const deliveries = async (query = '') =>
      (
        (await (await fetch(`${hub.url}/api/admin/deliveries${query}`, { headers: auth })).json()) as {
          deliveries: Delivery[];
        }
      ).deliveries;
    const settle = async () => {
      await hub.hub.idle();
      await hub.hub.integrations.idle();
    };

    const saved = await save([
      { id: 'crm', url: crm.url, secret: CRM_SECRET, events: ['lead.created'] },
      { id: 'ops', url: ops.url, secret: OPS_SECRET, events: ['lead.identified'] },
    ]);
    expect(JSON.stringify(saved)).not.toContain('endpoint-secret');

    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    expectOk(
      await emitAck(widget, 'message:send', {
        clientMsgId: 'w1',
        text: "Hi, I'm Ana Ruiz, 909-555-0142, I want to buy a home",
      }),
    );
    // ops answers 500 to all of its 3 attempts; crm gets its event all the same.
    await expect.poll(() => ops.received.length, { timeout: 10_000 }).toBe(3);
    await expect.poll(() => crm.received.length, { timeout: 10_000 }).toBe(1);
    await settle();
    expect(crm.received.map((entry) => entry.event)).toEqual(['lead.created']);
    expect(new Set(ops.received.map((entry) => entry.event))).toEqual(new Set(['lead.identified']));
    // One delivery id per (event, endpoint), the same on every attempt.
    expect(new Set(ops.received.map((entry) => entry.delivery)).size).toBe(1);
    const [crmFirst] = crm.received;
    expect(verifies(CRM_SECRET, crmFirst!)).toBe(true);
    expect(verifies(OPS_SECRET, crmFirst!)).toBe(false);
    expect(verifies(OPS_SECRET, ops.received[0]!)).toBe(true);
    expect(verifies(CRM_SECRET, ops.received[0]!)).toBe(false);

    const listed = await deliveries();
    const crmCopy = listed.find((entry) => entry.endpointId === 'crm')!;
    const opsCopy = listed.find((entry) => entry.endpointId === 'ops')!;
    expect(crmCopy).toMatchObject({
      type: 'lead.created',
      status: 'delivered',
      attempts: 1,
      id: crmFirst!.delivery,
    });
    expect(opsCopy).toMatchObject({ type: 'lead.identified', status: 'failed', attempts: 3 });
    expect(opsCopy.id).toBe(ops.received[0]!.delivery);
    expect((await deliveries('?endpointId=ops')).map((entry) => entry.id)).toEqual([opsCopy.id]);

    // ops is back; the admin redelivers its copy only: same delivery id, crm gets nothing again.
    opsAnswer = 200;
    const redelivered = await fetch(`${hub.url}/api/admin/deliveries/${opsCopy.id}/redeliver`, {
      method: 'POST',
      headers: auth,
    });
    expect(redelivered.status).toBe(200);
    await expect.poll(() => ops.received.length, { timeout: 10_000 }).toBe(4);
    await settle();
    expect(ops.received[3]).toMatchObject({ delivery: opsCopy.id, status: 200 });
    expect(crm.received).toHaveLength(1);

    // Rotation with an overlap on ops (signed with both keys), crm disabled (receives nothing).
    await save([
      { id: 'crm', url: crm.url, secret: '********', events: ['lead.created'], enabled: false },
      {
        id: 'ops',
        url: ops.url,
        secret: OPS_NEW,
        previousSecret: CURRENT_SECRET,
        events: ['lead.identified'],
      },
    ]);
    const other = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    expectOk(
      await emitAck(other, 'message:send', {
        clientMsgId: 'w2',
        text: 'Hola, soy Beatriz Soto, 909-555-0177, quiero vender mi casa',
      }),
    );
    await expect.poll(() => ops.received.length, { timeout: 10_000 }).toBe(5);
    await settle();
    const rotated = ops.received[4]!;
    expect(rotated.event).toBe('lead.identified');
    expect(verifies(OPS_NEW, rotated)).toBe(true);
    expect(verifies(OPS_SECRET, rotated)).toBe(true);
    expect(verifies(CRM_SECRET, rotated)).toBe(false);
    expect(crm.received).toHaveLength(1);
  });

  it('pages a member who chose the tenant webhook at each enabled endpoint whose filter takes pages', async () => {
    const pages = await receiver(() => 200);
    const leads = await receiver(() => 200);
    const store = tempStore();
    const registry = await seededTenantRegistry(store);
    const hub = await startHub({
      store,
      tenants: registry,
      tenantRegistry: registry,
      security: { alertChannelsAllowPrivate: true },
    });
    const tokens = createTokenService(JWT_SECRET, 600);
    const admin = await tokens.signStaff(
      { tenantId: 'demo', role: 'admin', userId: 'adm', name: 'Adm' },
      600,
    );
    const auth = { authorization: `Bearer ${admin}`, 'content-type': 'application/json' };
    const current = (await (await fetch(`${hub.url}/api/admin/tenant`, { headers: auth })).json()) as {
      version: number;
      settings: Record<string, unknown>;
    };
    const saved = await fetch(`${hub.url}/api/admin/tenant`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({
        version: current.version,
        settings: {
          ...current.settings,
          webhooks: [
            { id: 'pager', url: pages.url, secret: CRM_SECRET, events: ['agent.paged'] },
            { id: 'leads', url: leads.url, secret: OPS_SECRET, events: ['lead.created'] },
          ],
        },
      }),
    });
    expect(saved.status).toBe(200);
    const agent = await staffToken(hub.url, 'agent', 'ana', 'demo', 'Ana');
    const channel = await fetch(`${hub.url}/api/staff/me/alert-channel`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${agent}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'tenant_webhook' }),
    });
    expect(channel.status).toBe(200);

    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url, { intent: 'sell' })).token);
    for (const [i, text] of [
      'It is 1234 Banyan St',
      'We are relocating to Austin for a new job',
      'Yes, 30 days works',
      'It is move in ready, we remodeled',
      'Hoping to get around 750k',
      'Morning works',
      'Tomorrow',
      'Yes, confirmed',
    ].entries()) {
      expectOk(await emitAck(widget, 'message:send', { clientMsgId: `p${i}`, text }));
      await hub.hub.idle();
    }
    await expect
      .poll(() => pages.received.map((entry) => entry.event), { timeout: 10_000 })
      .toContain('agent.paged');
    await hub.hub.integrations.idle();
    const page = pages.received.find((entry) => entry.event === 'agent.paged')!;
    expect(verifies(CRM_SECRET, page)).toBe(true);
    expect(JSON.parse(page.body)).toMatchObject({
      data: { agent: { id: 'ana' }, reason: 'handoff_waiting' },
    });
    // Each endpoint only what its filter takes.
    expect(new Set(pages.received.map((entry) => entry.event))).toEqual(new Set(['agent.paged']));
    expect(new Set(leads.received.map((entry) => entry.event))).toEqual(new Set(['lead.created']));
  });
});
