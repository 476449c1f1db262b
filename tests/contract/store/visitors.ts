import { expect, it } from 'vitest';
import type { VisitorSecretRecord } from '../../../src/store/types.js';
import { type ContractContext, expectHubError, iso, OTHER_TENANT, T0, TENANT, uid } from './fixtures.js';

const hash = () => uid('hash').padEnd(64, '0');

function makeSecret(overrides: Partial<VisitorSecretRecord> = {}): VisitorSecretRecord {
  return {
    id: uid('vsid'),
    tenantId: TENANT,
    leadId: uid('lead'),
    secretHash: hash(),
    createdAt: iso(T0),
    expiresAt: iso(T0 + 3_600_000),
    ...overrides,
  };
}

/** Visitor secrets (hash only, sliding expiry, revocation) and identity links, all keyed by tenant. */
export function visitorContract(ctx: ContractContext): void {
  it('stores a visitor secret and finds it by hash and by id, in its tenant only', async () => {
    const record = makeSecret();
    expect(await ctx.store.createVisitorSecret(record)).toStrictEqual(record);
    expect(await ctx.store.findVisitorSecret(TENANT, record.secretHash)).toStrictEqual(record);
    expect(await ctx.store.getVisitorSecret(TENANT, record.id)).toStrictEqual(record);
    expect(await ctx.store.findVisitorSecret(OTHER_TENANT, record.secretHash)).toBeNull();
    expect(await ctx.store.getVisitorSecret(OTHER_TENANT, record.id)).toBeNull();
    expect(await ctx.store.findVisitorSecret(TENANT, hash())).toBeNull();
  });

  it('refuses a second secret with the same id or hash in a tenant with CONFLICT', async () => {
    const record = makeSecret();
    await ctx.store.createVisitorSecret(record);
    await expectHubError(ctx.store.createVisitorSecret(makeSecret({ id: record.id })), 'CONFLICT');
    await expectHubError(
      ctx.store.createVisitorSecret(makeSecret({ secretHash: record.secretHash })),
      'CONFLICT',
    );
  });

  it('lets two tenants hold the same secret id, hash and lead id without touching each other', async () => {
    const a = makeSecret();
    const b = { ...a, tenantId: OTHER_TENANT, expiresAt: iso(T0 + 60_000) };
    await ctx.store.createVisitorSecret(a);
    await ctx.store.createVisitorSecret(b);
    expect(await ctx.store.revokeVisitorSecrets(TENANT, a.leadId, iso(T0 + 1))).toBe(1);
    expect((await ctx.store.getVisitorSecret(TENANT, a.id))?.revokedAt).toBe(iso(T0 + 1));
    expect(await ctx.store.getVisitorSecret(OTHER_TENANT, a.id)).toStrictEqual(b);
  });

  it('slides the expiry forward, never back, and not after revocation', async () => {
    const record = makeSecret();
    await ctx.store.createVisitorSecret(record);
    expect(await ctx.store.touchVisitorSecret(TENANT, record.id, iso(T0 + 7_200_000))).toBe(true);
    expect(await ctx.store.touchVisitorSecret(TENANT, record.id, iso(T0 + 10))).toBe(true);
    expect((await ctx.store.getVisitorSecret(TENANT, record.id))?.expiresAt).toBe(iso(T0 + 7_200_000));
    expect(await ctx.store.touchVisitorSecret(OTHER_TENANT, record.id, iso(T0 + 9_000_000))).toBe(false);
    expect(await ctx.store.revokeVisitorSecrets(TENANT, record.leadId, iso(T0 + 5))).toBe(1);
    expect(await ctx.store.revokeVisitorSecrets(TENANT, record.leadId, iso(T0 + 6))).toBe(0);
    expect(await ctx.store.touchVisitorSecret(TENANT, record.id, iso(T0 + 9_000_000))).toBe(false);
    expect(await ctx.store.getVisitorSecret(TENANT, record.id)).toStrictEqual({
      ...record,
      expiresAt: iso(T0 + 7_200_000),
      revokedAt: iso(T0 + 5),
    });
  });

  it('revokes every live secret of one lead and only that lead', async () => {
    const leadId = uid('lead');
    const first = makeSecret({ leadId });
    const second = makeSecret({ leadId });
    const other = makeSecret();
    for (const record of [first, second, other]) await ctx.store.createVisitorSecret(record);
    expect(await ctx.store.revokeVisitorSecrets(TENANT, leadId, iso(T0 + 1))).toBe(2);
    expect((await ctx.store.getVisitorSecret(TENANT, other.id))?.revokedAt).toBeUndefined();
  });

  it('links a site user to one lead per tenant: CONFLICT on a second link, same user id free in another tenant', async () => {
    const userId = uid('user');
    const link = { tenantId: TENANT, userId, leadId: uid('lead'), createdAt: iso(T0) };
    expect(await ctx.store.linkIdentity(link)).toStrictEqual(link);
    await expectHubError(ctx.store.linkIdentity({ ...link, leadId: uid('lead') }), 'CONFLICT');
    expect(await ctx.store.findIdentity(TENANT, userId)).toStrictEqual(link);
    expect(await ctx.store.findIdentity(OTHER_TENANT, userId)).toBeNull();
    const other = { ...link, tenantId: OTHER_TENANT, leadId: uid('lead') };
    await ctx.store.linkIdentity(other);
    expect(await ctx.store.findIdentity(OTHER_TENANT, userId)).toStrictEqual(other);
    expect(await ctx.store.findIdentity(TENANT, userId)).toStrictEqual(link);
  });

  it("stamps the lead's identity links at a revocation (the newest revocation), and only that lead's", async () => {
    const leadId = uid('lead');
    const link = { tenantId: TENANT, userId: uid('user'), leadId, createdAt: iso(T0) };
    const other = { tenantId: TENANT, userId: uid('user'), leadId: uid('lead'), createdAt: iso(T0) };
    const elsewhere = { ...link, tenantId: OTHER_TENANT };
    for (const record of [link, other, elsewhere]) await ctx.store.linkIdentity(record);
    await ctx.store.createVisitorSecret(makeSecret({ leadId }));
    expect(await ctx.store.revokeVisitorSecrets(TENANT, leadId, iso(T0 + 5))).toBe(1);
    expect(await ctx.store.findIdentity(TENANT, link.userId)).toStrictEqual({
      ...link,
      revokedAt: iso(T0 + 5),
    });
    // A second revocation (no live secret left) still moves the link's stamp forward.
    expect(await ctx.store.revokeVisitorSecrets(TENANT, leadId, iso(T0 + 9))).toBe(0);
    expect((await ctx.store.findIdentity(TENANT, link.userId))?.revokedAt).toBe(iso(T0 + 9));
    expect(await ctx.store.findIdentity(TENANT, other.userId)).toStrictEqual(other);
    expect(await ctx.store.findIdentity(OTHER_TENANT, link.userId)).toStrictEqual(elsewhere);
  });

  it('keeps visitor records across a reopen', async () => {
    if (!ctx.harness.reopen) return;
    const record = makeSecret();
    await ctx.store.createVisitorSecret(record);
    const reopened = await ctx.harness.reopen();
    expect(await reopened.findVisitorSecret(TENANT, record.secretHash)).toStrictEqual(record);
  });
}
