import type { HandoffPacketView } from '../protocol/common.js';
import type { ListingRecord } from '../store/listing-types.js';
import type { Store } from '../store/types.js';
import { createMatchIndex, matchListings, MAX_MATCHES, type LeadWants, type MatchIndex } from './match.js';

/** How long a tenant's match index is used before it is built again from the store (a change shows within it). */
export const MATCH_INDEX_TTL_MS = 60_000;
/** The most active listings a match index reads (a page of 5,000 at a time). */
const MAX_INDEXED = 200_000;

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
  return wants.budget || wants.bedrooms || wants.areas ? wants : undefined;
}

/**
 * Matching homes for hand-off packets: one match index per tenant, built from the store's active listings and
 * used for MATCH_INDEX_TTL_MS (concurrent builds of one tenant share one read). One per turn taker (no module
 * state); each hub node builds its own.
 */
export function createListingMatcher(
  store: Pick<Store, 'listActiveListings'>,
  options: { ttlMs?: number; nowMs?: () => number } = {},
) {
  const ttlMs = options.ttlMs ?? MATCH_INDEX_TTL_MS;
  const nowMs = options.nowMs ?? Date.now;
  const indexes = new Map<string, { builtAt: number; index: Promise<MatchIndex> }>();

  async function build(tenantId: string): Promise<MatchIndex> {
    const active: ListingRecord[] = [];
    for (let afterKey: string | undefined; active.length < MAX_INDEXED;) {
      const page = await store.listActiveListings(tenantId, {
        limit: 5_000,
        ...(afterKey ? { afterKey } : {}),
      });
      active.push(...page);
      if (page.length < 5_000) break;
      afterKey = page[page.length - 1]!.ListingKey;
    }
    return createMatchIndex(active);
  }

  function indexFor(tenantId: string): Promise<MatchIndex> {
    const cached = indexes.get(tenantId);
    if (cached && nowMs() - cached.builtAt < ttlMs) return cached.index;
    const index = build(tenantId);
    indexes.set(tenantId, { builtAt: nowMs(), index });
    // A failed read is not kept: the next hand-off tries again.
    index.catch(() => indexes.delete(tenantId));
    return index;
  }

  return {
    /**
     * Adds the best homes (at most 3) to a buyer's hand-off packet requested at `at` (the turn writing it), from
     * the slots the packet holds. A seller's packet, a lead who said nothing to match on, or an empty catalogue get
     * none; a store failure leaves the packet as it is (the hand-off never waits on the catalogue).
     */
    async addToPacket(tenantId: string, meta: { handoff?: HandoffPacketView } | undefined, at: string) {
      const packet = meta?.handoff;
      if (!packet || packet.requestedAt !== at || packet.botKind !== 'buyer' || packet.matches) return;
      const wants = wantsFromSlots(packet.slotsFilled);
      if (!wants) return;
      try {
        const matches = matchListings(await indexFor(tenantId), wants, MAX_MATCHES);
        if (matches.length > 0) packet.matches = matches;
      } catch {
        // The packet goes without matches.
      }
    },
    /** Drops a tenant's index (its catalogue changed on this node). */
    forget(tenantId: string): void {
      indexes.delete(tenantId);
    },
  };
}

export type ListingMatcher = ReturnType<typeof createListingMatcher>;
