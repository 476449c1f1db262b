import type { HandoffPacketView } from '../protocol/common.js';
import type { ListingRecord } from '../store/listing-types.js';
import type { Store } from '../store/types.js';
import { createMatchIndex, matchListings, MAX_MATCHES, wantsFromSlots, type MatchIndex } from './match.js';

export { wantsFromSlots };

/** How long a tenant's match index is used before it is built again from the store (a change shows within it). */
export const MATCH_INDEX_TTL_MS = 60_000;
/** The most active listings a match index reads (a page of 5,000 at a time). */
const MAX_INDEXED = 200_000;

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
    /**
     * The tenant's active catalogue for the bot (ConversationContext.catalogue: it offers a qualified buyer the
     * homes that match); undefined when the tenant has no active listing or the store could not be read (the bot
     * then offers nothing and the turn goes on).
     */
    async catalogue(tenantId: string): Promise<MatchIndex | undefined> {
      try {
        const index = await indexFor(tenantId);
        return index.size > 0 ? index : undefined;
      } catch {
        return undefined;
      }
    },
    /** Drops a tenant's index (its catalogue changed on this node). */
    forget(tenantId: string): void {
      indexes.delete(tenantId);
    },
  };
}

export type ListingMatcher = ReturnType<typeof createListingMatcher>;
