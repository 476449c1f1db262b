import type Database from 'better-sqlite3';
import {
  activePageLimit,
  listingChange,
  listingFactsText,
  validListings,
  type ListingRecord,
  type ListingStore,
  type ListingUpsertResult,
  upsertTime,
} from '../listing-types.js';

/**
 * The listings table, created in place on any file (a new table: no schema version needed). The record is the
 * JSON in `data`; status and key are columns for the matching list (tenant, status, key) and the upsert.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS listings (
  tenant_id TEXT NOT NULL, listing_key TEXT NOT NULL, status TEXT NOT NULL, updated_at TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (tenant_id, listing_key)
);
CREATE INDEX IF NOT EXISTS listings_status ON listings (tenant_id, status, listing_key);
`;

/** The listing catalogue on the store's SQLite connection (src/store/listing-types.ts). */
export function createListingSqlite(db: Database.Database): ListingStore {
  db.exec(SCHEMA);
  const sql = {
    get: db.prepare<[string, string], { data: string }>(
      'SELECT data FROM listings WHERE tenant_id = ? AND listing_key = ?',
    ),
    upsert: db.prepare(
      `INSERT INTO listings (tenant_id, listing_key, status, updated_at, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (tenant_id, listing_key)
       DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, data = excluded.data`,
    ),
    active: db.prepare<[string, string, number], { data: string }>(
      `SELECT data FROM listings WHERE tenant_id = ? AND status = 'Active' AND listing_key > ?
       ORDER BY listing_key LIMIT ?`,
    ),
    any: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM listings WHERE tenant_id = ? LIMIT 1'),
  };

  const upsert = db.transaction(
    (tenantId: string, input: Parameters<ListingStore['upsertListings']>[1], at: string) => {
      const listings = validListings(input);
      const result: ListingUpsertResult = { created: 0, updated: 0, unchanged: 0, changes: [] };
      for (const listing of listings) {
        const row = sql.get.get(tenantId, listing.ListingKey);
        const before = row ? (JSON.parse(row.data) as ListingRecord) : undefined;
        if (before && listingFactsText(before) === listingFactsText(listing)) {
          result.unchanged++;
          continue;
        }
        const record: ListingRecord = { ...listing, tenantId, updatedAt: at };
        sql.upsert.run(tenantId, listing.ListingKey, listing.StandardStatus, at, JSON.stringify(record));
        if (!before) {
          result.created++;
          continue;
        }
        result.updated++;
        const change = listingChange(before, listing);
        if (change) result.changes.push(change);
      }
      return result;
    },
  );

  return {
    async upsertListings(tenantId, listings, at) {
      return upsert.immediate(tenantId, listings, upsertTime(at));
    },
    async getListing(tenantId, listingKey) {
      const row = sql.get.get(tenantId, listingKey);
      return row ? (JSON.parse(row.data) as ListingRecord) : null;
    },
    async listActiveListings(tenantId, options = {}) {
      return sql.active
        .all(tenantId, options.afterKey ?? '', activePageLimit(options.limit))
        .map((row) => JSON.parse(row.data) as ListingRecord);
    },
    async hasListings(tenantId) {
      return sql.any.get(tenantId) !== undefined;
    },
  };
}
