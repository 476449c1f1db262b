import { describe, expect, it } from 'vitest';
import { createTenantRegistry, seedTenants } from '../../../src/tenancy/registry.js';
import { SECRET_MASK, settingsChange, withSavedSecrets } from '../../../src/tenancy/secrets.js';
import type { TenantSettingsRecord } from '../../../src/store/tenant-types.js';
import { tenantSchema, type Tenant } from '../../../src/tenants.js';
import { tempStore } from '../../helpers/hub.js';

const tenant = (overrides: Partial<Record<keyof Tenant, unknown>> = {}): Tenant =>
  tenantSchema.parse({
    id: 'team-a',
    name: 'Team A',
    market: 'Ontario, CA',
    agentName: 'Ana Ruiz',
    widgetOrigins: ['https://a.example'],
    telephony: {
      twilio: { accountSid: `AC${'e'.repeat(32)}`, authToken: 'saved-auth-token-0123456789' },
      feedKeys: [{ id: 'k1', secret: 'saved-feed-secret-0123456789abcdef0123' }],
    },
    ...overrides,
  });
const record = (version: number, settings: Tenant): TenantSettingsRecord => ({
  tenantId: settings.id,
  version,
  settings,
  createdAt: '2026-11-25T00:00:00.000Z',
  updatedAt: '2026-11-25T00:00:00.000Z',
  updatedBy: 'seed',
});

describe('the tenant registry', () => {
  it('keeps the newest version: an older record arriving late changes nothing', () => {
    const registry = createTenantRegistry({ store: tempStore(), serveDemo: false });
    registry.apply(record(3, tenant({ agentName: 'Third' })));
    registry.apply(record(2, tenant({ agentName: 'Second' })));
    expect(registry.get('team-a')?.agentName).toBe('Third');
    expect(registry.versionOf('team-a')).toBe(3);
    registry.apply(record(4, tenant({ agentName: 'Fourth' })));
    expect(registry.all().map((held) => held.agentName)).toEqual(['Fourth']);
  });

  it('leaves test-only tenants out unless demo content is served', () => {
    const production = createTenantRegistry({ store: tempStore(), serveDemo: false });
    production.apply(record(1, tenant({ testOnly: true })));
    expect(production.get('team-a')).toBeUndefined();
    const demo = createTenantRegistry({ store: tempStore(), serveDemo: true });
    demo.apply(record(1, tenant({ testOnly: true })));
    expect(demo.get('team-a')?.testOnly).toBe(true);
  });

  it('seeds only the tenants the store lacks, and never overwrites a stored one', async () => {
    const store = tempStore();
    await store.createTenant(tenant({ agentName: 'Edited in the app' }), '2026-11-25T00:00:00.000Z', 'seed');
    const created = await seedTenants(
      store,
      [tenant({ agentName: 'From the file' }), tenant({ id: 'team-b' })],
      '2026-11-25T01:00:00.000Z',
    );
    expect(created).toEqual(['team-b']);
    const registry = createTenantRegistry({ store, serveDemo: false });
    await registry.reloadAll();
    expect(registry.get('team-a')?.agentName).toBe('Edited in the app');
    expect(registry.get('team-b')?.agentName).toBe('Ana Ruiz');
  });
});

describe('secrets in the settings API', () => {
  it('puts saved secrets back for the marker (feed keys by id) and leaves new values alone', () => {
    const saved = tenant();
    const sent = withSavedSecrets(
      {
        telephony: {
          twilio: { accountSid: `AC${'e'.repeat(32)}`, authToken: SECRET_MASK },
          feedKeys: [
            { id: 'k2', secret: 'a-new-feed-secret-0123456789abcdef01234' },
            { id: 'k1', secret: SECRET_MASK },
          ],
        },
      },
      saved,
    ) as { telephony: { twilio: { authToken: string }; feedKeys: { id: string; secret: string }[] } };
    expect(sent.telephony.twilio.authToken).toBe('saved-auth-token-0123456789');
    expect(sent.telephony.feedKeys).toEqual([
      { id: 'k2', secret: 'a-new-feed-secret-0123456789abcdef01234' },
      { id: 'k1', secret: 'saved-feed-secret-0123456789abcdef0123' },
    ]);
  });

  it('describes a change by the settings it touched, secrets masked and named by path', () => {
    const before = tenant();
    const after = tenant({
      agentName: 'Maria Lopez',
      telephony: {
        twilio: { accountSid: `AC${'e'.repeat(32)}`, authToken: 'rotated-auth-token-0123456789' },
        feedKeys: [{ id: 'k1', secret: 'saved-feed-secret-0123456789abcdef0123' }],
      },
    });
    const change = settingsChange(before, after);
    expect(change.changed).toEqual(['agentName', 'telephony']);
    expect(change.secretsChanged).toEqual(['telephony.twilio.authToken']);
    expect(JSON.stringify(change)).not.toMatch(/auth-token|feed-secret/);
    expect(change.before.agentName).toBe('Ana Ruiz');
    expect(change.after.agentName).toBe('Maria Lopez');
  });
});
