import { type Connection, type Model, Schema } from 'mongoose';
import { guard } from './errors.js';
import {
  activePageLimit,
  listingChange,
  listingFactsText,
  StandardStatus,
  upsertTime,
  validListings,
  type ListingRecord,
  type ListingStore,
  type ListingUpsertResult,
} from '../listing-types.js';

/** One listing: the record whole in `record` beside the fields that are queried or indexed (docs/MONGO.md). */
export interface ListingDoc {
  tenantId: string;
  listingKey: string;
  status: StandardStatus;
  updatedAt: string;
  record: ListingRecord;
}

export const listingSchema = new Schema<ListingDoc>(
  {
    tenantId: { type: String, required: true },
    listingKey: { type: String, required: true },
    status: { type: String, enum: StandardStatus, required: true },
    updatedAt: { type: String, required: true },
    record: { type: Schema.Types.Mixed, required: true },
  },
  { collection: 'listings', strict: 'throw', minimize: false, versionKey: false, id: false },
);
listingSchema.index({ tenantId: 1, listingKey: 1 }, { unique: true });
// The matching list: active listings of a tenant in key order.
listingSchema.index({ tenantId: 1, status: 1, listingKey: 1 });

const eq = <T>(value: T) => ({ $eq: value });

export interface ListingMongo {
  store: ListingStore;
  model: Model<ListingDoc>;
}

/**
 * The listing catalogue in MongoDB. An upsert reads the stored listings of its keys, then writes the new and
 * changed ones with one unordered bulkWrite of single-document upserts (each atomic); two imports of the same key
 * at the same time both succeed, the later write wins, and each reports the change it saw.
 */
export function createListingMongo(connection: Connection): ListingMongo {
  const listings = connection.model<ListingDoc>('Listing', listingSchema);

  const store: ListingStore = {
    upsertListings: (tenantId, input, at) =>
      guard('listing upsert', async () => {
        const parsed = validListings(input);
        const time = upsertTime(at);
        const stored = await listings
          .find({ tenantId: eq(tenantId), listingKey: { $in: parsed.map((listing) => listing.ListingKey) } })
          .lean<ListingDoc[]>();
        const before = new Map(stored.map((doc) => [doc.listingKey, doc.record]));
        const result: ListingUpsertResult = { created: 0, updated: 0, unchanged: 0, changes: [] };
        const writes = [];
        for (const listing of parsed) {
          const previous = before.get(listing.ListingKey);
          if (previous && listingFactsText(previous) === listingFactsText(listing)) {
            result.unchanged++;
            continue;
          }
          const record: ListingRecord = { ...listing, tenantId, updatedAt: time };
          writes.push({
            replaceOne: {
              filter: { tenantId: eq(tenantId), listingKey: eq(listing.ListingKey) },
              replacement: {
                tenantId,
                listingKey: listing.ListingKey,
                status: listing.StandardStatus,
                updatedAt: time,
                record,
              },
              upsert: true,
            },
          });
          if (!previous) {
            result.created++;
            continue;
          }
          result.updated++;
          const change = listingChange(previous, listing);
          if (change) result.changes.push(change);
        }
        if (writes.length > 0) await listings.bulkWrite(writes, { ordered: false });
        return result;
      }),
    getListing: (tenantId, listingKey) =>
      guard('listing read', async () => {
        const doc = await listings
          .findOne({ tenantId: eq(tenantId), listingKey: eq(listingKey) })
          .lean<ListingDoc>();
        return doc?.record ?? null;
      }),
    listActiveListings: (tenantId, options = {}) =>
      guard('listing list', async () => {
        const limit = activePageLimit(options.limit);
        const docs = await listings
          .find({
            tenantId: eq(tenantId),
            status: eq('Active'),
            ...(options.afterKey === undefined ? {} : { listingKey: { $gt: String(options.afterKey) } }),
          })
          .sort({ listingKey: 1 })
          .limit(limit)
          .lean<ListingDoc[]>();
        return docs.map((doc) => doc.record);
      }),
    hasListings: (tenantId) =>
      guard('listing check', async () => (await listings.exists({ tenantId: eq(tenantId) })) !== null),
  };
  return { store, model: listings };
}
