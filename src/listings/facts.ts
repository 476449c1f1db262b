import type { Listing, ListingAvailability } from '../protocol/common.js';
import type { FeeFrequency, ListingRecord, StandardStatus } from '../store/listing-types.js';
import type { Store } from '../store/types.js';
import { cleanRemarks } from './remarks.js';

/** How many of each fee make a month (one-time and seasonal fees are not monthly dues: left unknown). */
const PER_MONTH: Partial<Record<FeeFrequency, number>> = {
  Monthly: 1,
  Annually: 1 / 12,
  'Semi-Annually': 1 / 6,
  Quarterly: 1 / 3,
  'Bi-Monthly': 1 / 2,
  'Semi-Monthly': 2,
  'Bi-Weekly': 26 / 12,
  Weekly: 52 / 12,
  Daily: 365 / 12,
};

/** Monthly HOA dues in dollars: 0 for no fee, undefined when the catalogue does not say (or not per period). */
export function monthlyHoa(record: Pick<ListingRecord, 'AssociationFee' | 'AssociationFeeFrequency'>) {
  if (record.AssociationFee === undefined) return undefined;
  if (record.AssociationFee === 0) return 0;
  const factor = PER_MONTH[record.AssociationFeeFrequency ?? 'Monthly'];
  return factor === undefined ? undefined : Math.round(record.AssociationFee * factor);
}

/** What a RESO status means to a lead asking "is it still available?" (Incomplete says nothing). */
const AVAILABILITY: Partial<Record<StandardStatus, ListingAvailability>> = {
  Active: 'active',
  'Coming Soon': 'coming_soon',
  'Active Under Contract': 'under_contract',
  Pending: 'under_contract',
  Hold: 'off_market',
  Withdrawn: 'off_market',
  Expired: 'off_market',
  Canceled: 'off_market',
  Delete: 'off_market',
  Closed: 'sold',
};

/** The street address of a record: UnparsedAddress, else its parts ("12345 Day Creek Blvd #2"). */
export function streetAddress(record: ListingRecord): string | undefined {
  if (record.UnparsedAddress) return record.UnparsedAddress;
  const street = [record.StreetNumber, record.StreetName, record.StreetSuffix].filter(Boolean).join(' ');
  if (!street) return undefined;
  return record.UnitNumber ? `${street} #${record.UnitNumber}` : street;
}

/**
 * The listing facts the bot answers from (the protocol's Listing), built from a catalogue record only: price,
 * beds, baths, square feet, year built, monthly HOA, the neighbourhood (else the city) as the area, and features the catalogue states
 * (a private pool, a garage with its spaces). A fact the record does not hold stays out, so the bot says the
 * agent will confirm it. Remarks never reach the bot.
 */
const SQFT_PER_ACRE = 43_560;

export function botListing(record: ListingRecord): Listing {
  const features: string[] = [];
  if (record.PoolPrivateYN === true) features.push('pool');
  if (record.GarageSpaces !== undefined && record.GarageSpaces > 0)
    features.push(`${record.GarageSpaces}-car garage`);
  const address = streetAddress(record);
  const hoa = monthlyHoa(record);
  const availability = AVAILABILITY[record.StandardStatus];
  return {
    id: record.ListingKey,
    ...(address ? { address: address.slice(0, 300) } : {}),
    ...(record.ListPrice === undefined ? {} : { price: record.ListPrice }),
    ...(record.BedroomsTotal === undefined ? {} : { beds: record.BedroomsTotal }),
    ...(record.BathroomsTotalInteger === undefined ? {} : { baths: record.BathroomsTotalInteger }),
    ...(record.SubdivisionName || record.City ? { area: record.SubdivisionName ?? record.City } : {}),
    ...(record.LivingArea === undefined ? {} : { sqft: Math.round(record.LivingArea) }),
    ...(record.YearBuilt === undefined ? {} : { yearBuilt: record.YearBuilt }),
    ...(record.LotSizeArea === undefined
      ? {}
      : {
          lotSqft: Math.round(
            record.LotSizeUnits === 'Acres' ? record.LotSizeArea * SQFT_PER_ACRE : record.LotSizeArea,
          ),
        }),
    ...(hoa === undefined ? {} : { hoaMonthly: hoa }),
    ...(features.length > 0 ? { features } : {}),
    ...(availability ? { availability } : {}),
  };
}

/** A text (a page's, or a catalogue name shown to a lead) that reads the same once cleaned of markup, links, contacts and Fair Housing breaches. */
export const isCleanText = (text: string | undefined): text is string =>
  text !== undefined && cleanRemarks(text).notes.length === 0;

/**
 * The facts a page sent, for a tenant without a catalogue: its texts only when nothing had to be cleaned out of
 * them (a feature "pool (whites only) https://..." or an address with a phone number is left out), its numbers
 * as they are (the protocol's schema bounds them).
 */
export function cleanPageListing(listing: Listing): Listing {
  // Whether the home is still for sale is the catalogue's to say, never a page's.
  const { address, area, features, availability: _pageClaim, ...rest } = listing;
  const kept = (features ?? []).filter(isCleanText);
  return {
    ...rest,
    ...(isCleanText(address) ? { address } : {}),
    ...(isCleanText(area) ? { area } : {}),
    ...(kept.length > 0 ? { features: kept } : {}),
  };
}

/**
 * What the bot is told about the listing a conversation is about (`named`: the listing the widget named, as the
 * page sent it). The catalogue decides: a key it holds gives that record's facts (botListing), whatever the page
 * said; a key it does not hold gives the key alone (the bot says the agent will confirm every fact). Only a tenant
 * with no catalogue at all (nothing imported yet) still has the page's facts read, as before catalogues existed,
 * cleaned (cleanPageListing; docs/LISTINGS.md).
 */
export async function listingForBot(
  store: Pick<Store, 'getListing' | 'hasListings'>,
  tenantId: string,
  named: Listing | undefined,
): Promise<Listing | undefined> {
  if (!named) return undefined;
  const record = await store.getListing(tenantId, named.id);
  if (record) return botListing(record);
  return (await store.hasListings(tenantId)) ? { id: named.id } : cleanPageListing(named);
}
