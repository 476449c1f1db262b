import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openSqliteConnection } from '../../src/store/sqlite/store.js';
import { tenantSchema } from '../../src/tenants.js';

const AUTH_TOKEN = 'twilioauthtokenq8v3m7k2z9x4';
const FEED_SECRET = 'feedsecretw7n2p5r8t1y4u6i9o3a5s7d9';
const IDENTITY_SECRET = 'identitysecretj4h6g8f2d5s7a9q1w3e5';
const CRM_SECRET = 'crmendpointsecretk3l5m7n9p2q4r6s8t0';
const CRM_PREVIOUS = 'crmpreviousendpointsecretu1v3w5x7y9';
const OPS_SECRET = 'opsendpointsecretz2a4b6c8d0e2f4g6h8';

const filesOnDisk = (file: string): string =>
  [file, `${file}-wal`]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');

describe("a tenant's secrets at rest (issue 34, item 1)", () => {
  it('keeps the telephony keys, the identity secret and the secrets of each webhook endpoint sealed in hub.db and hub.db-wal, and reads them back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-tenant-secrets-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'hub.db');
    const { store, db } = openSqliteConnection({ file });
    onTestFinished(() => {
      db.close();
    });
    const settings = tenantSchema.parse({
      id: 'team-a',
      name: 'Team A',
      market: 'Ontario, CA',
      agentName: 'Ana Ruiz',
      widgetOrigins: ['https://listings.example.com'],
      identitySecret: IDENTITY_SECRET,
      telephony: {
        twilio: { accountSid: `AC${'b'.repeat(32)}`, authToken: AUTH_TOKEN },
        feedKeys: [{ id: 'feed-1', secret: FEED_SECRET }],
      },
      webhooks: [
        { id: 'crm', url: 'https://crm.example/hook', secret: CRM_SECRET, previousSecret: CRM_PREVIOUS },
        { id: 'ops', url: 'https://ops.example/hook', secret: OPS_SECRET, enabled: false },
      ],
    });
    await store.createTenant(settings, '2026-11-25T06:00:00.000Z', 'seed');
    await store.updateTenant('team-a', settings, 1, '2026-11-25T06:01:00.000Z', 'admin');
    expect((await store.getTenant('team-a'))?.settings).toEqual(settings);
    const disk = filesOnDisk(file);
    // The file read works: the tenant's name is not a secret and stays readable.
    expect(disk).toContain('Ana Ruiz');
    expect(disk).toContain('https://ops.example/hook');
    for (const secret of [AUTH_TOKEN, FEED_SECRET, IDENTITY_SECRET, CRM_SECRET, CRM_PREVIOUS, OPS_SECRET])
      expect(disk).not.toContain(secret);
  });
});
