import { z } from 'zod';
import { shownText } from './text.js';

/** Limits shared by the server and the clients. */
export const TEXT_STORE_LIMIT = 2_000;
export const TEXT_ACCEPT_LIMIT = 10_000;
export const STAFF_TEXT_LIMIT = 4_000;

export const idSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'ids use letters, digits, "_", ".", ":" and "-"');
/** Client message ids: no ":" (reserved for server-made ids such as `bot:<seq>:<n>`, so the two never collide). */
export const clientMsgIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.-]+$/, 'client message ids use letters, digits, "_", "." and "-"');
export const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const AuthorType = ['lead', 'bot', 'agent', 'supervisor', 'system'] as const;
export const Visibility = ['everyone', 'staff'] as const;
export const MessageKind = ['text', 'note', 'whisper', 'event', 'coaching'] as const;
export const ConversationStatus = ['open', 'handoff_pending', 'human', 'closed', 'opted_out'] as const;
export const BotKind = ['lead', 'buyer', 'seller'] as const;
export const Temperature = ['hot', 'warm', 'cold'] as const;
export const Channel = ['widget', 'call'] as const;
export const StaffRole = ['agent', 'supervisor', 'admin'] as const;
export const StreamKind = ['bot', 'coaching', 'qualification', 'narrative'] as const;
/** The styles and lengths of a listing narrative (docs/LISTINGS.md). */
export const NarrativeStyle = ['warm', 'factual', 'luxury'] as const;
export const NarrativeLength = ['short', 'full'] as const;

export type AuthorType = (typeof AuthorType)[number];
export type Visibility = (typeof Visibility)[number];
export type MessageKind = (typeof MessageKind)[number];
export type ConversationStatus = (typeof ConversationStatus)[number];
export type BotKind = (typeof BotKind)[number];
export type Temperature = (typeof Temperature)[number];
export type Channel = (typeof Channel)[number];
export type StaffRole = (typeof StaffRole)[number];
export type StreamKind = (typeof StreamKind)[number];
export type NarrativeStyle = (typeof NarrativeStyle)[number];
export type NarrativeLength = (typeof NarrativeLength)[number];

export const listingSchema = z.strictObject({
  id: shownText(128),
  address: shownText(300).optional(),
  price: z.number().nonnegative().max(1e10).optional(),
  beds: z.number().nonnegative().max(100).optional(),
  baths: z.number().nonnegative().max(100).optional(),
  area: shownText(200).optional(),
  /** Listing facts the bot answers from ("does it have a pool?"); all optional. */
  sqft: z.number().nonnegative().max(1e6).optional(),
  yearBuilt: z.number().int().min(1700).max(2200).optional(),
  /** The lot, in square feet (the catalogue's acres converted). */
  lotSqft: z.number().nonnegative().max(1e9).optional(),
  /** Monthly HOA dues in dollars; 0 = no HOA. */
  hoaMonthly: z.number().nonnegative().max(1e6).optional(),
  features: z.array(shownText(80)).max(30).optional(),
  /** Whether it can be bought: from the tenant's catalogue only (a page's claim is dropped: cleanPageListing). */
  availability: z.enum(['active', 'coming_soon', 'under_contract', 'off_market', 'sold']).optional(),
});
export type Listing = z.infer<typeof listingSchema>;
export type ListingAvailability = NonNullable<Listing['availability']>;

export interface Author {
  type: AuthorType;
  id?: string;
  name?: string;
}

export interface MessageView {
  conversationId: string;
  seq: number;
  author: Author;
  visibility: Visibility;
  kind: MessageKind;
  text: string;
  createdAt: string;
  meta?: Record<string, unknown>;
}

export interface StreamStartEvent {
  streamId: string;
  conversationId: string;
  kind: StreamKind;
  /** The coaching trigger or bot turn this stream answers, when known. */
  replyToSeq?: number;
}
export interface StreamTokenEvent {
  streamId: string;
  conversationId: string;
  index: number;
  text: string;
}
export interface StreamEndEvent {
  streamId: string;
  conversationId: string;
  /** seq of the stored final message, when the stream produced one. */
  seq?: number;
}
export interface StreamErrorEvent {
  streamId: string;
  conversationId: string;
  code: string;
  message: string;
}
/** What a client joining mid-stream receives: the text so far, then live tokens from nextIndex. */
export interface StreamSnapshot {
  streamId: string;
  conversationId: string;
  kind: StreamKind;
  text: string;
  nextIndex: number;
}

export interface OwnerView {
  type: 'bot' | 'agent';
  id?: string;
  name?: string;
}

export interface ConversationSummary {
  id: string;
  tenantId: string;
  leadId: string;
  /** The lead's name once they gave it (or the site identified them). */
  leadName?: string;
  /** The language the assistant writes to the lead in (the console's header and canned replies follow it). */
  lang?: 'en' | 'es';
  channel: Channel;
  status: ConversationStatus;
  botKind: BotKind;
  owner: OwnerView;
  temperature: Temperature;
  currentQuestion?: string;
  slotsFilled: string[];
  slotsMissing: string[];
  lastSeq: number;
  /**
   * Grows with every change of the conversation's record (the store's compare-and-set version). Summaries of one
   * conversation can arrive out of order (a join answer read before an update that overtook it): the one with the
   * lower version, or the same version and a lower lastSeq, is the older.
   */
  version: number;
  createdAt: string;
  updatedAt: string;
  stateSince: string;
  alerts: string[];
  listing?: Listing;
  handoff?: HandoffPacketView;
  pendingDrafts?: DraftView[];
  /** The agent is on a phone call with the lead (call mode). */
  callActive?: boolean;
  /** How a closed conversation ended (appointment_set, qualified, not_a_fit, spam, no_response). */
  outcome?: string;
  /** Snoozed: hidden from the live inbox and board until this ISO time, or until the lead writes. */
  snoozedUntil?: string;
}

export interface HandoffPacketView {
  reason: string;
  botKind: BotKind;
  temperature: Temperature;
  offerType?: string;
  slotsFilled: Record<string, unknown>;
  slotsMissing: string[];
  summary: string;
  lastMessages: { author: AuthorType; text: string }[];
  profile: Record<string, unknown>;
  requestedAt: string;
  /**
   * Why the hand-off is listed above anonymous ones (returning, contact, qualified, value; src/conversations/
   * handoff-rank.ts); none for an anonymous one.
   */
  signals?: ('returning' | 'contact' | 'qualified' | 'value')[];
  /**
   * A buyer's best matching active listings (at most 3, from the slots above; src/listings/match.ts), each with
   * its reasons in staff words; none when nothing fits or the catalogue is empty.
   */
  matches?: { ListingKey: string; score: number; reasons: string[] }[];
}

/** A catalogue listing as the console shows it (src/listings/card.ts). */
export interface ListingCard {
  ListingKey: string;
  /** RESO StandardStatus ("Active", "Pending"...). */
  status: string;
  address?: string;
  area?: string;
  price?: number;
  beds?: number;
  baths?: number;
  sqft?: number;
  yearBuilt?: number;
  pool?: boolean;
  garageSpaces?: number;
  /** The lot (RESO LotSizeArea in LotSizeUnits). */
  lot?: { area: number; units: 'Acres' | 'Square Feet' };
  /** The HOA fee (RESO AssociationFee and its frequency, "Monthly" when the catalogue does not say). */
  hoa?: { fee: number; frequency: string };
  /** The first photo URL of the catalogue (https). */
  photoURL?: string;
}

export interface DraftView {
  draftId: string;
  conversationId: string;
  text: string;
  createdAt: string;
}
