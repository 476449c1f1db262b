import { describe, expect, it } from 'vitest';
import { botListing, cleanPageListing, monthlyHoa } from '../../../src/listings/facts.js';
import { changeLine } from '../../../src/listings/notify.js';
import { cleanRemarks } from '../../../src/listings/remarks.js';
import { isFeedError, readFeed, readFeedInSlices } from '../../../src/listings/rows.js';
import { REMARKS_LIMIT, type ListingRecord } from '../../../src/store/listing-types.js';

/** A reason that matches `pattern` (typed for the row records it sits in). */
const matching = (pattern: RegExp): string => expect.stringMatching(pattern) as string;

const good = {
  ListingKey: 'L-1',
  StandardStatus: 'Active',
  ListPrice: 725_000,
  BedroomsTotal: 4,
  BathroomsTotalInteger: 3,
  LivingArea: 2_350,
  PoolPrivateYN: true,
  GarageSpaces: 3,
  AssociationFee: 95,
  AssociationFeeFrequency: 'Monthly',
  City: 'Rancho Cucamonga',
  PostalCode: '91739',
};

describe('reading a JSON feed', () => {
  it('keeps valid rows and reports every malformed one with its reason', () => {
    const feed = readFeed(
      JSON.stringify([
        good,
        { ...good, ListingKey: 'L-2', ListPrice: '725000' },
        { ...good, ListingKey: undefined },
        { ...good, ListingKey: 42 },
        { ...good, ListingKey: 'L-1', ListPrice: 1 },
        { ...good, ListingKey: 'L-3', StandardStatus: 'Sold' },
        { ...good, ListingKey: 'L-4', StandardStatus: undefined },
        { ...good, ListingKey: 'L-5', BedroomsTotal: 3.5 },
        { ...good, ListingKey: 'L-6', PoolPrivateYN: 'maybe' },
        'not a listing',
        { ...good, ListingKey: 'L-7', PhotoURLs: ['javascript:alert(1)'] },
        { ...good, ListingKey: 'L-8', StandardStatus: 'active under contract' },
      ]),
      'json',
    );
    expect(feed.rows).toBe(12);
    expect(feed.listings.map((listing) => listing.ListingKey)).toEqual(['L-1', 'L-8']);
    expect(feed.listings[1]?.StandardStatus).toBe('Active Under Contract');
    expect(feed.rejected).toEqual([
      { row: 2, ListingKey: 'L-2', reason: matching(/^ListPrice: .*expected number/) },
      { row: 3, reason: 'ListingKey is missing' },
      { row: 4, reason: 'ListingKey must be text, not number' },
      { row: 5, ListingKey: 'L-1', reason: 'ListingKey L-1 is already used by row 1 of this file' },
      { row: 6, ListingKey: 'L-3', reason: matching(/^StandardStatus: /) },
      { row: 7, ListingKey: 'L-4', reason: 'StandardStatus is missing' },
      { row: 8, ListingKey: 'L-5', reason: matching(/^BedroomsTotal: /) },
      { row: 9, ListingKey: 'L-6', reason: matching(/^PoolPrivateYN: .*expected boolean/) },
      { row: 10, reason: 'A listing is an object, not string' },
      { row: 11, ListingKey: 'L-7', reason: matching(/^PhotoURLs\.0: /) },
    ]);
  });

  it('reads a RESO Web API page, keeps only catalogue fields (no personal data) and Media as photo URLs', () => {
    const feed = readFeed(
      JSON.stringify({
        '@odata.context': 'https://api.example.com/$metadata#Property',
        value: [
          {
            ...good,
            ListAgentFullName: 'Pat Agent',
            ListAgentEmail: 'pat@example.com',
            OwnerName: 'Sam Owner',
            ShowingContactPhone: '909-555-0100',
            Media: [
              { MediaURL: 'https://photos.example.com/2.jpg', Order: 2 },
              { MediaURL: 'https://photos.example.com/1.jpg', Order: 1 },
            ],
          },
        ],
      }),
      'json',
    );
    expect(feed.rejected).toEqual([]);
    expect(feed.ignoredFields).toEqual([
      'ListAgentEmail',
      'ListAgentFullName',
      'OwnerName',
      'ShowingContactPhone',
    ]);
    expect(feed.listings[0]).toStrictEqual({
      ...good,
      PhotoURLs: ['https://photos.example.com/1.jpg', 'https://photos.example.com/2.jpg'],
    });
    expect(JSON.stringify(feed.listings)).not.toMatch(/Pat|Sam|pat@|555-0100/);
  });

  it('cleans remarks: HTML stripped, links and contact details removed, huge remarks cut; each reported', () => {
    const feed = readFeed(
      JSON.stringify([
        { ...good, PublicRemarks: '<p>Big <b>kitchen</b> &amp; pool.</p><script>alert(1)</script>' },
        {
          ...good,
          ListingKey: 'L-2',
          PublicRemarks:
            'Call Pat at (909) 555-0100 or pat@example.com, tour at https://tour.example.com/x or jorge-homes.com!',
        },
        { ...good, ListingKey: 'L-3', PublicRemarks: 'Lovely home. '.repeat(1_000) },
        { ...good, ListingKey: 'L-4', PublicRemarks: '<br/>  ' },
        { ...good, ListingKey: 'L-5', PublicRemarks: 'Updated 2.5 baths, 3 car garage, built 1987.' },
      ]),
      'json',
    );
    const [html, contacts, huge, empty, plain] = feed.listings;
    expect(html?.PublicRemarks).toBe('Big kitchen & pool.');
    expect(contacts?.PublicRemarks).not.toMatch(/909|555|@|https|example|jorge-homes/);
    expect(contacts?.PublicRemarks).toMatch(/^Call Pat at or , tour at or/);
    expect([...(huge?.PublicRemarks ?? '')].length).toBeLessThanOrEqual(REMARKS_LIMIT);
    expect(huge?.PublicRemarks?.endsWith('…')).toBe(true);
    expect(empty && 'PublicRemarks' in empty).toBe(false);
    expect(plain?.PublicRemarks).toBe('Updated 2.5 baths, 3 car garage, built 1987.');
    expect(feed.changed).toEqual([
      { row: 1, ListingKey: 'L-1', notes: ['html_removed'] },
      { row: 2, ListingKey: 'L-2', notes: ['links_removed', 'contacts_removed'] },
      { row: 3, ListingKey: 'L-3', notes: ['remarks_cut'] },
      { row: 4, ListingKey: 'L-4', notes: ['html_removed'] },
    ]);
  });

  it('drops remarks that break the Fair Housing rule, keeping the listing', () => {
    const feed = readFeed(
      JSON.stringify([
        { ...good, PublicRemarks: 'Whites only. Quiet street.' },
        { ...good, ListingKey: 'L-2', PublicRemarks: 'Family-friendly neighborhood close to the church.' },
        { ...good, ListingKey: 'L-3', PublicRemarks: 'Only white cabinets and no black mold; 2-car garage.' },
      ]),
      'json',
    );
    expect(feed.listings.map((listing) => listing.PublicRemarks)).toEqual([
      undefined,
      undefined,
      'Only white cabinets and no black mold; 2-car garage.',
    ]);
    expect(feed.changed).toEqual([
      { row: 1, ListingKey: 'L-1', notes: ['fair_housing_removed'] },
      { row: 2, ListingKey: 'L-2', notes: ['fair_housing_removed'] },
    ]);
  });

  it('reads a feed in slices on a live hub, giving the event loop back between them', async () => {
    const rows = Array.from({ length: 1_200 }, (_, index) => ({ ...good, ListingKey: `K-${index}` }));
    const text = JSON.stringify([...rows, { ...good, ListingKey: 'K-0' }]);
    let turns = 0;
    const tick = () => {
      turns++;
      if (turns < 100) setImmediate(tick);
    };
    setImmediate(tick);
    const sliced = await readFeedInSlices(text, 'json', 500);
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(sliced).toStrictEqual(readFeed(text, 'json'));
    expect(sliced.rejected).toEqual([
      { row: 1_201, ListingKey: 'K-0', reason: 'ListingKey K-0 is already used by row 1 of this file' },
    ]);
  });

  it('refuses a file that is not a feed at all', () => {
    for (const text of ['{"listings": 3}', '[{"ListingKey": ', '42']) {
      let failure: unknown;
      try {
        readFeed(text, 'json');
      } catch (error) {
        failure = error;
      }
      expect(isFeedError(failure), text).toBe(true);
    }
  });
});

describe('reading a CSV feed', () => {
  it('types the cells, keeps the valid rows and reports the others', () => {
    const csv = [
      'ListingKey,StandardStatus,ListPrice,BedroomsTotal,PoolPrivateYN,AssociationFee,AssociationFeeFrequency,PublicRemarks,PhotoURLs,ListAgentEmail',
      'L-1,Active,"$725,000",4,Y,1140,Annually,"<b>Pool</b> home",https://p.example.com/1.jpg|https://p.example.com/2.jpg,pat@example.com',
      'L-2,Pending,699000,three,N,,,,,',
      ',Active,500000,3,N,,,,,',
      'L-3,Active,500000,3,N,,,,',
      'L-1,Closed,1,1,N,,,,,',
      'L-4,Active,,2,,,,,,',
    ].join('\n');
    const feed = readFeed(csv, 'csv');
    expect(feed.rows).toBe(6);
    expect(feed.ignoredFields).toEqual(['ListAgentEmail']);
    expect(feed.listings).toStrictEqual([
      {
        ListingKey: 'L-1',
        StandardStatus: 'Active',
        ListPrice: 725_000,
        BedroomsTotal: 4,
        PoolPrivateYN: true,
        AssociationFee: 1_140,
        AssociationFeeFrequency: 'Annually',
        PublicRemarks: 'Pool home',
        PhotoURLs: ['https://p.example.com/1.jpg', 'https://p.example.com/2.jpg'],
      },
      { ListingKey: 'L-4', StandardStatus: 'Active', BedroomsTotal: 2 },
    ]);
    expect(feed.rejected).toEqual([
      { row: 2, ListingKey: 'L-2', reason: matching(/^BedroomsTotal: .*expected number/) },
      { row: 3, reason: 'ListingKey is missing' },
      { row: 4, reason: 'The row has 9 fields; the header has 10' },
      { row: 5, ListingKey: 'L-1', reason: 'ListingKey L-1 is already used by row 1 of this file' },
    ]);
  });
});

describe('the facts the bot reads', () => {
  const record: ListingRecord = {
    ...(good as unknown as ListingRecord),
    StandardStatus: 'Active',
    AssociationFeeFrequency: 'Monthly',
    StreetNumber: '12345',
    StreetName: 'Day Creek',
    StreetSuffix: 'Blvd',
    YearBuilt: 2004,
    PublicRemarks: 'Whites only, see https://evil.example',
    tenantId: 'demo',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('maps a catalogue record to the Listing the bot answers from, without its remarks', () => {
    expect(botListing(record)).toStrictEqual({
      id: 'L-1',
      address: '12345 Day Creek Blvd',
      price: 725_000,
      beds: 4,
      baths: 3,
      area: 'Rancho Cucamonga',
      sqft: 2_350,
      yearBuilt: 2004,
      hoaMonthly: 95,
      features: ['pool', '3-car garage'],
      availability: 'active',
    });
    expect(botListing({ ...record, PoolPrivateYN: false, GarageSpaces: 0 }).features).toBeUndefined();
    // The neighbourhood, when the catalogue names it, is the area (the buyer bot pre-fills it).
    expect(botListing({ ...record, SubdivisionName: 'Etiwanda' }).area).toBe('Etiwanda');
  });

  it('keeps only the clean texts of a page listing (a tenant without a catalogue)', () => {
    expect(
      cleanPageListing({
        id: 'P-1',
        price: 725_000,
        address: '12345 Day Creek Blvd, call 909-555-0100',
        area: 'Etiwanda',
        features: ['pool (whites only)', 'see https://evil.example', '3-car garage', 'family-friendly area'],
      }),
    ).toStrictEqual({ id: 'P-1', price: 725_000, area: 'Etiwanda', features: ['3-car garage'] });
  });

  it('turns the HOA into monthly dues', () => {
    expect(monthlyHoa({ AssociationFee: 1_200, AssociationFeeFrequency: 'Annually' })).toBe(100);
    expect(monthlyHoa({ AssociationFee: 300, AssociationFeeFrequency: 'Quarterly' })).toBe(100);
    expect(monthlyHoa({ AssociationFee: 0 })).toBe(0);
    expect(monthlyHoa({ AssociationFee: 500, AssociationFeeFrequency: 'One Time' })).toBeUndefined();
    expect(monthlyHoa({})).toBeUndefined();
  });

  it('says a change in one staff line', () => {
    expect(
      changeLine({
        ListingKey: 'L-1',
        before: { StandardStatus: 'Active', ListPrice: 725_000 },
        after: { StandardStatus: 'Pending', ListPrice: 699_000 },
      }),
    ).toBe('Listing L-1 changed: status Active → Pending; price $725,000 → $699,000.');
  });

  it('cleans remarks that are only markup to nothing', () => {
    expect(cleanRemarks('<div></div>')).toEqual({ text: undefined, notes: ['html_removed'] });
  });
});
