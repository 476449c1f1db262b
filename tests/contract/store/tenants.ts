import { expect, it } from 'vitest';
import { tenantSchema, type Tenant } from '../../../src/tenants.js';
import { type ContractContext, expectHubError, iso, T0, TENANT, OTHER_TENANT } from './fixtures.js';

const AUTH_TOKEN = 'twilio-auth-token-0123456789abcdef';
const FEED_SECRET = 'feed-secret-0123456789abcdef0123456789';

const settings = (overrides: Partial<Record<keyof Tenant, unknown>> = {}): Tenant =>
  tenantSchema.parse({
    id: TENANT,
    name: 'Team A',
    market: 'Rancho Cucamonga, CA',
    agentName: 'Ana Ruiz',
    widgetOrigins: ['https://listings.example.com'],
    identitySecret: 'identity-secret-0123456789abcdef0123',
    telephony: {
      twilio: { accountSid: `AC${'a'.repeat(32)}`, authToken: AUTH_TOKEN },
      feedKeys: [{ id: 'feed-1', secret: FEED_SECRET }],
    },
    cannedReplies: [{ title: 'Hola', text: 'Hola {lead}', lang: 'es' }],
    quietHours: { startHour: 20, endHour: 9 },
    ...overrides,
  });

/** Tenants and their settings (src/store/tenant-types.ts): created once, read back whole, updated by version. */
export function tenantContract(ctx: ContractContext): void {
  it('creates a tenant at version 1 and reads its settings back whole, secrets opened', async () => {
    const created = await ctx.store.createTenant(settings(), iso(T0), 'seed');
    expect(created).toMatchObject({ tenantId: TENANT, version: 1, updatedBy: 'seed', createdAt: iso(T0) });
    const read = await ctx.store.getTenant(TENANT);
    expect(read).toEqual(created);
    expect(read?.settings.telephony?.twilio?.authToken).toBe(AUTH_TOKEN);
    expect(read?.settings.telephony?.feedKeys[0]?.secret).toBe(FEED_SECRET);
    expect(read?.settings.quietHours).toEqual({ startHour: 20, endHour: 9 });
    expect(await ctx.store.getTenant(OTHER_TENANT)).toBeNull();
  });

  it('refuses a second tenant with the same id (CONFLICT) and invalid settings (INVALID_PAYLOAD)', async () => {
    await ctx.store.createTenant(settings(), iso(T0), 'seed');
    await expectHubError(ctx.store.createTenant(settings({ name: 'Again' }), iso(T0), 'seed'), 'CONFLICT');
    await expectHubError(
      ctx.store.createTenant({ ...settings({ id: OTHER_TENANT }), widgetOrigins: [] }, iso(T0), 'seed'),
      'INVALID_PAYLOAD',
    );
    expect((await ctx.store.getTenant(TENANT))?.settings.name).toBe('Team A');
    expect(await ctx.store.getTenant(OTHER_TENANT)).toBeNull();
  });

  it('updates by compare-and-set: the stale version writes nothing', async () => {
    await ctx.store.createTenant(settings(), iso(T0), 'seed');
    const first = await ctx.store.updateTenant(
      TENANT,
      settings({ agentName: 'Maria Lopez' }),
      1,
      iso(T0 + 1_000),
      'admin-1',
    );
    expect(first).toMatchObject({ version: 2, updatedBy: 'admin-1', updatedAt: iso(T0 + 1_000) });
    expect(first?.settings.agentName).toBe('Maria Lopez');
    expect(first?.createdAt).toBe(iso(T0));
    // A second admin who loaded version 1 loses, and changes nothing.
    expect(
      await ctx.store.updateTenant(TENANT, settings({ agentName: 'Other' }), 1, iso(T0 + 2_000), 'admin-2'),
    ).toBeNull();
    expect(await ctx.store.getTenant(TENANT)).toEqual(first);
    // Unknown tenant: null.
    expect(
      await ctx.store.updateTenant(OTHER_TENANT, settings({ id: OTHER_TENANT }), 1, iso(T0), 'admin-1'),
    ).toBeNull();
  });

  it('refuses an update that changes the id or breaks the schema, writing nothing', async () => {
    await ctx.store.createTenant(settings(), iso(T0), 'seed');
    await expectHubError(
      ctx.store.updateTenant(TENANT, settings({ id: OTHER_TENANT }), 1, iso(T0), 'admin-1'),
      'INVALID_PAYLOAD',
    );
    await expectHubError(
      ctx.store.updateTenant(
        TENANT,
        { ...settings(), quietHours: { startHour: 8, endHour: 8 } },
        1,
        iso(T0),
        'admin-1',
      ),
      'INVALID_PAYLOAD',
    );
    expect((await ctx.store.getTenant(TENANT))?.version).toBe(1);
  });

  it('lists every tenant by id and keeps them across a reopen', async () => {
    await ctx.store.createTenant(settings({ id: OTHER_TENANT, name: 'Team B' }), iso(T0), 'command');
    await ctx.store.createTenant(settings(), iso(T0), 'seed');
    const listed = await ctx.store.listTenants();
    expect(listed.map((record) => record.tenantId)).toEqual([TENANT, OTHER_TENANT]);
    if (!ctx.harness.reopen) return;
    const reopened = await ctx.harness.reopen();
    expect(await reopened.listTenants()).toEqual(listed);
  });
}
