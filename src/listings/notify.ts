import type { ListingChange } from '../store/listing-types.js';
import type { ConversationRecord, ListConversationsQuery, NewMessage, Store } from '../store/types.js';

/**
 * Posts one staff-only system event to a conversation, idempotently by `clientMsgId` (the route posts through the
 * conversation core, which broadcasts it; the command writes it to the store, and staff see it when they open
 * the conversation).
 */
export type PostListingEvent = (
  tenantId: string,
  conversationId: string,
  event: { clientMsgId: string; text: string; meta: Record<string, unknown> },
) => Promise<unknown>;

/** The staff-only system message of a listing event (its time is the writer's). */
export function listingEventMessage(
  conversationId: string,
  event: Parameters<PostListingEvent>[2],
): Omit<NewMessage, 'createdAt'> {
  return {
    conversationId,
    clientMsgId: event.clientMsgId,
    author: { type: 'system' },
    visibility: 'staff',
    kind: 'event',
    text: event.text,
    meta: event.meta,
  };
}

/** Conversations still in play: a change matters to the staff working them. */
const LIVE: NonNullable<ListConversationsQuery['statuses']> = ['open', 'handoff_pending', 'human'];
const PAGE = 500;
/** At most this many live conversations are looked at per import (20 pages). */
const MAX_SCANNED = 10_000;

const money = (value: number | undefined) =>
  value === undefined ? 'no price' : `$${Math.round(value).toLocaleString('en-US')}`;

/** The staff line for one change: "Listing L-1 changed: status Active → Pending; price $725,000 → $699,000." */
export function changeLine(change: ListingChange): string {
  const parts: string[] = [];
  if (change.before.StandardStatus !== change.after.StandardStatus)
    parts.push(`status ${change.before.StandardStatus} → ${change.after.StandardStatus}`);
  if (change.before.ListPrice !== change.after.ListPrice)
    parts.push(`price ${money(change.before.ListPrice)} → ${money(change.after.ListPrice)}`);
  return `Listing ${change.ListingKey} changed: ${parts.join('; ')}.`;
}

/**
 * Tells every live conversation about a listing whose status or price changed (one staff event per conversation
 * and change; a repeat of the same change posts nothing new). Returns how many events were posted. Reads the
 * tenant's live conversations once, newest activity first, at most MAX_SCANNED.
 */
export async function notifyListingChanges(
  store: Store,
  tenantId: string,
  changes: ListingChange[],
  post: PostListingEvent,
): Promise<number> {
  const byKey = new Map(changes.map((change) => [change.ListingKey, change]));
  if (byKey.size === 0) return 0;
  let told = 0;
  let after: ListConversationsQuery['after'];
  for (let scanned = 0; scanned < MAX_SCANNED; scanned += PAGE) {
    const page: ConversationRecord[] = await store.listConversations(tenantId, {
      statuses: LIVE,
      limit: PAGE,
      ...(after ? { after } : {}),
    });
    for (const conversation of page) {
      const change = conversation.listing ? byKey.get(conversation.listing.id) : undefined;
      if (!change) continue;
      const version = `${change.after.StandardStatus.replace(/ /g, '_')}:${change.after.ListPrice ?? 'none'}`;
      await post(tenantId, conversation.id, {
        clientMsgId: `listing:${change.ListingKey.slice(0, 80)}:${version}`.slice(0, 128),
        text: changeLine(change),
        meta: { listingChange: change },
      });
      told++;
    }
    if (page.length < PAGE) break;
    const last = page[page.length - 1]!;
    after = { updatedAt: last.updatedAt, id: last.id };
  }
  return told;
}
