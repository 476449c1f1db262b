import { describe, expect, it } from 'vitest';
import { createMatchIndex, matchListings } from '../../../src/listings/match.js';
import { createListingMatcher, wantsFromSlots } from '../../../src/listings/matcher.js';
import type { ListingRecord } from '../../../src/store/listing-types.js';

const home = (key: string, facts: Partial<ListingRecord>): ListingRecord => ({
  ListingKey: key,
  StandardStatus: 'Active',
  tenantId: 'demo',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...facts,
});

const CATALOGUE = [
  home('A', { ListPrice: 590_000, BedroomsTotal: 3, City: 'Rancho Cucamonga' }),
  home('B', { ListPrice: 640_000, BedroomsTotal: 4, City: 'Rancho Cucamonga', PoolPrivateYN: true }),
  home('C', { ListPrice: 615_000, BedroomsTotal: 3, City: 'Upland', GarageSpaces: 2 }),
  home('D', { ListPrice: 450_000, BedroomsTotal: 2, City: 'Ontario' }),
  home('E', { ListPrice: 700_000, BedroomsTotal: 5, City: 'Rancho Cucamonga', PoolPrivateYN: true }),
  home('F', { ListPrice: 620_000, BedroomsTotal: 3, City: 'Rancho Cucamonga', StandardStatus: 'Pending' }),
  home('G', { BedroomsTotal: 3, City: 'Rancho Cucamonga' }),
  home('H', { ListPrice: 599_000, City: 'Rancho Cucamonga' }),
];
const index = createMatchIndex(CATALOGUE);
const keys = (wants: Parameters<typeof matchListings>[1], max?: number) =>
  matchListings(index, wants, max).map((match) => match.ListingKey);

describe('homes that match a lead', () => {
  it('indexes active homes with a price only', () => {
    expect(index.size).toBe(6);
    expect([...index.keys]).toEqual(['D', 'A', 'H', 'C', 'B', 'E']);
  });

  it('keeps to the budget (a 5 % stretch allowed, ranked lower) and offers at most 3', () => {
    expect(keys({ budget: { max: 620_000 } })).toEqual(['C', 'H', 'A']);
    expect(keys({ budget: { max: 620_000 } }, 10)).toEqual(['C', 'H', 'A', 'D', 'B']);
    expect(keys({ budget: { min: 600_000, max: 700_000 } }, 10)).toEqual(['E', 'B', 'C', 'H', 'A']);
    const stretch = matchListings(index, { budget: { max: 620_000 } }, 10).find((m) => m.ListingKey === 'B');
    expect(stretch?.reasons[0]).toBe('$640,000, a stretch over $620,000');
  });

  it('needs the bedrooms said, a city named, and the must-haves', () => {
    expect(keys({ budget: { max: 650_000 }, bedrooms: { min: 3 } })).toEqual(['C', 'A', 'B']);
    expect(keys({ budget: { max: 650_000 }, bedrooms: { min: 3, max: 3 } }, 10)).toEqual(['C', 'A', 'B']);
    expect(keys({ bedrooms: { min: 4 }, areas: ['rancho cucamonga'] }, 10)).toEqual(['B', 'E']);
    expect(keys({ areas: ['Upland', 'Etiwanda'] }, 10)).toEqual(['C']);
    // A neighbourhood the catalogue does not name does not filter; one it names does.
    expect(keys({ areas: ['Alta Loma'], budget: { max: 460_000 } })).toEqual(['D']);
    const withSubdivision = createMatchIndex([
      ...CATALOGUE,
      home('I', {
        ListPrice: 610_000,
        BedroomsTotal: 3,
        City: 'Rancho Cucamonga',
        SubdivisionName: 'Etiwanda',
      }),
    ]);
    expect(matchListings(withSubdivision, { areas: ['etiwanda'] }).map((match) => match.ListingKey)).toEqual([
      'I',
    ]);
    expect(keys({ mustHaves: ['pool'] }, 10)).toEqual(['B', 'E']);
    expect(keys({ mustHaves: ['pool', 'garage'] })).toEqual([]);
    expect(keys({ budget: { max: 300_000 } })).toEqual([]);
  });

  it('explains each match in staff words, from what the lead said only', () => {
    expect(
      matchListings(index, { budget: { max: 650_000 }, bedrooms: { min: 4 }, mustHaves: ['pool'] }),
    ).toEqual([
      { ListingKey: 'B', score: expect.any(Number) as number, reasons: ['$640,000', '4 beds', 'pool'] },
    ]);
    expect(matchListings(createMatchIndex([]), { budget: { max: 1 } })).toEqual([]);
  });
});

describe('matches in a hand-off packet', () => {
  const packet = (botKind: 'buyer' | 'seller', slotsFilled: Record<string, unknown>, requestedAt = 'T1') => ({
    handoff: {
      reason: 'asked for a person',
      botKind,
      temperature: 'warm' as const,
      slotsFilled,
      slotsMissing: [],
      summary: '',
      lastMessages: [],
      profile: {},
      requestedAt,
    },
  });

  it('reads what the lead said from the slots', () => {
    expect(
      wantsFromSlots({
        budget: { max: 650_000 },
        size: { bedrooms: 3, maxBedrooms: 4, bathrooms: 2 },
        areas: ['Upland'],
      }),
    ).toEqual({ budget: { max: 650_000 }, bedrooms: { min: 3, max: 4 }, bathrooms: 2, areas: ['Upland'] });
    expect(wantsFromSlots({ financing: 'cash' })).toBeUndefined();
  });

  it('adds at most 3 homes to a new buyer packet, reading the catalogue once per minute', async () => {
    let reads = 0;
    let clock = 0;
    const matcher = createListingMatcher(
      {
        listActiveListings: async () => {
          reads++;
          return CATALOGUE;
        },
      },
      { nowMs: () => clock },
    );
    const buyer = packet('buyer', { budget: { max: 650_000 }, size: { bedrooms: 3 } });
    await matcher.addToPacket('demo', buyer, 'T1');
    expect(buyer.handoff).toMatchObject({
      matches: [{ ListingKey: 'C' }, { ListingKey: 'A' }, { ListingKey: 'B' }],
    });
    const seller = packet('seller', { budget: { max: 650_000 } });
    await matcher.addToPacket('demo', seller, 'T1');
    expect('matches' in seller.handoff).toBe(false);
    const older = packet('buyer', { budget: { max: 650_000 } }, 'T0');
    await matcher.addToPacket('demo', older, 'T1');
    expect('matches' in older.handoff).toBe(false);
    await matcher.addToPacket('demo', packet('buyer', { budget: { max: 650_000 } }), 'T1');
    expect(reads).toBe(1);
    clock = 60_000;
    await matcher.addToPacket('demo', packet('buyer', { budget: { max: 650_000 } }), 'T1');
    expect(reads).toBe(2);
  });

  it('leaves the packet as it is when the catalogue cannot be read', async () => {
    const matcher = createListingMatcher({
      listActiveListings: () => Promise.reject(new Error('store down')),
    });
    const buyer = packet('buyer', { budget: { max: 650_000 } });
    await matcher.addToPacket('demo', buyer, 'T1');
    expect('matches' in buyer.handoff).toBe(false);
  });
});
