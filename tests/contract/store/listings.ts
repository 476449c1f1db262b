import { expect, it } from 'vitest';
import type { ListingInput } from '../../../src/store/types.js';
import { type ContractContext, expectHubError, iso, OTHER_TENANT, T0, TENANT } from './fixtures.js';

const home = (key: string, overrides: Partial<ListingInput> = {}): ListingInput => ({
  ListingKey: key,
  StandardStatus: 'Active',
  ListPrice: 725_000,
  BedroomsTotal: 4,
  BathroomsTotalInteger: 3,
  LivingArea: 2_350,
  LotSizeArea: 0.18,
  LotSizeUnits: 'Acres',
  YearBuilt: 2004,
  PoolPrivateYN: true,
  GarageSpaces: 3,
  AssociationFee: 95,
  AssociationFeeFrequency: 'Monthly',
  PublicRemarks: 'Single-story home with a pool and mountain views.',
  StreetNumber: '12345',
  StreetName: 'Day Creek',
  StreetSuffix: 'Blvd',
  City: 'Rancho Cucamonga',
  SubdivisionName: 'Etiwanda',
  StateOrProvince: 'CA',
  PostalCode: '91739',
  PhotoURLs: ['https://photos.example.com/a/1.jpg', 'https://photos.example.com/a/2.jpg'],
  ...overrides,
});

export function listingContract(ctx: ContractContext): void {
  it('creates listings by key and reads them back whole, with the tenant and the time of the write', async () => {
    expect(await ctx.store.hasListings(TENANT)).toBe(false);
    const result = await ctx.store.upsertListings(
      TENANT,
      [home('L-1'), home('L-2', { ListPrice: 500_000 })],
      iso(T0),
    );
    expect(result).toStrictEqual({ created: 2, updated: 0, unchanged: 0, changes: [] });
    expect(await ctx.store.getListing(TENANT, 'L-1')).toStrictEqual({
      ...home('L-1'),
      tenantId: TENANT,
      updatedAt: iso(T0),
    });
    expect(await ctx.store.hasListings(TENANT)).toBe(true);
    expect(await ctx.store.getListing(TENANT, 'L-404')).toBeNull();
    if (ctx.harness.reopen) {
      const reopened = await ctx.harness.reopen();
      expect((await reopened.getListing(TENANT, 'L-2'))?.ListPrice).toBe(500_000);
    }
  });

  it('upserts by key: the same facts change nothing, new facts replace the record and report status and price changes', async () => {
    await ctx.store.upsertListings(TENANT, [home('L-1'), home('L-2'), home('L-3')], iso(T0));
    const result = await ctx.store.upsertListings(
      TENANT,
      [
        home('L-1'),
        home('L-2', { StandardStatus: 'Pending' }),
        home('L-3', { ListPrice: 699_000, PublicRemarks: undefined }),
        home('L-4'),
      ],
      iso(T0 + 60_000),
    );
    expect(result).toStrictEqual({
      created: 1,
      updated: 2,
      unchanged: 1,
      changes: [
        {
          ListingKey: 'L-2',
          before: { StandardStatus: 'Active', ListPrice: 725_000 },
          after: { StandardStatus: 'Pending', ListPrice: 725_000 },
        },
        {
          ListingKey: 'L-3',
          before: { StandardStatus: 'Active', ListPrice: 725_000 },
          after: { StandardStatus: 'Active', ListPrice: 699_000 },
        },
      ],
    });
    expect((await ctx.store.getListing(TENANT, 'L-1'))?.updatedAt).toBe(iso(T0));
    const replaced = await ctx.store.getListing(TENANT, 'L-3');
    expect(replaced?.updatedAt).toBe(iso(T0 + 60_000));
    // Replaced whole: a field the new facts leave out is gone.
    expect(replaced && 'PublicRemarks' in replaced).toBe(false);
    // A remark-only change is an update without a status or price change.
    const remarks = await ctx.store.upsertListings(
      TENANT,
      [home('L-1', { PublicRemarks: 'New roof.' })],
      iso(T0 + 120_000),
    );
    expect(remarks).toStrictEqual({ created: 0, updated: 1, unchanged: 0, changes: [] });
  });

  it('lists active listings in key order with keyset paging; other statuses are left out', async () => {
    await ctx.store.upsertListings(
      TENANT,
      [
        home('L-3'),
        home('L-1'),
        home('L-2', { StandardStatus: 'Pending' }),
        home('L-5', { StandardStatus: 'Closed' }),
        home('L-4'),
      ],
      iso(T0),
    );
    const keys = (records: { ListingKey: string }[]) => records.map((record) => record.ListingKey);
    expect(keys(await ctx.store.listActiveListings(TENANT))).toEqual(['L-1', 'L-3', 'L-4']);
    expect(keys(await ctx.store.listActiveListings(TENANT, { limit: 2 }))).toEqual(['L-1', 'L-3']);
    expect(keys(await ctx.store.listActiveListings(TENANT, { afterKey: 'L-3', limit: 2 }))).toEqual(['L-4']);
    await expectHubError(ctx.store.listActiveListings(TENANT, { limit: 0 }), 'INVALID_PAYLOAD');
  });

  it('refuses an invalid listing or a key sent twice, writing nothing of the call', async () => {
    const bad = [
      [home('L-1'), { ...home('L-2'), ListPrice: '725000' }],
      [home('L-1'), { ...home('L-2'), StandardStatus: 'Sold' }],
      [home('L-1'), { ...home('L-2'), ListAgentEmail: 'agent@example.com' }],
      [home('L-1'), { ...home('L-2'), ListingKey: '' }],
      [home('L-1'), { ...home('L-2'), PhotoURLs: ['javascript:alert(1)'] }],
      [home('L-1'), home('L-1', { ListPrice: 1 })],
    ] as unknown as ListingInput[][];
    for (const listings of bad) {
      await expectHubError(ctx.store.upsertListings(TENANT, listings, iso(T0)), 'INVALID_PAYLOAD');
    }
    await expectHubError(ctx.store.upsertListings(TENANT, [home('L-1')], 'yesterday'), 'INVALID_PAYLOAD');
    expect(await ctx.store.hasListings(TENANT)).toBe(false);
    expect(await ctx.store.getListing(TENANT, 'L-1')).toBeNull();
  });

  it('keeps each tenant to its own catalogue, with the same keys', async () => {
    await ctx.store.upsertListings(TENANT, [home('L-1')], iso(T0));
    await ctx.store.upsertListings(OTHER_TENANT, [home('L-1', { ListPrice: 1_100_000 })], iso(T0));
    expect((await ctx.store.getListing(TENANT, 'L-1'))?.ListPrice).toBe(725_000);
    expect((await ctx.store.getListing(OTHER_TENANT, 'L-1'))?.ListPrice).toBe(1_100_000);
    expect((await ctx.store.getListing(OTHER_TENANT, 'L-1'))?.tenantId).toBe(OTHER_TENANT);
    expect(await ctx.store.hasListings('tenant-c')).toBe(false);
    expect(await ctx.store.listActiveListings('tenant-c')).toEqual([]);
  });
}
