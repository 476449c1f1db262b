import type { ListingRecord } from '../store/listing-types.js';

/** What a lead said they need (the buyer bot's slots: budget, size, areas; must-haves when said). */
export interface LeadWants {
  budget?: { min?: number; max?: number };
  bedrooms?: { min?: number; max?: number };
  bathrooms?: number;
  areas?: string[];
  mustHaves?: ('pool' | 'garage')[];
}

/** One home that fits, with the reasons in staff words ("$699,000 within budget", "4 beds"). */
export interface ListingMatch {
  ListingKey: string;
  score: number;
  reasons: string[];
}

/** A price up to this much over the lead's maximum is still shown (a stretch, scored lower). */
const STRETCH = 1.05;
/** The most homes a match offers (hand-off packet, console, bot). */
export const MAX_MATCHES = 3;

/** Lower case, no accents, words of letters and digits: how an area or a feature is compared. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The active catalogue of a tenant laid out for matching: columns (typed arrays) sorted by price, so a lead's
 * budget is a binary search and the rest a scan of the homes in that window, with no objects made per home.
 * Build it once per catalogue change and share it: matching 100,000 homes takes well under a millisecond.
 */
export interface MatchIndex {
  readonly size: number;
  readonly keys: readonly string[];
  readonly prices: Float64Array;
  readonly beds: Int16Array;
  readonly baths: Int16Array;
  /** The city and the neighbourhood (SubdivisionName) of each home, as area ids (-1: none). */
  readonly cities: Int32Array;
  readonly subdivisions: Int32Array;
  readonly features: Uint8Array;
  readonly cityIds: ReadonlyMap<string, number>;
}

const POOL = 1;
const GARAGE = 2;

/** The index of the homes that can be matched: active, with a price (others are left out). */
export function createMatchIndex(records: readonly ListingRecord[]): MatchIndex {
  const priced = records
    .filter((record) => record.StandardStatus === 'Active' && record.ListPrice !== undefined)
    .sort((a, b) => a.ListPrice! - b.ListPrice! || (a.ListingKey < b.ListingKey ? -1 : 1));
  const cityIds = new Map<string, number>();
  const index = {
    size: priced.length,
    keys: priced.map((record) => record.ListingKey),
    prices: new Float64Array(priced.length),
    beds: new Int16Array(priced.length).fill(-1),
    baths: new Int16Array(priced.length).fill(-1),
    cities: new Int32Array(priced.length).fill(-1),
    subdivisions: new Int32Array(priced.length).fill(-1),
    features: new Uint8Array(priced.length),
    cityIds,
  };
  priced.forEach((record, at) => {
    index.prices[at] = record.ListPrice!;
    if (record.BedroomsTotal !== undefined) index.beds[at] = record.BedroomsTotal;
    if (record.BathroomsTotalInteger !== undefined) index.baths[at] = record.BathroomsTotalInteger;
    const areaId = (name: string) => {
      const area = fold(name);
      if (!cityIds.has(area)) cityIds.set(area, cityIds.size);
      return cityIds.get(area)!;
    };
    if (record.City) index.cities[at] = areaId(record.City);
    if (record.SubdivisionName) index.subdivisions[at] = areaId(record.SubdivisionName);
    index.features[at] = (record.PoolPrivateYN ? POOL : 0) | ((record.GarageSpaces ?? 0) > 0 ? GARAGE : 0);
  });
  return index;
}

/** The first position whose price is at least `price`. */
function firstAtLeast(prices: Float64Array, price: number): number {
  let low = 0;
  let high = prices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (prices[middle]! < price) low = middle + 1;
    else high = middle;
  }
  return low;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** What a lead said, from the bot's filled slots (budget, size, areas): undefined when nothing to match on. */
export function wantsFromSlots(slots: Record<string, unknown>): LeadWants | undefined {
  const wants: LeadWants = {};
  const budget = slots.budget as { min?: unknown; max?: unknown } | undefined;
  if (budget && (isNumber(budget.min) || isNumber(budget.max)))
    wants.budget = {
      ...(isNumber(budget.min) ? { min: budget.min } : {}),
      ...(isNumber(budget.max) ? { max: budget.max } : {}),
    };
  const size = slots.size as { bedrooms?: unknown; maxBedrooms?: unknown; bathrooms?: unknown } | undefined;
  if (size && isNumber(size.bedrooms))
    wants.bedrooms = {
      min: size.bedrooms,
      ...(isNumber(size.maxBedrooms) ? { max: size.maxBedrooms } : {}),
    };
  if (size && isNumber(size.bathrooms)) wants.bathrooms = size.bathrooms;
  const areas = Array.isArray(slots.areas)
    ? slots.areas.filter((area): area is string => typeof area === 'string')
    : [];
  if (areas.length > 0) wants.areas = areas;
  const mustHaves = Array.isArray(slots.mustHaves)
    ? slots.mustHaves.filter((name): name is 'pool' | 'garage' => name === 'pool' || name === 'garage')
    : [];
  if (mustHaves.length > 0) wants.mustHaves = mustHaves;
  return wants.budget || wants.bedrooms || wants.areas ? wants : undefined;
}

const money = (value: number) => `$${Math.round(value).toLocaleString('en-US')}`;

/**
 * The best homes for a lead (at most `max`, default 3), from what the lead said only:
 * - budget: price from 80 % of the minimum (when given) up to the maximum, or up to 5 % over it (a stretch, scored
 *   lower); a lead without a budget is matched on the rest;
 * - bedrooms: at least the minimum said; bathrooms: at least the count said;
 * - areas: a city or neighbourhood (SubdivisionName) of the catalogue the lead named (a place the catalogue does
 *   not name does not filter);
 * - must-haves (pool, garage): required.
 * A home that lacks a fact a filter needs is left out. Ranked by fit: a price near the top of the budget, the
 * bedrooms asked for exactly (or within the range), then the lower price and the key (deterministic). Nothing that
 * the lead did not say is used, and nothing about who the lead is.
 */
export function matchListings(index: MatchIndex, wants: LeadWants, max = MAX_MATCHES): ListingMatch[] {
  if (max <= 0 || index.size === 0) return [];
  const top = wants.budget?.max;
  const bottom = wants.budget?.min;
  const from = bottom !== undefined ? firstAtLeast(index.prices, bottom * 0.8) : 0;
  const to = top !== undefined ? firstAtLeast(index.prices, top * STRETCH + 0.01) : index.size;
  const minBeds = wants.bedrooms?.min;
  const maxBeds = wants.bedrooms?.max ?? minBeds;
  const cities = new Set<number>();
  for (const area of wants.areas ?? []) {
    const id = index.cityIds.get(fold(area));
    if (id !== undefined) cities.add(id);
  }
  const needs =
    (wants.mustHaves?.includes('pool') ? POOL : 0) | (wants.mustHaves?.includes('garage') ? GARAGE : 0);
  // The best `max` so far, kept sorted (max is small: insertion is cheaper than sorting every candidate).
  const best: { at: number; score: number }[] = [];
  for (let at = from; at < to; at++) {
    const beds = index.beds[at]!;
    if (minBeds !== undefined && beds < minBeds) continue;
    if (wants.bathrooms !== undefined && index.baths[at]! < wants.bathrooms) continue;
    if (cities.size > 0 && !cities.has(index.cities[at]!) && !cities.has(index.subdivisions[at]!)) continue;
    if ((index.features[at]! & needs) !== needs) continue;
    const price = index.prices[at]!;
    let score = 0;
    if (top !== undefined) score += price <= top ? 50 * (price / top) : 20;
    if (minBeds !== undefined) score += beds <= maxBeds! ? 30 : 15;
    if (cities.size > 0) score += 10;
    if (best.length === max && score <= best[max - 1]!.score) continue;
    let place = best.findIndex((entry) => score > entry.score);
    if (place === -1) place = best.length;
    best.splice(place, 0, { at, score });
    if (best.length > max) best.pop();
  }
  return best.map(({ at, score }) => {
    const price = index.prices[at]!;
    const reasons = [
      top !== undefined && price > top ? `${money(price)}, a stretch over ${money(top)}` : money(price),
    ];
    if (index.beds[at]! >= 0) reasons.push(`${index.beds[at]} beds`);
    if (cities.size > 0) reasons.push('in an area they named');
    if (needs & POOL) reasons.push('pool');
    if (needs & GARAGE) reasons.push('garage');
    return { ListingKey: index.keys[at]!, score: Math.round(score * 10) / 10, reasons };
  });
}
