import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { HubCluster } from '../../scripts/lib/hub-processes.js';
import { connect, emitAck, expectOk } from '../helpers/hub.js';
import { describeWithRedis, useTestCluster } from './harness.js';

const NEW_SITE = 'https://homes.new-site.example';

async function adminToken(url: string, userId = 'ada'): Promise<string> {
  const response = await fetch(`${url}/api/dev/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenantId: 'demo', role: 'admin', userId, name: 'Ada Admin' }),
  });
  if (response.status !== 201) throw new Error(`dev token: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

const sessionFrom = (url: string, origin: string) =>
  fetch(`${url}/api/widget/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ tenantId: 'demo' }),
  });

interface SettingsView {
  version: number;
  settings: Record<string, unknown> & { widgetOrigins: string[]; agentName: string };
}

describeWithRedis('cluster: an admin changes the tenant settings on node A, node B uses them at once', () => {
  const setup = useTestCluster({
    nodes: 2,
    env: {
      REDIS_KEY_PREFIX: `jorge-test-${randomUUID().slice(0, 8)}:`,
      // The periodic refresh is far away: what reaches node B in time came over Redis.
      HUB_TENANT_REFRESH_MS: '3600000',
    },
  });
  let cluster: HubCluster;
  beforeAll(async () => {
    cluster = await setup.start();
  }, 60_000);

  it('accepts a new widget origin and serves new canned replies on node B without a restart', async () => {
    const [a, b] = cluster.nodes;
    const token = await adminToken(a!.url);
    expect((await sessionFrom(b!.url, NEW_SITE)).status).toBe(403);

    const read = await fetch(`${a!.url}/api/admin/tenant`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    const before = (await read.json()) as SettingsView;
    const put = await fetch(`${a!.url}/api/admin/tenant`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        version: before.version,
        settings: {
          ...before.settings,
          widgetOrigins: [...before.settings.widgetOrigins, NEW_SITE],
          cannedReplies: [{ title: 'Saludo nuevo', text: 'Hola {lead}, soy {agent}.', lang: 'es' }],
        },
      }),
    });
    expect(put.status).toBe(200);
    expect(((await put.json()) as SettingsView).version).toBe(before.version + 1);

    // Node B: the new origin opens widget sessions, well before the hour-long refresh.
    const saved = performance.now();
    await expect
      .poll(async () => (await sessionFrom(b!.url, NEW_SITE)).status, { timeout: 3_000, interval: 50 })
      .toBe(201);
    expect(performance.now() - saved).toBeLessThan(3_000);
    const agent = await connect(b!.url, '/agent', token);
    const canned = expectOk(await emitAck<{ replies: { title: string }[] }>(agent, 'canned:list', {}));
    expect(canned.replies.map((reply) => reply.title)).toEqual(['Saludo nuevo']);

    // A second admin still holding the old version cannot overwrite it (on either node).
    const stale = await fetch(`${b!.url}/api/admin/tenant`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${await adminToken(b!.url, 'bea')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ version: before.version, settings: before.settings }),
    });
    expect(stale.status).toBe(409);
    expect(
      ((await stale.json()) as { error: { code: string; details: { version: number } } }).error,
    ).toMatchObject({
      code: 'CONFLICT',
      details: { version: before.version + 1 },
    });
    expect((await sessionFrom(b!.url, NEW_SITE)).status).toBe(201);
  }, 30_000);

  it('a restarted node loads the settings from the store, not from the tenants file', async () => {
    const c = await cluster.addNode('node-c');
    expect((await sessionFrom(c.url, NEW_SITE)).status).toBe(201);
  }, 60_000);
});
