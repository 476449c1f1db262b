import { LISTINGS_PER_UPSERT, type ListingChange } from '../store/listing-types.js';
import type { Store } from '../store/types.js';
import { notifyListingChanges, type PostListingEvent } from './notify.js';
import { readFeedInSlices, type ChangedRow, type FeedFormat, type RejectedRow } from './rows.js';

/** What an import did: every row is either written, unchanged, or rejected with its reason. */
export interface ListingImportReport {
  tenantId: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedRow[];
  /** Rows kept with their remarks cleaned or cut. */
  changed: ChangedRow[];
  /** Fields of the feed the catalogue does not keep (dropped, names only). */
  ignoredFields: string[];
  /** Status and price changes of listings already in the catalogue. */
  changes: ListingChange[];
  /** Staff events posted to open conversations about a changed listing. */
  conversationsTold: number;
}

export interface ImportOptions {
  store: Store;
  tenantId: string;
  now: () => Date;
  /** How a change reaches an open conversation (a staff-only system event); none: nobody is told. */
  post?: PostListingEvent;
}

/**
 * Imports a feed (JSON or CSV, RESO field names) into the tenant's catalogue: rows read and checked one by one
 * (readFeedInSlices: the event loop stays free), the valid ones upserted by ListingKey in chunks, then every open conversation about a listing whose
 * status or price changed is told. Throws when the file cannot be read at all (isFeedError) or the store fails
 * (the chunks already written stay: an import can be run again, unchanged listings are not rewritten).
 */
export async function importListings(
  text: string,
  format: FeedFormat,
  options: ImportOptions,
): Promise<ListingImportReport> {
  const { store, tenantId, now } = options;
  const feed = await readFeedInSlices(text, format);
  const report: ListingImportReport = {
    tenantId,
    rows: feed.rows,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: feed.rejected,
    changed: feed.changed,
    ignoredFields: feed.ignoredFields,
    changes: [],
    conversationsTold: 0,
  };
  const at = now().toISOString();
  for (let start = 0; start < feed.listings.length; start += LISTINGS_PER_UPSERT) {
    const result = await store.upsertListings(
      tenantId,
      feed.listings.slice(start, start + LISTINGS_PER_UPSERT),
      at,
    );
    report.created += result.created;
    report.updated += result.updated;
    report.unchanged += result.unchanged;
    report.changes.push(...result.changes);
  }
  if (options.post && report.changes.length > 0)
    report.conversationsTold = await notifyListingChanges(store, tenantId, report.changes, options.post);
  return report;
}
