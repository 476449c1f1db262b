import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listingSchema } from '../../../src/store/mongo/listings.js';
import { openSqliteConnection } from '../../../src/store/sqlite/store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the listing catalogue in SQLite', () => {
  it('adds its table to a file written before it, keeping the file version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jorge-listings-'));
    dirs.push(dir);
    const file = join(dir, 'hub.db');
    const first = openSqliteConnection({ file });
    const version = first.db.pragma('user_version', { simple: true }) as number;
    first.db.exec('DROP TABLE listings');
    first.db.close();

    const again = openSqliteConnection({ file });
    try {
      expect(again.db.pragma('user_version', { simple: true })).toBe(version);
      const result = await again.store.upsertListings(
        'demo',
        [{ ListingKey: 'L-1', StandardStatus: 'Active', ListPrice: 500_000 }],
        '2026-01-01T00:00:00.000Z',
      );
      expect(result.created).toBe(1);
      const indexes = again.db
        .prepare<[], { name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'listings'",
        )
        .all()
        .map((row) => row.name);
      expect(indexes).toContain('listings_status');
    } finally {
      again.db.close();
    }
  });
});

describe('the listing catalogue in MongoDB (no server needed)', () => {
  it('declares the unique key and the matching index', () => {
    const indexes = listingSchema
      .indexes()
      .map(([fields, options]) => ({ fields, unique: options?.unique === true }));
    expect(indexes).toEqual([
      { fields: { tenantId: 1, listingKey: 1 }, unique: true },
      { fields: { tenantId: 1, status: 1, listingKey: 1 }, unique: false },
    ]);
  });
});
