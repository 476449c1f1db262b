import type { ListingCard } from '../protocol/common.js';
import type { ListingCardResult } from '../protocol/events.js';
import type { ListingRecord } from '../store/listing-types.js';
import type { ConversationRecord, Store } from '../store/types.js';
import { streetAddress } from './facts.js';

/** What the console shows of a catalogue listing: facts, status and the first photo. */
export function listingCard(record: ListingRecord): ListingCard {
  const address = streetAddress(record);
  const area = record.SubdivisionName ?? record.City;
  return {
    ListingKey: record.ListingKey,
    status: record.StandardStatus,
    ...(address ? { address } : {}),
    ...(area ? { area } : {}),
    ...(record.ListPrice !== undefined ? { price: record.ListPrice } : {}),
    ...(record.BedroomsTotal !== undefined ? { beds: record.BedroomsTotal } : {}),
    ...(record.BathroomsTotalInteger !== undefined ? { baths: record.BathroomsTotalInteger } : {}),
    ...(record.LivingArea !== undefined ? { sqft: Math.round(record.LivingArea) } : {}),
    ...(record.YearBuilt !== undefined ? { yearBuilt: record.YearBuilt } : {}),
    ...(record.PoolPrivateYN === true ? { pool: true } : {}),
    ...(record.GarageSpaces ? { garageSpaces: record.GarageSpaces } : {}),
    ...(record.LotSizeArea !== undefined
      ? { lot: { area: record.LotSizeArea, units: record.LotSizeUnits ?? 'Square Feet' } }
      : {}),
    ...(record.AssociationFee !== undefined
      ? { hoa: { fee: record.AssociationFee, frequency: record.AssociationFeeFrequency ?? 'Monthly' } }
      : {}),
    ...(record.PhotoURLs?.[0] ? { photoURL: record.PhotoURLs[0] } : {}),
  };
}

/**
 * The console's listing cards of a conversation: its listing when the catalogue holds it, and the homes that match
 * (each with its card when the catalogue still holds it): the hand-off packet's, else the homes the bot offered the
 * lead (the packet copies those: one source, src/bots/homes.ts).
 */
export async function conversationCards(
  store: Pick<Store, 'getListing'>,
  conversation: ConversationRecord,
): Promise<ListingCardResult> {
  const key = conversation.listing?.id;
  const record = key ? await store.getListing(conversation.tenantId, key) : null;
  const packet = conversation.meta.handoff;
  const matches = await Promise.all(
    (packet?.matches ?? conversation.meta.botView?.homes ?? []).map(async (match) => {
      const found = await store.getListing(conversation.tenantId, match.ListingKey);
      return {
        ListingKey: match.ListingKey,
        score: match.score,
        reasons: match.reasons,
        ...(found ? { card: listingCard(found) } : {}),
      };
    }),
  );
  return { listing: record ? listingCard(record) : null, matches };
}
