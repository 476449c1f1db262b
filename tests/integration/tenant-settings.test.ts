import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { signTimestamped, SIGNATURE_HEADER } from '../../src/jobs/webhook.js';
import { verifyTimestampedSignature } from '../../scripts/webhook-receiver.js';
import { createTokenService } from '../../src/auth.js';
import type { StaffRole } from '../../src/protocol/common.js';
import { createTenantRegistry, seedTenants } from '../../src/tenancy/registry.js';
import { CURRENT_SECRET, SECRET_MASK } from '../../src/tenancy/secrets.js';
import { loadTenants } from '../../src/tenants.js';
import {
  connect,
  emitAck,
  expectOk,
  JWT_SECRET,
  seededTenantRegistry,
  startHub,
  tempStore,
  widgetToken,
} from '../helpers/hub.js';

const AUTH_TOKEN = 'twilio-auth-token-q8v3m7k2z9x4w1';
const FEED_SECRET = 'feed-secret-w7n2p5r8t1y4u6i9o3a5s7d9f2';
const tokens = createTokenService(JWT_SECRET, 60);
const tokenFor = (role: StaffRole, tenantId = 'demo', userId = `${role}-1`) =>
  tokens.signStaff({ tenantId, role, userId, name: `The ${role}` }, 600);

interface View {
  tenantId: string;
  version: number;
  updatedBy: string;
  settings: Record<string, unknown> & {
    agentName: string;
    telephony?: { twilio?: { authToken: string }; feedKeys: { id: string; secret: string }[] };
  };
}

/** A hub whose tenants come from the store (seeded from config/tenants.json, demo with telephony keys). */
async function hubWithStoredTenants() {
  const store = tempStore();
  const file = loadTenants('config/tenants.json')
    .all()
    .map((tenant) =>
      tenant.id === 'demo'
        ? {
            ...tenant,
            telephony: tenantTelephony(),
          }
        : tenant,
    );
  await seedTenants(store, file, '2026-11-25T08:00:00.000Z');
  const registry = createTenantRegistry({ store, serveDemo: true });
  await registry.reloadAll();
  const hub = await startHub({ store, tenants: registry, tenantRegistry: registry });
  const call = async (method: 'GET' | 'PUT', token: string, body?: unknown) => {
    const response = await fetch(`${hub.url}/api/admin/tenant`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      body: (await response.json()) as View & { error?: { code: string; message: string } },
    };
  };
  return { hub, store, registry, call };
}

const tenantTelephony = () => ({
  twilio: { accountSid: `AC${'c'.repeat(32)}`, authToken: AUTH_TOKEN },
  feedKeys: [{ id: 'feed-1', secret: FEED_SECRET }],
  inboundTrack: 'prospect' as const,
  inboundAgent: { id: 'phone-agent', name: 'Agent (phone)' },
});

describe('the Admin settings API (issue 34, item 1)', () => {
  it('answers the settings with every secret masked, and keeps a secret sent back as the marker', async () => {
    const { call, registry, store } = await hubWithStoredTenants();
    const admin = await tokenFor('admin');
    const read = await call('GET', admin);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ tenantId: 'demo', version: 1, updatedBy: 'seed' });
    expect(read.body.settings.telephony?.twilio?.authToken).toBe(SECRET_MASK);
    expect(read.body.settings.telephony?.feedKeys[0]?.secret).toBe(SECRET_MASK);
    expect(JSON.stringify(read.body)).not.toContain(AUTH_TOKEN);
    expect(read.body.settings).not.toHaveProperty('id');
    expect(read.body.settings).not.toHaveProperty('testOnly');

    const saved = await call('PUT', admin, {
      version: 1,
      settings: { ...read.body.settings, agentName: 'Maria Lopez' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, updatedBy: 'admin-1' });
    expect(saved.body.settings.agentName).toBe('Maria Lopez');
    expect(JSON.stringify(saved.body)).not.toContain(AUTH_TOKEN);
    // Applied on this node at once; the secrets the marker stood for are kept.
    expect(registry.get('demo')?.agentName).toBe('Maria Lopez');
    expect(registry.get('demo')?.telephony?.twilio?.authToken).toBe(AUTH_TOKEN);
    expect((await store.getTenant('demo'))?.settings.telephony?.feedKeys[0]?.secret).toBe(FEED_SECRET);
  });

  it('audits each change with the changed settings before and after, secrets masked', async () => {
    const { call, store } = await hubWithStoredTenants();
    const admin = await tokenFor('admin');
    const read = await call('GET', admin);
    const newToken = 'a-brand-new-twilio-token-0123456789';
    const telephony = read.body.settings.telephony!;
    await call('PUT', admin, {
      version: 1,
      settings: {
        ...read.body.settings,
        agentName: 'Maria Lopez',
        telephony: { ...telephony, twilio: { ...telephony.twilio, authToken: newToken } },
      },
    });
    const [entry] = await store.listAudit('demo', { action: 'tenant.settings_update' });
    expect(entry).toMatchObject({
      actor: { type: 'staff', userId: 'admin-1', role: 'admin' },
      target: { type: 'tenant', id: 'demo' },
      detail: {
        fromVersion: 1,
        toVersion: 2,
        changed: ['agentName', 'telephony'],
        before: { agentName: 'Jorge Salas' },
        after: { agentName: 'Maria Lopez' },
        secretsChanged: ['telephony.twilio.authToken'],
      },
    });
    const stored = JSON.stringify(entry);
    for (const secret of [AUTH_TOKEN, FEED_SECRET, newToken]) expect(stored).not.toContain(secret);
    expect((await store.getTenant('demo'))?.settings.telephony?.twilio?.authToken).toBe(newToken);
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const { call, store } = await hubWithStoredTenants();
    const first = await tokenFor('admin', 'demo', 'ada');
    const second = await tokenFor('admin', 'demo', 'bea');
    const loaded = (await call('GET', first)).body;
    expect(
      (await call('PUT', first, { version: 1, settings: { ...loaded.settings, agentName: 'Ada says' } }))
        .status,
    ).toBe(200);
    const stale = await call('PUT', second, {
      version: 1,
      settings: { ...loaded.settings, agentName: 'Bea says' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'CONFLICT', details: { version: 2 } });
    expect((await store.getTenant('demo'))?.settings.agentName).toBe('Ada says');
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    const { call, store } = await hubWithStoredTenants();
    const admin = await tokenFor('admin');
    const { settings } = (await call('GET', admin)).body;
    const refusals: [string, unknown][] = [
      ['empty widget origins', { version: 1, settings: { ...settings, widgetOrigins: [] } }],
      ['an unknown time zone', { version: 1, settings: { ...settings, timeZone: 'Mars/Olympus' } }],
      [
        'quiet hours of no length',
        { version: 1, settings: { ...settings, quietHours: { startHour: 9, endHour: 9 } } },
      ],
      ['an operator setting', { version: 1, settings: { ...settings, testOnly: false } }],
      ['another tenant id', { version: 1, settings: { ...settings, id: 'acme' } }],
      ['an unknown setting', { version: 1, settings: { ...settings, colour: 'red' } }],
      [
        'an environment reference as a secret',
        {
          version: 1,
          settings: {
            ...settings,
            telephony: {
              ...settings.telephony,
              twilio: { ...settings.telephony!.twilio, authToken: 'env:HUB_JWT_SECRET' },
            },
          },
        },
      ],
      [
        'the marker where no secret was saved',
        {
          version: 1,
          settings: {
            ...settings,
            telephony: { ...settings.telephony, feedKeys: [{ id: 'feed-new', secret: SECRET_MASK }] },
          },
        },
      ],
      ['no version', { settings }],
    ];
    for (const [what, body] of refusals) {
      const answer = await call('PUT', admin, body);
      expect([answer.status, answer.body.error?.code], what).toEqual([400, 'INVALID_PAYLOAD']);
    }
    expect((await store.getTenant('demo'))?.version).toBe(1);
  });

  it('is for admins only, each on their own tenant', async () => {
    const { call, store } = await hubWithStoredTenants();
    for (const role of ['agent', 'supervisor'] as const) {
      expect((await call('GET', await tokenFor(role))).status).toBe(403);
      expect((await call('PUT', await tokenFor(role), { version: 1, settings: {} })).status).toBe(403);
    }
    // The acme admin reads and writes acme, whatever it sends: the tenant is the token's.
    const acme = await tokenFor('admin', 'acme');
    const read = await call('GET', acme);
    expect(read.body.tenantId).toBe('acme');
    await call('PUT', acme, { version: 1, settings: { ...read.body.settings, agentName: 'Acme Agent' } });
    expect((await store.getTenant('acme'))?.settings.agentName).toBe('Acme Agent');
    expect((await store.getTenant('demo'))?.settings.agentName).toBe('Jorge Salas');
  });
});

describe("a tenant's own webhook (issue 34, item 1)", () => {
  it('receives the filtered events signed with its secret, and both signatures while a secret rotates', async () => {
    const received: { event: string; signature: string; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({
          event: String(req.headers['x-hub-event']),
          signature: String(req.headers[SIGNATURE_HEADER]),
          body,
        });
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/crm`;

    const store = tempStore();
    const registry = await seededTenantRegistry(store);
    const hub = await startHub({
      store,
      tenants: registry,
      tenantRegistry: registry,
      security: { alertChannelsAllowPrivate: true },
    });
    const admin = await tokenFor('admin');
    const put = async (version: number, webhook: Record<string, unknown>) => {
      const current = (await (
        await fetch(`${hub.url}/api/admin/tenant`, { headers: { authorization: `Bearer ${admin}` } })
      ).json()) as View;
      const response = await fetch(`${hub.url}/api/admin/tenant`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          version,
          settings: { ...current.settings, webhooks: [{ id: 'crm', ...webhook }] },
        }),
      });
      return { status: response.status, body: (await response.json()) as View };
    };
    const FIRST = 'first-webhook-secret-0123456789abcdef';
    const SECOND = 'second-webhook-secret-0123456789abcdef';
    expect((await put(1, { url, secret: FIRST, events: ['lead.created'] })).status).toBe(200);

    const widget = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    expectOk(
      await emitAck(widget, 'message:send', {
        clientMsgId: 'w1',
        text: "Hi, I'm Ana Ruiz, 909-555-0142, I want to buy a home",
      }),
    );
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    await hub.hub.idle();
    await hub.hub.integrations.idle();
    // Only what the filter asks for (the lead also gave a name and a phone: lead.identified was not sent).
    expect(received.map((entry) => entry.event)).toEqual(['lead.created']);
    const [first] = received;
    expect(first!.event).toBe('lead.created');
    const t = Number(/t=(\d+)/.exec(first!.signature)![1]);
    expect(first!.signature).toBe(signTimestamped(FIRST, t, first!.body));

    // Rotation: a new secret, the old one kept for the overlap (the admin never reads it back).
    const rotated = await put(2, { url, secret: SECOND, previousSecret: CURRENT_SECRET, events: [] });
    expect(rotated.status).toBe(200);
    expect(JSON.stringify(rotated.body)).not.toMatch(/webhook-secret/);
    const other = await connect(hub.url, '/widget', (await widgetToken(hub.url)).token);
    expectOk(
      await emitAck(other, 'message:send', {
        clientMsgId: 'w2',
        text: 'Hola, soy Beatriz Soto, 909-555-0177, quiero vender mi casa',
      }),
    );
    await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const second = received[1]!;
    const t2 = /t=(\d+)/.exec(second.signature)![1]!;
    const v1 = (secret: string) => signTimestamped(secret, Number(t2), second.body).split(',')[1];
    expect(second.signature).toBe(`t=${t2},${v1(SECOND)},${v1(FIRST)}`);
    // The example receiver accepts the request with either key during the overlap, and refuses any other key.
    const raw = Buffer.from(second.body);
    for (const key of [FIRST, SECOND])
      expect(verifyTimestampedSignature(key, raw, second.signature, Number(t2) * 1_000)).toBe(true);
    expect(verifyTimestampedSignature('x'.repeat(40), raw, second.signature, Number(t2) * 1_000)).toBe(false);
    await hub.hub.idle();
    await hub.hub.integrations.idle();
    // The filter was lifted: the same kind of message now sends lead.identified too.
    expect(received.slice(1).map((entry) => entry.event)).toEqual(
      expect.arrayContaining(['lead.created', 'lead.identified']),
    );
  });
});
