import { z } from 'zod';
import { HubError } from '../errors.js';
import { shownText } from '../protocol/text.js';

/**
 * The team's listing catalogue (docs/LISTINGS.md): one record per (tenant, ListingKey), with RESO Data Dictionary
 * field names. It holds facts about homes only, never personal data (no agent, owner or showing contact fields:
 * the import keeps the fields below and drops every other one).
 */

/** RESO StandardStatus values. */
export const StandardStatus = [
  'Active',
  'Active Under Contract',
  'Coming Soon',
  'Pending',
  'Hold',
  'Withdrawn',
  'Expired',
  'Canceled',
  'Closed',
  'Delete',
  'Incomplete',
] as const;
export type StandardStatus = (typeof StandardStatus)[number];

/** RESO FeeFrequency values (AssociationFeeFrequency). */
export const FeeFrequency = [
  'Annually',
  'Bi-Monthly',
  'Bi-Weekly',
  'Daily',
  'Monthly',
  'One Time',
  'Quarterly',
  'Seasonal',
  'Semi-Annually',
  'Semi-Monthly',
  'Weekly',
] as const;
export type FeeFrequency = (typeof FeeFrequency)[number];

/** The longest PublicRemarks kept (the import cuts longer remarks here and says so). */
export const REMARKS_LIMIT = 2_000;
/** Listings per upsertListings call (the import sends its rows in chunks of this size). */
export const LISTINGS_PER_UPSERT = 1_000;

const optionalText = (max: number) => shownText(max).optional();

/** One listing as the store keeps it (without the tenant and time the store adds). Validated on every write. */
export const listingInputSchema = z.strictObject({
  ListingKey: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,128}$/, 'ListingKey uses 1 to 128 letters, digits, "_", ".", ":" and "-"'),
  StandardStatus: z.enum(StandardStatus),
  ListPrice: z.number().nonnegative().max(1e10).optional(),
  BedroomsTotal: z.number().int().min(0).max(100).optional(),
  BathroomsTotalInteger: z.number().int().min(0).max(100).optional(),
  /** Square feet. */
  LivingArea: z.number().nonnegative().max(1e6).optional(),
  LotSizeArea: z.number().nonnegative().max(1e9).optional(),
  LotSizeUnits: z.enum(['Acres', 'Square Feet']).optional(),
  YearBuilt: z.number().int().min(1700).max(2200).optional(),
  PoolPrivateYN: z.boolean().optional(),
  GarageSpaces: z.number().nonnegative().max(100).optional(),
  AssociationFee: z.number().nonnegative().max(1e6).optional(),
  AssociationFeeFrequency: z.enum(FeeFrequency).optional(),
  /** Cleaned by the import: no HTML, links, emails or phone numbers; at most REMARKS_LIMIT characters. */
  PublicRemarks: optionalText(REMARKS_LIMIT),
  UnparsedAddress: optionalText(300),
  StreetNumber: optionalText(20),
  StreetName: optionalText(100),
  StreetSuffix: optionalText(30),
  UnitNumber: optionalText(20),
  City: optionalText(100),
  /** The neighbourhood or subdivision (RESO SubdivisionName): "Etiwanda", "Alta Loma". */
  SubdivisionName: optionalText(100),
  StateOrProvince: optionalText(50),
  PostalCode: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, 'PostalCode is 2 to 10 letters, digits, spaces or "-"')
    .optional(),
  /** Photo URLs (https), in display order (a flattening of RESO Media's MediaURL). */
  PhotoURLs: z
    .array(z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(2_000))
    .max(50)
    .optional(),
  /** RESO ModificationTimestamp of the feed, when it sends one. */
  ModificationTimestamp: z.iso.datetime({ offset: true }).optional(),
});
export type ListingInput = z.infer<typeof listingInputSchema>;

/** The fields of a listing (the import's whitelist: anything else in a feed row is dropped). */
export const LISTING_FIELDS = Object.keys(listingInputSchema.shape) as (keyof ListingInput)[];

export interface ListingRecord extends ListingInput {
  tenantId: string;
  /** When the store last changed this record (an upsert with the same facts changes nothing). */
  updatedAt: string;
}

/** A status or price change an upsert made (what open conversations about the listing are told). */
export interface ListingChange {
  ListingKey: string;
  before: Pick<ListingInput, 'StandardStatus' | 'ListPrice'>;
  after: Pick<ListingInput, 'StandardStatus' | 'ListPrice'>;
}

export interface ListingUpsertResult {
  created: number;
  updated: number;
  /** Listings sent with exactly the stored facts: not written. */
  unchanged: number;
  /** Status or price changes of listings that existed before (in the order they were sent). */
  changes: ListingChange[];
}

/** The listing part of the store port (src/store/types.ts extends it). */
export interface ListingStore {
  /**
   * Creates or replaces listings by (tenant, ListingKey), all or nothing: at most LISTINGS_PER_UPSERT, each valid
   * (listingInputSchema) and each key once, else HubError INVALID_PAYLOAD naming the first problem and nothing is
   * written. A listing sent with the facts already stored is left as it is (`unchanged`, updatedAt kept).
   */
  upsertListings(tenantId: string, listings: ListingInput[], at: string): Promise<ListingUpsertResult>;
  getListing(tenantId: string, listingKey: string): Promise<ListingRecord | null>;
  /**
   * Active listings (StandardStatus 'Active') of the tenant in ListingKey order, for matching: at most `limit`
   * (default 1,000, at most 5,000), strictly after `afterKey` when given (keyset paging).
   */
  listActiveListings(
    tenantId: string,
    options?: { afterKey?: string; limit?: number },
  ): Promise<ListingRecord[]>;
  /** True when the tenant has a catalogue (at least one listing, whatever its status). */
  hasListings(tenantId: string): Promise<boolean>;
}

/** Validates an upsert the same way in every adapter; returns the parsed listings. */
export function validListings(listings: ListingInput[]): ListingInput[] {
  if (!Array.isArray(listings)) throw new HubError('INVALID_PAYLOAD', 'Listings: expected an array');
  if (listings.length > LISTINGS_PER_UPSERT)
    throw new HubError('INVALID_PAYLOAD', `Listings: at most ${LISTINGS_PER_UPSERT} per call`);
  const seen = new Set<string>();
  return listings.map((listing, index) => {
    const parsed = listingInputSchema.safeParse(listing);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new HubError(
        'INVALID_PAYLOAD',
        `Listing ${index}: ${issue?.path.join('.') || 'listing'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    if (seen.has(parsed.data.ListingKey))
      throw new HubError(
        'INVALID_PAYLOAD',
        `Listing ${index}: ListingKey ${parsed.data.ListingKey} sent twice`,
      );
    seen.add(parsed.data.ListingKey);
    // Only the fields given: a field sent as undefined is left out (never stored as null).
    return Object.fromEntries(
      Object.entries(parsed.data).filter(([, value]) => value !== undefined),
    ) as ListingInput;
  });
}

/** The facts of a listing in one canonical text (keys sorted): equal texts mean an upsert changes nothing. */
export function listingFactsText(listing: ListingInput): string {
  const facts = listing as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(facts)
      .filter((key) => key !== 'tenantId' && key !== 'updatedAt' && facts[key] !== undefined)
      .sort()
      .map((key) => [key, facts[key]]),
  );
}

/** The status or price change between a stored listing and its new facts, if any. */
export function listingChange(before: ListingInput, after: ListingInput): ListingChange | undefined {
  if (before.StandardStatus === after.StandardStatus && before.ListPrice === after.ListPrice)
    return undefined;
  const pick = (listing: ListingInput) => ({
    StandardStatus: listing.StandardStatus,
    ...(listing.ListPrice === undefined ? {} : { ListPrice: listing.ListPrice }),
  });
  return { ListingKey: after.ListingKey, before: pick(before), after: pick(after) };
}

/** The bounded page size of listActiveListings. */
export function activePageLimit(limit: number | undefined): number {
  if (limit === undefined) return 1_000;
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new HubError('INVALID_PAYLOAD', 'limit must be positive');
  return Math.min(limit, 5_000);
}

/** An upsert's time as an ISO string (HubError INVALID_PAYLOAD when it is not a time). */
export function upsertTime(at: string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : Number.NaN;
  if (Number.isNaN(ms)) throw new HubError('INVALID_PAYLOAD', 'Listings: the time must be an ISO time');
  return new Date(ms).toISOString();
}
