import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importListings } from '../src/listings/import.js';
import { createMatchIndex, matchListings, type LeadWants } from '../src/listings/match.js';
import { createSqliteStore } from '../src/store/sqlite/store.js';
import type { ListingRecord } from '../src/store/listing-types.js';
import { summarize, type Summary } from './stats.js';

const CITIES = ['Rancho Cucamonga', 'Upland', 'Ontario', 'Fontana', 'Claremont', 'Chino Hills', 'Etiwanda'];

/** A deterministic synthetic catalogue (RESO JSON rows) of `count` homes. */
export function syntheticFeed(count: number): Record<string, unknown>[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return Array.from({ length: count }, (_, index) => ({
    ListingKey: `SYN-${index}`,
    StandardStatus: next() < 0.8 ? 'Active' : 'Pending',
    ListPrice: Math.round(300_000 + next() * 1_700_000),
    BedroomsTotal: 1 + Math.floor(next() * 6),
    BathroomsTotalInteger: 1 + Math.floor(next() * 4),
    LivingArea: Math.round(800 + next() * 4_000),
    YearBuilt: 1950 + Math.floor(next() * 75),
    PoolPrivateYN: next() < 0.3,
    GarageSpaces: Math.floor(next() * 4),
    AssociationFee: Math.round(next() * 300),
    AssociationFeeFrequency: 'Monthly',
    City: CITIES[Math.floor(next() * CITIES.length)],
    PostalCode: '91739',
    PublicRemarks: '<p>Updated kitchen, big yard.</p> Call 909-555-0100.',
  }));
}

export interface ListingsBench {
  listings: number;
  /** JSON feed → catalogue (read, cleaned, upserted through the SQLite store worker), ms. */
  importMs: number;
  /** Active catalogue read back (keyset pages) and indexed, ms. */
  indexMs: number;
  /** One lead's match over the active catalogue, ms. */
  match: Summary;
}

/** Imports `count` synthetic listings into a fresh SQLite store, then times matching for varied leads. */
export async function benchListings(count = 100_000, leads = 2_000): Promise<ListingsBench> {
  const dir = mkdtempSync(join(tmpdir(), 'jorge-bench-listings-'));
  const store = createSqliteStore({ file: join(dir, 'hub.db'), synchronous: 'normal' });
  try {
    const text = JSON.stringify(syntheticFeed(count));
    const started = performance.now();
    await importListings(text, 'json', { store, tenantId: 'bench', now: () => new Date() });
    const importMs = performance.now() - started;
    const indexStarted = performance.now();
    const active: ListingRecord[] = [];
    for (let afterKey: string | undefined; ;) {
      const page = await store.listActiveListings('bench', {
        limit: 5_000,
        ...(afterKey ? { afterKey } : {}),
      });
      active.push(...page);
      if (page.length < 5_000) break;
      afterKey = page[page.length - 1]!.ListingKey;
    }
    const index = createMatchIndex(active);
    const indexMs = performance.now() - indexStarted;
    const samples: number[] = [];
    for (let lead = 0; lead < leads; lead++) {
      const max = 400_000 + (lead % 40) * 40_000;
      const wants: LeadWants = {
        budget: { min: max * 0.8, max },
        bedrooms: { min: 2 + (lead % 4) },
        ...(lead % 3 === 0 ? { areas: [CITIES[lead % CITIES.length]!] } : {}),
        ...(lead % 5 === 0 ? { mustHaves: ['pool' as const] } : {}),
      };
      const at = performance.now();
      matchListings(index, wants);
      samples.push(performance.now() - at);
    }
    return { listings: count, importMs, indexMs, match: summarize(samples) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
